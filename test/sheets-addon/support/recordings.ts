// Recorded answers of the real local functions, for add-on tests that stub the server. `RECORDING_CASES` are
// played in order against a fresh local stack (state flows: a unit submits, the board consolidates, exports…);
// `record()` writes test/fixtures/recorded/<function>-<case>.json and `replay()` reads one back as a FetchAnswer.
// Re-record: `node --import tsx test/sheets-addon/support/record.ts` (recordings.test.ts checks they are current).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_SPREADSHEET_ID } from '../../../functions/local/fake-sheets-api';
import { seedCampaign } from '../../../functions/local/seed-data';
import { type FetchAnswer, type FetchHandler, json } from '../../fakes/apps-script/url-fetch';
import { post } from '../../support/http';

export const RECORDED_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'recorded');

export const REC_CAMPAIGN = 'ls-dhtt-2026';
export const REC_BOARD = 'bantdkt@langson.example';
export const REC_UNIT = 'so-y-te';
const UNIT_EMAIL = `${REC_UNIT}@langson.example`;
export const REC_COUNCIL = ['hoidong1@langson.example', 'hoidong2@langson.example'] as const;

export interface Recording {
  function: string;
  case: string;
  request: { user: string; body: unknown };
  status: number;
  body: unknown;
}

export interface RecordingCase {
  function: string;
  case: string;
  user: string;
  /** The request, or a function of the answers recorded before it (keyed "<function>-<case>"). */
  body: unknown | ((earlier: Map<string, Recording>) => unknown);
  /** Done against the stack before the request (e.g. the public sending comments); not recorded. */
  before?: (url: string) => Promise<void>;
}

const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Hình thức đề nghị',
  'Xếp loại',
  'Tóm tắt thành tích',
];
const ACH = 'Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến cải tiến quy trình tiếp nhận hồ sơ.';
const ROWS = [
  [
    1,
    'Nguyễn Văn An',
    'Nam',
    1980,
    'Kinh',
    '020080001234',
    'Lao động tiên tiến',
    'Hoàn thành tốt nhiệm vụ',
    ACH,
  ],
  [
    2,
    'Trần Thị Bình',
    'Nữ',
    1985,
    'Kinh',
    '020185001234',
    'Lao động tiên tiến',
    'Hoàn thành tốt nhiệm vụ',
    ACH,
  ],
];
const BAD_ROWS = [
  [1, 'Lê Văn Cường', 'Nam', 1990, 'Xyz', '123', 'Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ', ACH],
];

/** Targets of the delegate structure (board-structure): some met, one short, one over (see the rows below). */
const STRUCTURE_TARGETS = {
  women: { min: 0.4 },
  ethnicMinority: { min: 0.3 },
  directLabourers: { min: 0.5 },
  workers: { min: 0.3 },
  farmers: { min: 0.2 },
  intellectuals: { min: 0.05, max: 0.2 },
  youth: { min: 0.3 },
  youthMaxAge: 30,
};
const DELEGATE_HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Thành phần',
  'Đại biểu dự hội nghị',
  'Khen thưởng đã đạt',
  'Hình thức đề nghị',
  'Xếp loại',
  'Tóm tắt thành tích',
];
const LDTT = ['Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ', ACH];
/** Four delegates of Sở Nội vụ: 2 women, 2 minorities (Tày, Nùng), a worker, a farmer, an intellectual, one youth. */
const DELEGATE_ROWS = [
  [1, 'Hoàng Thị Lan', 'Nữ', 1998, 'Tày', '020198004321', 'Công nhân', 'x', 'Giấy khen', ...LDTT],
  [2, 'Vi Văn Hùng', 'Nam', 1975, 'Nùng', '020075004322', 'Nông dân', 'x', 'Giấy khen', ...LDTT],
  [3, 'Lương Thị Mai', 'Nữ', 1988, 'Kinh', '020188004323', 'Trí thức', 'x', 'Giấy khen', ...LDTT],
  [
    4,
    'Đinh Văn Tú',
    'Nam',
    1969,
    'Kinh',
    '020069004324',
    'Cán bộ, công chức, viên chức',
    'x',
    'Giấy khen',
    ...LDTT,
  ],
];

const DRIVE_FILE = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view';
const DOSSIER_CELLS = [
  `Báo cáo thành tích: ${DRIVE_FILE}\nBiên bản họp xét: ${DRIVE_FILE}`,
  `Báo cáo thành tích: ${DRIVE_FILE}`,
];

