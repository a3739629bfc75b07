// npm run demo: plays the sample scenario against the running local stack (npm start): a demo campaign whose
// deadline passes during the run; units submit (one with errors, one twice with the same key, one late within
// the grace period, one after closing); then the status table. Then consolidation: 6 sample units with planted
// cross-unit duplicates; the board consolidates, sees the duplicates with their reasons, decides one, a unit
// edits a row, the board re-runs and sees only the changes (and mails each unit its summary); a nominee is
// returned to its unit with a note. Last, the weekly digest and the deadline reminders run as Pub/Sub-shaped
// CloudEvents, and the outbox lists every message the demo sent (receipts, summaries, digest, reminders). It ends
// with the outputs: the master list written to the local master spreadsheet (writeMasterSheet) and the three
// official xlsx files (exportMaster) saved to .local/exports/. After approval: the public notice page and a
// visitor's comment, the council's voting round (one nominee fails the vote), the Tờ trình and Quyết định drafts
// (.docx), the recorded decision (award history) and the certificates (PDF), saved beside the xlsx files.
// TONVINH_URL overrides http://127.0.0.1:8080; MAIL_OUTBOX_DIR and LOCAL_EXPORT_DIR the folders it reads and writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOutbox, listOutbox } from '../../scripts/outbox';
import type {
  CampaignStatusResponse,
  CampaignStatusResponse as StatusBody,
} from '../../shared/api/campaign-status';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { ExportMasterResponse, WriteMasterSheetResponse } from '../../shared/api/master-outputs';
import { pubSubCloudEventRequest } from '../app/mail/schedule-trigger';
import { LOCAL_SPREADSHEET_FILE, LOCAL_SPREADSHEET_ID } from './fake-sheets-api';
import { BOARD_EMAIL, SEED_MEMBERS, SEED_UNITS, sampleGrid, sampleUnits, unitEmail } from './seed-data';

const url = process.env.TONVINH_URL ?? 'http://127.0.0.1:8080';
const campaignId = `ls-demo-${Date.now().toString(36)}`;
const examples = join(import.meta.dirname, '..', '..', 'examples', 'grids');
const grid = (unit: string): unknown => JSON.parse(readFileSync(join(examples, `${unit}.json`), 'utf8'));

async function call(
  fn: string,
  user: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': user },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function say(step: string, result: { status: number; body: Record<string, unknown> }): void {
  const { version, replayed, late, summary, error } = result.body as Record<string, unknown> & {
    summary?: { rows: number; errors: number };
  };
  const counts = `version ${version}, ${summary?.rows ?? 0} rows, ${summary?.errors ?? 0} errors, replayed=${replayed}, late=${late}`;
  const detail = result.body.campaign
    ? 'campaign saved'
    : error
      ? `refused: ${JSON.stringify(error)}`
      : counts;
  console.log(`• ${step}: HTTP ${result.status} — ${detail}`);
}

const submit = (unit: string, example: string, key: string) =>
  call('submitNominations', unitEmail(unit), {
    campaignId,
    unitId: unit,
    kind: 'individual',
    grid: grid(example),
    submissionKey: key,
  });

async function setUp(deadline: Date, open = true) {
  const campaign = {
    title: 'Demo: Hội nghị điển hình tiên tiến',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: deadline.toISOString(),
    graceMinutes: 1,
    open,
  };
  // Roles are granted per campaign: the seeded units' editors act in this demo campaign too.
  return call('adminCampaign', BOARD_EMAIL, {
    campaignId,
    campaign,
    units: SEED_UNITS,
    members: SEED_MEMBERS,
  });
}

