// From an approved list to next year's eligibility, over HTTP on the local stack (embedded Firestore, real
// firebase-admin): a 2025 campaign's unit proposes three people; the board approves them and publishes the list
// (public page, a comment reaches the board); the council votes in a round (one nominee fails the threshold); the
// board drafts the Tờ trình and the Quyết định (.docx), records the decision, and prints the certificates. In the
// 2026 campaign the same person proposed for the Bằng khen tỉnh — "2 consecutive years Chiến sĩ thi đua cơ sở" —
// fails the criterion before the decision is recorded and meets it after, from the award history the decision wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_HEADER, samplePerson, unitEmail } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import type {
  CertificatesResponse,
  DecisionDraftsResponse,
  RecordDecisionResponse,
} from '../../shared/api/decisions';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { NoticeCommentsResponse } from '../../shared/api/public-notice';
import type { CastBallotResponse, VoteRoundResponse } from '../../shared/api/votes';
import type { Issue } from '../../shared/grid/types';
import { post } from '../support/http';

const BOARD = 'bantdkt@langson.example';
const Y2025 = 'ls-award-cycle-2025';
const Y2026 = 'ls-award-cycle-2026';
const UNIT = { id: 'dv-01', name: 'Sở Nội vụ', kind: 'department' };
const COUNCIL = ['hd1@langson.example', 'hd2@langson.example', 'hd3@langson.example'];
const DECISION = {
  decisionNumber: '215/QĐ-UBND',
  decisionDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
};
const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến được Hội đồng sáng kiến cơ sở công nhận năm 2025.';
/** Three people: P (the one followed to 2026), Q (fails the council vote), R. */
const [P, Q, R] = [samplePerson(7), samplePerson(8), samplePerson(9)];
const HEADER = [
  ...SAMPLE_HEADER,
  'Tóm tắt thành tích',
  'Xếp loại nhiệm vụ',
  'Sáng kiến',
  'Khen thưởng đã đạt',
];

let stack: Stack;
const dir = mkdtempSync(join(tmpdir(), 'tonvinh-award-cycle-'));