const grid = (rows: unknown[][]) => ({ header: HEADER, rows, firstRow: 2, sheetName: 'Cá nhân' });
const unitTarget = { campaignId: REC_CAMPAIGN, unitId: REC_UNIT, kind: 'individual' };
const RUN_ID = 'recorded-run-0001';

/** The decision recorded by the recordDecision cases. */
export const REC_DECISION = {
  campaignId: REC_CAMPAIGN,
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2026-09-15',
} as const;

/** In play order. The submission key is fixed so a replayed submit is recorded too. */
export const RECORDING_CASES: RecordingCase[] = [
  {
    function: 'campaignStatus',
    case: 'unit',
    user: UNIT_EMAIL,
    body: { campaignId: REC_CAMPAIGN, unitId: REC_UNIT },
  },
  {
    function: 'campaignStatus',
    case: 'unknown-campaign',
    user: UNIT_EMAIL,
    body: { campaignId: 'khong-co-2026', unitId: REC_UNIT },
  },
  {
    function: 'validateRows',
    case: 'mixed',
    user: UNIT_EMAIL,
    body: {
      ...unitTarget,
      grid: grid([
        ROWS[0] as unknown[],
        [2, 'Trần Thị Bình', 'Nữ', 1985, 'Kinh', '123', 'Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ', ACH],
        [
          3,
          'Nguyễn Văn An',
          'Nam',
          1980,
          'Kinh',
          '020080001234',
          'Lao động tiên tiến',
          'Hoàn thành tốt nhiệm vụ',
          ACH,
        ],
      ]),
    },
  },
  { function: 'validateRows', case: 'clean', user: UNIT_EMAIL, body: { ...unitTarget, grid: grid(ROWS) } },
  { function: 'validateRows', case: 'unauthenticated', user: '', body: { ...unitTarget, grid: grid(ROWS) } },
  {
    function: 'validateRows',
    case: 'issues',
    user: UNIT_EMAIL,
    body: { ...unitTarget, grid: grid(BAD_ROWS) },
  },
  {
    function: 'validateRows',
    case: 'forbidden',
    user: 'so-giao-duc@langson.example',
    body: { ...unitTarget, grid: grid(ROWS) },
  },
  {
    function: 'submitNominations',
    case: 'clean',
    user: UNIT_EMAIL,
    body: { ...unitTarget, grid: grid(ROWS), submissionKey: 'rec-key-individual-0001' },
  },
  {
    function: 'submitNominations',
    case: 'replayed',
    user: UNIT_EMAIL,
    body: { ...unitTarget, grid: grid(ROWS), submissionKey: 'rec-key-individual-0001' },
  },
  {
    function: 'submitNominations',
    case: 'other-unit',
    user: 'x-dong-dang@langson.example',
    body: {
      ...unitTarget,
      unitId: 'x-dong-dang',
      grid: grid([
        [1, 'Nguyen Van An', 'Nam', 1980, 'Kinh', '', 'Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ', ACH],
      ]),
      submissionKey: 'rec-key-dong-dang-0001',
    },
  },
  {
    function: 'submitNominations',
    case: 'with-errors',
    user: 'so-noi-vu@langson.example',
    body: { ...unitTarget, unitId: 'so-noi-vu', grid: grid(BAD_ROWS), submissionKey: 'rec-key-noi-vu-0001' },
  },
  { function: 'campaignStatus', case: 'board', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  { function: 'consolidate', case: 'forbidden', user: UNIT_EMAIL, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'consolidate',
    case: 'done',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, runId: RUN_ID, notifyUnits: false, writeSheet: false },
  },
  {
    function: 'consolidationStatus',
    case: 'done',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, runId: RUN_ID },
  },
  {
    function: 'consolidationStatus',
    case: 'unknown-run',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, runId: 'recorded-run-none' },
  },
  { function: 'masterList', case: 'board', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'reviewDuplicates',
    case: 'same',
    user: REC_BOARD,
    body: (earlier: Map<string, Recording>) => {
      const group = probableGroup(earlier.get('masterList-board'));
      return {
        campaignId: REC_CAMPAIGN,
        groupId: group.groupId,
        memberKeys: group.memberKeys,
        decision: 'same',
      };
    },
  },
  { function: 'writeMasterSheet', case: 'no-sheet', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'adminCampaign',
    case: 'master-sheet',
    user: REC_BOARD,
    body: {
      campaignId: REC_CAMPAIGN,
      campaign: {
        ...seedCampaign(new Date()),
        masterSpreadsheetId: LOCAL_SPREADSHEET_ID,
      },
    },
  },
  { function: 'writeMasterSheet', case: 'written', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'consolidate',
    case: 'with-sheet',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, runId: 'recorded-run-0002', notifyUnits: false, writeSheet: true },
  },
  { function: 'exportMaster', case: 'all', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'reviewNominees',
    case: 'mixed',
    user: REC_BOARD,
    body: (earlier: Map<string, Recording>) => {
      const [returned, approved] = entryIds(earlier.get('masterList-board'));
      return {
        campaignId: REC_CAMPAIGN,
        reviews: [
          { nomineeId: approved, state: 'approved' },
          { nomineeId: returned, state: 'needsInfo', note: 'Bổ sung số quyết định khen thưởng năm 2025.' },
          { nomineeId: 'i-khong-co-trong-danh-sach', state: 'approved' },
        ],
      };
    },
  },
  {
    function: 'campaignStatus',
    case: 'unit-returned',
    user: UNIT_EMAIL,
    body: { campaignId: REC_CAMPAIGN, unitId: REC_UNIT },
  },
  {
    function: 'lockUnit',
    case: 'locked',
    user: REC_BOARD,
    body: {
      campaignId: REC_CAMPAIGN,
      unitId: REC_UNIT,
      action: 'lock',
      note: 'Danh sách đã được Ban chấp nhận.',
    },
  },
  { function: 'campaignStatus', case: 'board-locked', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'submitNominations',
    case: 'unit-locked',
    user: UNIT_EMAIL,
    body: { ...unitTarget, grid: grid(ROWS), submissionKey: 'rec-key-individual-locked' },
  },
  {
    function: 'lockUnit',
    case: 'forbidden',
    user: UNIT_EMAIL,
    body: { campaignId: REC_CAMPAIGN, unitId: REC_UNIT, action: 'reopen' },
  },
  {
    function: 'lockUnit',
    case: 'reopened',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, unitId: REC_UNIT, action: 'reopen' },
  },
  {
    function: 'adminCampaign',
    case: 'invalid',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, units: [{ id: 'so-y-te', name: 'Sở Y tế', kind: 'hospital' }] },
  },
  {
    function: 'adminCampaign',
    case: 'created',
    user: REC_BOARD,
    body: {
      campaignId: 'ls-bieu-duong-2026',
      campaign: {
        title: 'Biểu dương người tốt việc tốt năm 2026',
        eventKind: 'bieu-duong-nguoi-tot-viec-tot',
        deadline: '2026-11-30T17:00:00+07:00',
        graceMinutes: 60,
        awards: [],
      },
      units: [{ id: 'so-y-te', name: 'Sở Y tế', kind: 'department' }],
      members: [{ email: 'so-y-te@langson.example', role: 'unit', unitIds: ['so-y-te'] }],
    },
  },
  {
    function: 'submitNominations',
    case: 'deadline-passed',
    user: UNIT_EMAIL,
    body: {
      ...unitTarget,
      campaignId: 'ls-bieu-duong-2026',
      grid: grid(ROWS),
      submissionKey: 'rec-key-bieu-duong-0001',
    },
  },
  // The award decision (issue 15) on the entry approved by reviewNominees-mixed.
  { function: 'decisionDrafts', case: 'drafts', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'decisionDrafts',
    case: 'to-trinh',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, kinds: ['toTrinh'] },
  },
  {
    function: 'recordDecision',
    case: 'number-invalid',
    user: REC_BOARD,
    body: { ...REC_DECISION, decisionNumber: '1234/QD-UBND' },
  },
  { function: 'recordDecision', case: 'recorded', user: REC_BOARD, body: REC_DECISION },
  { function: 'recordDecision', case: 'replayed', user: REC_BOARD, body: REC_DECISION },
  {
    function: 'decisionDrafts',
    case: 'none-approved',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, kinds: ['toTrinh'] },
  },
  {
    function: 'certificates',
    case: 'printed',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, decisionNumber: REC_DECISION.decisionNumber },
  },
  {
    function: 'certificates',
    case: 'unknown-decision',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, decisionNumber: '9999/QĐ-UBND' },
  },
  // Council vote (voteRound, castBallot): three council members, a round on three entries, one ballot, close.
  {
    function: 'adminCampaign',
    case: 'council',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, members: REC_COUNCIL.map((email) => ({ email, role: 'council' })) },
  },
  { function: 'masterList', case: 'before-vote', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'voteRound',
    case: 'open',
    user: REC_BOARD,
    body: (earlier: Map<string, Recording>) => ({
      campaignId: REC_CAMPAIGN,
      action: 'open',
      title: 'Xét đề nghị khen thưởng năm 2026',
      nomineeIds: entryIds(earlier.get('masterList-before-vote')).slice(0, 3),
    }),
  },
  {
    function: 'castBallot',
    case: 'read-open',
    user: REC_COUNCIL[0],
    body: { campaignId: REC_CAMPAIGN, action: 'read' },
  },
  {
    function: 'castBallot',
    case: 'cast',
    user: REC_COUNCIL[0],
    body: (earlier: Map<string, Recording>) => ({
      campaignId: REC_CAMPAIGN,
      action: 'cast',
      round: 1,
      votes: roundIds(earlier.get('voteRound-open')).map((nomineeId, i) => ({
        nomineeId,
        vote: i === 2 ? 'disagree' : 'agree',
      })),
    }),
  },
  {
    function: 'castBallot',
    case: 'forbidden',
    user: UNIT_EMAIL,
    body: { campaignId: REC_CAMPAIGN, action: 'read' },
  },
  {
    function: 'voteRound',
    case: 'status',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, action: 'status' },
  },
  {
    function: 'voteRound',
    case: 'close',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, action: 'close', round: 1 },
  },
  {
    function: 'castBallot',
    case: 'closed',
    user: REC_COUNCIL[1],
    body: (earlier: Map<string, Recording>) => ({
      campaignId: REC_CAMPAIGN,
      action: 'cast',
      round: 1,
      votes: roundIds(earlier.get('voteRound-open')).map((nomineeId) => ({ nomineeId, vote: 'agree' })),
    }),
  },
  {
    function: 'voteRound',
    case: 'minutes',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, action: 'minutes', round: 1, date: '2026-12-07' },
  },
  // Last, so that no earlier recording changes: a list with a "Hồ sơ" column (one complete dossier, one without
  // the minutes) and the board's status showing its completeness.
  {
    function: 'submitNominations',
    case: 'with-dossier',
    user: 'so-noi-vu@langson.example',
    body: {
      ...unitTarget,
      unitId: 'so-noi-vu',
      grid: {
        ...grid(ROWS.map((row, i) => [...row, DOSSIER_CELLS[i] ?? ''])),
        header: [...HEADER, 'Hồ sơ'],
      },
      submissionKey: 'rec-key-noi-vu-dossier-0001',
    },
  },
  { function: 'campaignStatus', case: 'board-dossier', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'adminCampaign',
    case: 'structure-targets',
    user: REC_BOARD,
    body: {
      campaignId: REC_CAMPAIGN,
      campaign: {
        quotas: {
          'so-giao-duc': { total: 10 },
          'bchqs-tinh': { total: 5 },
          'so-noi-vu': { seats: 3 },
          'so-y-te': { seats: 2 },
        },
        structureTargets: STRUCTURE_TARGETS,
      },
    },
  },
  {
    function: 'submitNominations',
    case: 'delegates',
    user: 'so-noi-vu@langson.example',
    body: {
      ...unitTarget,
      unitId: 'so-noi-vu',
      grid: { header: DELEGATE_HEADER, rows: DELEGATE_ROWS, firstRow: 2, sheetName: 'Cá nhân' },
      submissionKey: 'rec-key-noi-vu-delegates',
    },
  },
  {
    function: 'consolidate',
    case: 'structure',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN, runId: 'recorded-run-0003', notifyUnits: false, writeSheet: false },
  },
  {
    function: 'campaignStatus',
    case: 'board-structure',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN },
  },
  // The public notice (issue 15): the board sets the period, reads the campaign back (what "Mở trang công khai"
  // shows), and reads the comments two visitors sent on the page (one on a listed nominee, one starting with "=").
  {
    function: 'adminCampaign',
    case: 'public-notice',
    user: REC_BOARD,
    body: () => ({
      campaignId: REC_CAMPAIGN,
      campaign: {
        publicNotice: {
          from: new Date(Date.now() - 3_600_000).toISOString(),
          to: new Date(Date.now() + 30 * 24 * 3_600_000).toISOString(),
          states: ['approved', 'awarded', 'valid'],
        },
      },
    }),
  },
  { function: 'adminCampaign', case: 'read', user: REC_BOARD, body: { campaignId: REC_CAMPAIGN } },
  {
    function: 'noticeComments',
    case: 'comments',
    user: REC_BOARD,
    body: { campaignId: REC_CAMPAIGN },
    before: sendNoticeComments,
  },
  { function: 'adminCampaign', case: 'read-unknown', user: REC_BOARD, body: { campaignId: 'ls-moi-2026' } },
];