function table(status: CampaignStatusResponse): void {
  console.log(
    `\n${status.title} — hạn ${status.deadline} (${status.daysToDeadline} ngày), ${status.open ? 'đang mở' : 'đã khóa'}`,
  );
  console.log(
    `${'Đơn vị'.padEnd(34)}${'Trạng thái'.padEnd(15)}${'Bản'.padStart(4)}${'Dòng'.padStart(6)}${'Lỗi'.padStart(5)}  Đúng hạn`,
  );
  for (const u of status.units) {
    const onTime = u.onTime === null ? '—' : u.onTime ? 'có' : 'trễ';
    console.log(
      `${u.name.padEnd(34)}${u.status.padEnd(15)}${String(u.latestVersion ?? '—').padStart(4)}${String(u.rows).padStart(6)}${String(u.errors).padStart(5)}  ${onTime}`,
    );
  }
  const t = status.totals;
  console.log(
    `Tổng: ${t.units} đơn vị, ${t.clean} sạch, ${t.withErrors} còn lỗi, ${t.notSubmitted} chưa gửi; đúng hạn ${(t.onTimeRate * 100).toFixed(0)}%`,
  );
}

const deadline = new Date(Date.now() + 4000);
console.log(`Demo campaign ${campaignId} on ${url}; deadline in 4 s, 1 minute grace.`);
say('board creates the campaign', await setUp(deadline));
say('Sở Nội vụ submits (clean)', await submit('so-noi-vu', 'so-noi-vu', `demo-${campaignId}-snv`));
say(
  'Phường Tam Thanh submits (with errors)',
  await submit('p-tam-thanh', 'p-tam-thanh', `demo-${campaignId}-ptt`),
);
say('Bộ CHQS tỉnh submits', await submit('bchqs-tinh', 'bchqs-tinh', `demo-${campaignId}-bch`));
say(
  'Bộ CHQS tỉnh re-sends with the same key',
  await submit('bchqs-tinh', 'bchqs-tinh', `demo-${campaignId}-bch`),
);
console.log('… waiting for the deadline to pass');
await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now() + 300)));
say(
  'Xã Đồng Đăng submits late (within grace)',
  await submit('x-dong-dang', 'so-noi-vu', `demo-${campaignId}-xdd`),
);
say('board closes the campaign', await setUp(deadline, false));
say('Sở Y tế tries after closing', await submit('so-y-te', 'bchqs-tinh', `demo-${campaignId}-syt`));
const status = await call('campaignStatus', BOARD_EMAIL, { campaignId });
table(status.body as unknown as CampaignStatusResponse);

// ---------------------------------------------------------------------------------------------------------------
// Consolidation
// ---------------------------------------------------------------------------------------------------------------

const th = `${campaignId}-th`;
const demoUnits = sampleUnits(7); // the 7th never submits: it gets the reminders

type Json = Record<string, unknown>;
const as = <T>(result: { body: Json }): T => result.body as unknown as T;
const row = (cells: Array<string | number>, widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i] ?? 10)).join('');

async function consolidateNow(label: string, notifyUnits = false): Promise<ConsolidateResponse> {
  const result = await call('consolidate', BOARD_EMAIL, { campaignId: th, notifyUnits });
  const body = as<ConsolidateResponse>(result);
  console.log(`\n• ${label}: HTTP ${result.status} — ${body.message}`);
  return body;
}

function unitTable(body: ConsolidateResponse): void {
  const w = [22, 6, 6, 6, 15, 8];
  console.log(row(['Đơn vị', 'Bản', 'Dòng', 'Mục', 'Trùng đv khác', 'Vượt CT'], w));
  for (const u of body.byUnit)
    console.log(
      row(
        [u.unitName, u.submissionVersion ?? '—', u.rows, u.entries, u.sharedEntries, u.overQuota ? 'có' : ''],
        w,
      ),
    );
}

function duplicateTable(body: ConsolidateResponse): void {
  console.log(`\nNhóm nghi trùng (${body.duplicates.length}):`);
  for (const g of body.duplicates) {
    const reasons = g.reasons.map((r) => r.message).join(' ');
    const decision = g.decision
      ? ` — quyết định: ${g.decision === 'same' ? 'cùng một người' : 'khác người'}`
      : '';
    console.log(
      `  ${g.groupId} ${g.kind === 'exact' ? 'chắc chắn' : 'có thể'} (${g.score.toFixed(2)})${decision}`,
    );
    console.log(`    dòng: ${g.memberRowIds.join(', ')}`);
    console.log(`    lý do: ${reasons}`);
  }
}