async function ok<T>(fn: string, body: unknown, user = BOARD): Promise<T> {
  const response = await post<T>(stack.url, fn, body, { user });
  if (response.status !== 200) throw new Error(`${fn} ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

function row(person: typeof P, award: string, prior = '') {
  const [, name, gender, year, ethnic, cccd] = person;
  return [1, name, gender, year, ethnic, cccd, award, ACHIEVEMENTS, 'Hoàn thành xuất sắc nhiệm vụ', 1, prior];
}

async function setUp(campaignId: string, evaluationYear: number, extra: object = {}) {
  const campaign = {
    title: `Khen thưởng năm ${evaluationYear}`,
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    evaluationYear,
    issuingBody: {
      issuer: ['UBND TỈNH LẠNG SƠN', 'BAN THI ĐUA – KHEN THƯỞNG'],
      place: 'Lạng Sơn',
      signer: { titles: ['TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
    },
    ...extra,
  };
  const members = [
    { email: unitEmail(UNIT.id), role: 'unit', unitIds: [UNIT.id] },
    ...COUNCIL.map((email) => ({ email, role: 'council' })),
  ];
  await ok('adminCampaign', { campaignId, campaign, units: [UNIT], members });
}

/** The eligibility issues validateRows answers for P proposed for the Bằng khen tỉnh in 2026. */
async function eligibilityOfP(): Promise<Issue[]> {
  const grid = {
    header: HEADER,
    firstRow: 2,
    rows: [row(P, 'Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cơ sở năm 2024')],
  };
  const body = { campaignId: Y2026, unitId: UNIT.id, kind: 'individual', grid };
  const answer = await ok<{ issues: Issue[] }>('validateRows', body, unitEmail(UNIT.id));
  return answer.issues.filter((i) => i.code?.startsWith('eligibility.'));
}

async function entries(campaignId: string) {
  return (await ok<MasterListResponse>('masterList', { campaignId, pageSize: 100 })).master.entries;
}

/** The text of a .docx's body (word/document.xml without its tags), NFC. */
function docxText(name: string, base64: string): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .normalize('NFC');
}

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  const now = Date.now();
  const publicNotice = {
    from: new Date(now - 3_600_000).toISOString(),
    to: new Date(now + 10 * 86_400_000).toISOString(),
  };
  await setUp(Y2025, 2025, { publicNotice });
  await setUp(Y2026, 2026);
  // Before this campaign the person held CSTĐ cơ sở in 2024 (the row says so); 2025 is what the decision adds.
  const prior = 'Chiến sĩ thi đua cơ sở năm 2024';
  const rows = [
    row(P, 'Chiến sĩ thi đua cơ sở', prior),
    row(Q, 'Chiến sĩ thi đua cơ sở'),
    row(R, 'Lao động tiên tiến'),
  ];
  rows.forEach((r, i) => {
    r[0] = i + 1;
  });
  const grid = { header: HEADER, firstRow: 2, rows };
  const submission = {
    campaignId: Y2025,
    unitId: UNIT.id,
    kind: 'individual',
    grid,
    submissionKey: 'cycle-2025',
  };
  await ok('submitNominations', submission, unitEmail(UNIT.id));
  await ok('consolidate', { campaignId: Y2025 });
}, 180_000);

afterAll(async () => {
  await stack?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the award cycle: approved list → public notice → council vote → decision → next year', () => {
  let ids: Record<'P' | 'Q' | 'R', string>;

  it('the board approves the list; the public page shows it without private data and takes a comment', async () => {
    const list = await entries(Y2025);
    expect(list).toHaveLength(3);
    const idOf = (person: typeof P) => list.find((e) => e.displayName === person[1])?.nomineeId ?? '';
    ids = { P: idOf(P), Q: idOf(Q), R: idOf(R) };
    const reviews = Object.values(ids).map((nomineeId) => ({ nomineeId, state: 'approved' }));
    await ok('reviewNominees', { campaignId: Y2025, reviews });

    const page = await fetch(`${stack.url}/publicNotice?campaignId=${Y2025}`);
    expect(page.status).toBe(200);
    const html = (await page.text()).normalize('NFC');
    for (const person of [P, Q, R]) {
      expect(html).toContain(person[1]);
      expect(html).not.toContain(person[5]); // CCCD never shown
    }
    const form = new URLSearchParams({ nomineeId: ids.P, text: 'Đồng chí này rất xứng đáng.' });
    const sent = await fetch(`${stack.url}/publicNotice?campaignId=${Y2025}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(sent.status).toBe(200);
    const comments = await ok<NoticeCommentsResponse>('noticeComments', { campaignId: Y2025 });
    expect(comments.comments.map((c) => c.text)).toEqual(['Đồng chí này rất xứng đáng.']);
  });

  it('the council votes in a round; the tally keeps P and R approved and makes Q ineligible', async () => {
    const opened = await ok<VoteRoundResponse>('voteRound', { campaignId: Y2025, action: 'open' });
    const order = opened.round?.nominees.map((n) => n.nomineeId) ?? [];
    expect([...order].sort()).toEqual(Object.values(ids).sort());
    const choice = { [ids.P]: ['agree', 'agree', 'agree'], [ids.Q]: ['agree', 'disagree', 'disagree'] };
    for (const [m, email] of COUNCIL.entries()) {
      const votes = order.map((nomineeId) => ({ nomineeId, vote: choice[nomineeId]?.[m] ?? 'agree' }));
      await ok<CastBallotResponse>(
        'castBallot',
        { campaignId: Y2025, action: 'cast', round: 1, votes },
        email,
      );
    }
    const closed = await ok<VoteRoundResponse>('voteRound', { campaignId: Y2025, action: 'close', round: 1 });
    const passed = Object.fromEntries(
      closed.round?.result?.nominees.map((n) => [n.nomineeId, n.passed]) ?? [],
    );
    expect(passed).toEqual({ [ids.P]: true, [ids.Q]: false, [ids.R]: true });
  });

  it('drafts the Tờ trình and the Quyết định from the approved entries only', async () => {
    const drafts = await ok<DecisionDraftsResponse>('decisionDrafts', { campaignId: Y2025 });
    expect(drafts.files.map((f) => f.kind)).toEqual(['toTrinh', 'quyetDinh']);
    const decision = drafts.files.find((f) => f.kind === 'quyetDinh');
    const text = docxText('quyet-dinh.docx', decision?.contentBase64 ?? '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(P[1]);
    expect(text).toContain(R[1]);
    expect(text).not.toContain(Q[1]);
  });

  it('before the decision is recorded, P proposed for the Bằng khen tỉnh in 2026 meets no criterion', async () => {
    // The row states CSTĐ cơ sở 2024 only: neither option of the Bằng khen's any-of group is met.
    const issues = await eligibilityOfP();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['eligibility.noneMet', 'error']]);
    expect(issues[0]?.message).toContain('2 năm liên tục "Chiến sĩ thi đua cơ sở"');
  });

  it('recording the decision marks P and R awarded, once; certificates print one page each', async () => {
    const recorded = await ok<RecordDecisionResponse>('recordDecision', { campaignId: Y2025, ...DECISION });
    expect(recorded.recorded).toBe(2);
    expect(recorded.awarded.map((a) => a.nomineeId).sort()).toEqual([ids.P, ids.R].sort());
    const again = await ok<RecordDecisionResponse>('recordDecision', { campaignId: Y2025, ...DECISION });
    expect(again.recorded).toBe(0);
    const printed = await ok<CertificatesResponse>('certificates', {
      campaignId: Y2025,
      decisionNumber: DECISION.decisionNumber,
    });
    expect(printed.pages).toBe(2);
  });

  it('in 2026 the award history makes the consecutive-years criterion pass for P', async () => {
    expect(await eligibilityOfP()).toEqual([]);
  });
});