/**
 * The board approves the first entry of the latest master list (the structure consolidation made a new version),
 * then two visitors send comments as the public page's form does (the second one on the first listed nominee).
 */
async function sendNoticeComments(url: string): Promise<void> {
  const listed = await post(url, 'masterList', { campaignId: REC_CAMPAIGN }, { user: REC_BOARD });
  const [first] = entryIds({ body: listed.body } as Recording);
  const reviews = [{ nomineeId: first, state: 'approved' }];
  await post(url, 'reviewNominees', { campaignId: REC_CAMPAIGN, reviews }, { user: REC_BOARD });
  const page = `${url}/publicNotice?campaignId=${REC_CAMPAIGN}`;
  const html = await (await fetch(page, { headers: { accept: 'text/html' } })).text();
  const nomineeId = /<option value="([^"]+)"/.exec(html)?.[1];
  if (!nomineeId) throw new Error(`the public page lists no nominee to comment on: ${html.slice(0, 3000)}`);
  const forms = [
    { text: '=HYPERLINK("http://example.com","Xem")', name: 'Nguyễn Thị Hoa', contact: '0912345678' },
    { text: 'Đồng chí này đã có thành tích xuất sắc trong công tác phòng, chống dịch.', nomineeId },
  ];
  for (const form of forms) {
    const answer = await fetch(page, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams(form).toString(),
    });
    if (answer.status !== 200) throw new Error(`publicNotice POST answered ${answer.status}`);
  }
}