function changeTable(body: ConsolidateResponse): void {
  const c = body.changes;
  console.log(`Thay đổi: thêm ${c.added.length}, bớt ${c.removed.length}, đổi ${c.changed.length}`);
  for (const changed of c.changed)
    for (const f of changed.fields)
      console.log(
        `  ${changed.displayName.padEnd(24)} ${f.field.padEnd(10)} ${String(f.before)} → ${String(f.after)}`,
      );
  for (const id of [...c.added, ...c.removed]) console.log(`  ${c.added.includes(id) ? '+' : '−'} ${id}`);
}

const setUpTh = await call('adminCampaign', BOARD_EMAIL, {
  campaignId: th,
  campaign: {
    title: 'Demo: tổng hợp toàn tỉnh',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    quotas: { 'dv-01': { total: 4 } },
    masterSpreadsheetId: LOCAL_SPREADSHEET_ID,
    issuingBody: {
      issuer: ['UBND tỉnh Lạng Sơn', 'Ban Thi đua – Khen thưởng'],
      place: 'Lạng Sơn',
      signer: { titles: ['TRƯỞNG BAN'] },
      recipients: ['Hội đồng Thi đua – Khen thưởng tỉnh', 'Lưu: VT'],
    },
  },
  units: demoUnits,
  members: demoUnits.map((u) => ({ email: unitEmail(u.id), role: 'unit', unitIds: [u.id] })),
});
console.log(
  `\n\nConsolidation demo ${th}: HTTP ${setUpTh.status}, ${demoUnits.length} units × 5 rows + planted duplicates`,
);
for (const [i, u] of demoUnits.slice(0, 6).entries()) {
  const body = {
    campaignId: th,
    unitId: u.id,
    kind: 'individual',
    grid: withDelegates(sampleGrid(i, 5)),
    submissionKey: `${th}-${u.id}-1`,
  };
  await call('submitNominations', unitEmail(u.id), body);
}
/** Units mark two of every three rows as delegates ("x" in "Đại biểu dự hội nghị"), as real lists do. */
function withDelegates(grid: ReturnType<typeof sampleGrid>) {
  return {
    ...grid,
    header: [...grid.header, 'Đại biểu dự hội nghị'],
    rows: grid.rows.map((row, i) => [...row, i % 3 === 2 ? '' : 'x']),
  };
}

const v1 = await consolidateNow('board consolidates');
unitTable(v1);
duplicateTable(v1);
const probable = v1.duplicates.find((g) => g.kind === 'probable');
if (probable) {
  const decided = await call('reviewDuplicates', BOARD_EMAIL, {
    campaignId: th,
    groupId: probable.groupId,
    memberKeys: probable.memberKeys,
    decision: 'different',
  });
  console.log(`\n• board decides ${probable.groupId} = khác người: HTTP ${decided.status}`);
}
const edited = withDelegates(
  sampleGrid(4, 5, (r, i) => (i === 2 ? [r[0], r[1], r[2], r[3], r[4], r[5], 'Chiến sĩ thi đua cơ sở'] : r)),
);
const resubmit = await call('submitNominations', unitEmail('dv-05'), {
  campaignId: th,
  unitId: 'dv-05',
  kind: 'individual',
  grid: edited,
  submissionKey: `${th}-dv-05-2`,
});
console.log(`• Đơn vị mẫu số 5 changes one row's award and resubmits: version ${resubmit.body.version}`);
const v2 = await consolidateNow('board re-runs and mails each unit its summary', true);
changeTable(v2);
duplicateTable(v2);
const unchanged = await consolidateNow('board re-runs again, nothing changed');
changeTable(unchanged);
const own = as<MasterListResponse>(await call('masterList', unitEmail('dv-02'), { campaignId: th }));
console.log(`\n• Đơn vị mẫu số 2 reads the master list: ${own.page.total} entries, all its own`);
const first = own.master.entries[0];
if (first) {
  const note = 'Đề nghị bổ sung số CCCD và tóm tắt thành tích.';
  await call('reviewNominee', BOARD_EMAIL, {
    campaignId: th,
    nomineeId: first.nomineeId,
    state: 'needsInfo',
    note,
  });
  const seen = as<StatusBody>(await call('campaignStatus', unitEmail('dv-02'), { campaignId: th }));
  for (const r of seen.units[0]?.returned ?? [])
    console.log(`• returned to the unit: ${r.displayName} (dòng ${r.sheetRows.join(', ')}): ${r.note}`);
}

async function schedule(fn: string, topic: string, date: string): Promise<void> {
  const event = pubSubCloudEventRequest({
    messageId: `${th}-${fn}`,
    topic,
    payload: { campaignIds: [th], date },
  });
  const res = await fetch(`${url}/${fn}`, {
    method: 'POST',
    headers: { ...event.headers, 'x-dev-user': BOARD_EMAIL },
    body: event.body,
  });
  console.log(`• ${fn} (as of ${date}): HTTP ${res.status}`);
}

const threeDaysBefore = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10);
console.log('');
await schedule('weeklyDigest', 'weekly-digest', threeDaysBefore);
await schedule('deadlineReminders', 'deadline-reminders', threeDaysBefore);
const outboxDir = process.env.MAIL_OUTBOX_DIR ?? join(import.meta.dirname, '..', '..', '.local', 'outbox');
console.log(`\n${formatOutbox(await listOutbox(outboxDir, 40), outboxDir)}`);

// ---------------------------------------------------------------------------------------------------------------
// Outputs: the master spreadsheet and the official xlsx files
// ---------------------------------------------------------------------------------------------------------------

const root = join(import.meta.dirname, '..', '..');
const sheet = await call('writeMasterSheet', BOARD_EMAIL, { campaignId: th });
const written = as<WriteMasterSheetResponse>(sheet);
console.log(
  sheet.status === 200
    ? `\n• board writes the master sheet: HTTP 200, version ${written.version}, ${written.calls} Sheets API calls`
    : `\n• board writes the master sheet: HTTP ${sheet.status} — ${JSON.stringify(sheet.body.error)}`,
);
for (const tab of written.tabs ?? []) console.log(`  ${tab.title.padEnd(14)} ${tab.rows} dòng`);
console.log(
  `  (local spreadsheet ${LOCAL_SPREADSHEET_ID}; saved by npm start to .local/firestore/${LOCAL_SPREADSHEET_FILE})`,
);
const exported = await call('exportMaster', BOARD_EMAIL, {
  campaignId: th,
  date: new Date().toISOString().slice(0, 10),
});
const exportDir = process.env.LOCAL_EXPORT_DIR ?? join(root, '.local', 'exports');
mkdirSync(exportDir, { recursive: true });
console.log(`• board exports the official lists: HTTP ${exported.status}`);
for (const file of as<ExportMasterResponse>(exported).files ?? []) {
  const path = join(exportDir, file.name);
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
  console.log(`  ${path} (${file.title}, ${file.size} bytes)`);
}

// ---------------------------------------------------------------------------------------------------------------
// After approval: the public notice, the council's vote, the decision drafts, the recorded decision, certificates
// ---------------------------------------------------------------------------------------------------------------

const COUNCIL = ['hoidong1@langson.example', 'hoidong2@langson.example', 'hoidong3@langson.example'];
const board = as<MasterListResponse>(await call('masterList', BOARD_EMAIL, { campaignId: th }));
const chosen = board.master.entries.filter((e) => e.review === undefined).slice(0, 4);
const approved = await call('reviewNominees', BOARD_EMAIL, {
  campaignId: th,
  reviews: chosen.map((e) => ({ nomineeId: e.nomineeId, state: 'approved' })),
});
console.log(`\n• board approves ${chosen.length} nominees: HTTP ${approved.status}`);