/** The nominee ids of a recorded voteRound answer's round, in the round's order. */
function roundIds(recording: Recording | undefined): string[] {
  const round = (recording?.body as { round?: { nominees?: { nomineeId: string }[] } } | undefined)?.round;
  return (round?.nominees ?? []).map((n) => n.nomineeId);
}

interface Group {
  groupId: string;
  kind: string;
  memberKeys: string[];
}

function probableGroup(recording: Recording | undefined): Group {
  const groups =
    (recording?.body as { master?: { duplicates?: Group[] } } | undefined)?.master?.duplicates ?? [];
  const group = groups.find((g) => g.kind !== 'exact' && g.memberKeys.length >= 2);
  if (!group) throw new Error('the recorded master list has no duplicate group to decide');
  return group;
}

/** The nominee ids of the recorded master list, in list order. */
function entryIds(recording: Recording | undefined): string[] {
  const entries =
    (recording?.body as { master?: { entries?: { nomineeId: string }[] } } | undefined)?.master?.entries ??
    [];
  if (entries.length < 2) throw new Error('the recorded master list has fewer than two entries to review');
  return entries.map((e) => e.nomineeId);
}

export const fileOf = (fn: string, name: string): string => join(RECORDED_DIR, `${fn}-${name}.json`);

/** Plays every case against the functions at `url` (a fresh local stack), in order. */
export async function recordAll(url: string): Promise<Recording[]> {
  const out: Recording[] = [];
  for (const c of RECORDING_CASES) {
    const earlier = new Map(out.map((r) => [`${r.function}-${r.case}`, r]));
    const body = typeof c.body === 'function' ? c.body(earlier) : c.body;
    await c.before?.(url);
    const answer = await post(url, c.function, body, c.user ? { user: c.user } : {});
    out.push({
      function: c.function,
      case: c.case,
      request: { user: c.user, body },
      status: answer.status,
      body: answer.body,
    });
  }
  return out;
}

export function readRecording(fn: string, name: string): Recording {
  return JSON.parse(readFileSync(fileOf(fn, name), 'utf8')) as Recording;
}

/** The recorded answer of `fn` in case `name`, as the UrlFetchApp fake returns it. */
export function replay(fn: string, name: string): FetchAnswer {
  const r = readRecording(fn, name);
  return json(r.status, r.body);
}

/** A handler answering each function by name from its recording (`{ campaignStatus: 'board' }`). */
export function replayRoutes(cases: Record<string, string | ((body: unknown) => FetchAnswer)>): FetchHandler {
  return (request) => {
    const fn = request.url.split('/').pop() ?? '';
    const chosen = cases[fn];
    if (chosen === undefined) throw new Error(`no recording chosen for ${fn}`);
    return typeof chosen === 'string' ? replay(fn, chosen) : chosen(JSON.parse(request.body || 'null'));
  };
}

/** A value's shape: keys and value types, arrays by the union of their elements' shapes. */
export function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const shapes = new Map(value.map((v) => [JSON.stringify(shapeOf(v)), shapeOf(v)]));
    return [...shapes.keys()].sort().map((k) => shapes.get(k));
  }
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]),
    );
  return typeof value;
}