const noticeFrom = new Date(Date.now() - 60_000).toISOString();
const noticeTo = new Date(Date.now() + 10 * 86_400_000).toISOString();
await call('adminCampaign', BOARD_EMAIL, {
  campaignId: th,
  campaign: { publicNotice: { from: noticeFrom, to: noticeTo } },
  members: COUNCIL.map((email) => ({ email, role: 'council' })),
});
const pageUrl = `${url}/publicNotice?campaignId=${th}`;
const page = await fetch(pageUrl, { headers: { accept: 'text/html' } });
const listed = ((await page.text()).match(/<tr>/g)?.length ?? 1) - 1;
console.log(`• public notice (no sign-in): HTTP ${page.status}, ${listed} nominees listed — ${pageUrl}`);
const comment = await fetch(pageUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams({ text: 'Tôi đồng ý với danh sách đề nghị.' }).toString(),
});
const comments = as<{ comments: unknown[] }>(
  await call('noticeComments', BOARD_EMAIL, { campaignId: th }),
).comments;
console.log(`• a visitor comments: HTTP ${comment.status}; the board reads ${comments.length} comment(s)`);

interface RoundAnswer {
  round?: { round: number; nominees: { nomineeId: string; displayName: string }[] } | null;
}
const opened = as<RoundAnswer>(await call('voteRound', BOARD_EMAIL, { campaignId: th, action: 'open' }));
const round = opened.round;
console.log(`• board opens voting round ${round?.round} on ${round?.nominees.length} approved nominees`);
for (const [m, email] of COUNCIL.entries()) {
  // The last nominee gets one agree vote of three: it does not reach more than half of the council.
  const votes = (round?.nominees ?? []).map((n, i, all) => ({
    nomineeId: n.nomineeId,
    vote: i === all.length - 1 && m > 0 ? 'disagree' : 'agree',
  }));
  const cast = await call('castBallot', email, {
    campaignId: th,
    action: 'cast',
    round: round?.round,
    votes,
  });
  console.log(`• ${email} casts a ballot: HTTP ${cast.status}`);
}
interface Closed {
  round?: { result?: { nominees: { displayName: string; agree: number; base: number; passed: boolean }[] } };
}
const closed = as<Closed>(
  await call('voteRound', BOARD_EMAIL, { campaignId: th, action: 'close', round: round?.round }),
);
for (const n of closed.round?.result?.nominees ?? [])
  console.log(
    `  ${n.displayName.padEnd(24)} ${n.agree}/${n.base} đồng ý — ${n.passed ? 'đạt' : 'không đạt'}`,
  );

interface FileAnswer {
  name: string;
  title: string;
  size: number;
  contentBase64: string;
}
function save(file: FileAnswer): void {
  const path = join(exportDir, file.name);
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
  console.log(`  ${path} (${file.title}, ${file.size} bytes)`);
}
const today = new Date().toISOString().slice(0, 10);
const drafts = await call('decisionDrafts', BOARD_EMAIL, { campaignId: th, date: today });
console.log(`• board drafts the Tờ trình and the Quyết định: HTTP ${drafts.status}`);
for (const file of as<{ files?: FileAnswer[] }>(drafts).files ?? []) save(file);
const decision = { decisionNumber: '15/QĐ-UBND', decisionDate: today };
const recorded = await call('recordDecision', BOARD_EMAIL, { campaignId: th, ...decision });
console.log(
  `• board records Quyết định ${decision.decisionNumber}: HTTP ${recorded.status}, ${recorded.body.recorded} awarded (award history written)`,
);
const printed = await call('certificates', BOARD_EMAIL, {
  campaignId: th,
  decisionNumber: decision.decisionNumber,
});
console.log(`• board prints the certificates: HTTP ${printed.status}, ${printed.body.pages} pages`);
const certificate = as<{ file?: FileAnswer }>(printed).file;
if (certificate) save(certificate);
