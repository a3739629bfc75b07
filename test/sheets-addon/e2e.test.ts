// End to end: the built Code.js in node:vm, its UrlFetchApp making real synchronous HTTP calls to the local
// functions (startStack in a child process, embedded Firestore emulator behind them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Addon } from '../fakes/apps-script/sandbox';
import type { FakeSheet } from '../fakes/apps-script/spreadsheet';
import { createSyncHttp, type SyncHttp } from '../fakes/apps-script/sync-http';
import type { FetchHandler } from '../fakes/apps-script/url-fetch';
import { type ChildStack, startChildStack } from './support/stack-child';
import { addon, column, row, withTemplate } from './support/world';

const CAMPAIGN = 'ls-dhtt-2026';
const UNIT = 'so-y-te';
const UNIT_EMAIL = `${UNIT}@langson.example`;
const BOARD_EMAIL = 'bantdkt@langson.example';

let stack: ChildStack;
let http: SyncHttp;
/** A second HTTP worker for the long consolidate call, so progress polls go through `http` meanwhile. */
let longCall: SyncHttp;

beforeAll(async () => {
  stack = await startChildStack();
  http = createSyncHttp();
  longCall = createSyncHttp();
}, 120_000);

afterAll(async () => {
  await http?.close();
  await longCall?.close();
  await stack?.close();
});

interface RunPayload {
  runId: string;
  state: string;
  stage: string;
  percent: number;
  version: number | null;
  reused: boolean;
  totals: Array<{ label: string; value: number }>;
  changes: Array<{ label: string; value: number }>;
  duplicates: unknown;
  sheet: { written: boolean; text: string } | null;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread (the add-on's fakes are synchronous, as Apps Script is). */
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

async function connected(email: string, unitId: string): Promise<Addon> {
  return connectedWith(email, unitId, http.handler);
}

async function connectedWith(email: string, unitId: string, fetch: FetchHandler): Promise<Addon> {
  const a = await addon({ fetch });
  a.session.email = email;
  a.ui.promptAnswers.push(['OK', CAMPAIGN], ['OK', unitId], ['OK', stack.url]);
  a.call('menuConnectCampaign');
  return a;
}

function plant(sheet: FakeSheet): void {
  const base = {
    'Dân tộc': 'Kinh',
    'Hình thức đề nghị': 'Lao động tiên tiến',
    'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
    'Tóm tắt thành tích':
      'Hoàn thành tốt nhiệm vụ được giao, tích cực tham gia phong trào thi đua của đơn vị.',
  };
  sheet._fill(
    [
      row(sheet, {
        ...base,
        STT: 1,
        'Họ và tên': 'Nguyễn Văn An',
        'Giới tính': 'Nam',
        'Năm sinh': 1980,
        'Số CCCD': '020080001234',
      }),
      row(sheet, {
        ...base,
        STT: 2,
        'Họ và tên': 'Trần Thị Bình',
        'Giới tính': 'Nữ',
        'Năm sinh': 1985,
        'Số CCCD': '20085001',
      }),
      row(sheet, { ...base, STT: 3, 'Họ và tên': 'Lê Văn Cường', 'Năm sinh': 1990, 'Dân tộc': 'Xyz' }),
    ],
    2,
  );
}

function overviewOf(a: Addon): { units: Array<{ status: string; unitId: string }> } {
  const page = a.ui.sidebars.at(-1);
  if (!page) throw new Error(`no sidebar; alerts: ${a.ui._alerts().join(' | ')}`);
  return page._payload<{ units: Array<{ status: string; unitId: string }> }>();
}

describe('add-on against the local functions', () => {
  it('connects through the real campaignStatus', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    expect(a.ui._alerts().at(-1)).toContain('Đã kết nối.');
    expect(a.ui._alerts().at(-1)).toContain('Đơn vị: Sở Y tế');
    expect(a.urlFetch.requests[0]?.headers['X-Dev-User']).toBe(UNIT_EMAIL);
  });

  it('unit: check paints the planted errors on their cells; after the fixes no cell is red', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    const sheet = withTemplate(a);
    plant(sheet);
    a.call('menuCheckList');
    const cccd = column(sheet, 'Số CCCD');
    const gender = column(sheet, 'Giới tính');
    const ethnicity = column(sheet, 'Dân tộc');
    expect(sheet._backgrounds[2]?.[cccd - 1]).toBe('#f4c7c3');
    expect(sheet._notes[2]?.[cccd - 1]).toContain('12 chữ số');
    expect(sheet._backgrounds[3]?.[gender - 1]).toBe('#f4c7c3');
    expect(sheet._backgrounds[3]?.[ethnicity - 1]).toBe('#f4c7c3');
    expect(sheet._backgrounds[1]?.[cccd - 1]).toBeNull();
    const listed = a.ui.sidebars.at(-1)?._payload<{ issues: Array<{ message: string }> }>().issues ?? [];
    expect(listed.map((i) => i.message).join('\n')).toContain('Không tìm thấy dân tộc');

    sheet._put(sheet._values, 3, cccd, '020185001234');
    sheet._put(sheet._values, 4, gender, 'Nam');
    sheet._put(sheet._values, 4, ethnicity, 'Tày');
    a.call('menuCheckList');
    const redNotes = sheet._notes.flat().filter((_n, i) => sheet._backgrounds.flat()[i] === '#f4c7c3');
    expect(redNotes).toEqual([]);
    expect(sheet._notes.flat().filter((n) => n !== '')).toEqual(
      sheet._notes.flat().filter((n) => n.startsWith('Lưu ý')),
    );
  });

  it('unit: submits a clean list twice (one version), then the status is clean', async () => {
    const a = await connected('so-giao-duc@langson.example', 'so-giao-duc');
    const sheet = withTemplate(a);
    plant(sheet);
    sheet._put(sheet._values, 3, column(sheet, 'Số CCCD'), '020185001234');
    sheet._put(sheet._values, 4, column(sheet, 'Giới tính'), 'Nam');
    sheet._put(sheet._values, 4, column(sheet, 'Dân tộc'), 'Tày');
    // Seconds: the stored time is the server's clock, one second of rounding either side is no error.
    const before = Date.now() - 1000;
    a.call('menuSubmitList');
    const after = Date.now() + 1000;
    a.call('menuSubmitList');
    const alerts = a.ui._notices();
    expect(alerts.at(-2)).toContain('Đã nộp thành công: phiên bản số 1.');
    expect(alerts.at(-1)).toContain('đã được nộp trước đó (phiên bản số 1)');
    a.call('menuShowStatus');
    const status = a.ui.sidebars
      .at(-1)
      ?._payload<{ unit: { status: string; latestVersion: number; rows: number } }>();
    expect(status?.unit).toMatchObject({ status: 'clean', latestVersion: 1, rows: 3 });
    const lists = a.ui.sidebars.at(-1)?._payload<{ lists: Array<Record<string, unknown>> | null }>().lists;
    expect(lists).toMatchObject([
      {
        kind: 'individual',
        label: 'Cá nhân',
        submitted: true,
        version: 1,
        status: 'clean',
        rows: 3,
        errors: 0,
      },
      { kind: 'collective', label: 'Tập thể', submitted: false, statusLabel: 'Chưa nộp' },
    ]);
    // Stored at the submit, however long the machine took: between the moments before and after that call.
    const submittedAt = Date.parse(String(lists?.[0]?.submittedAt));
    expect(submittedAt).toBeGreaterThanOrEqual(before);
    expect(submittedAt).toBeLessThanOrEqual(after);
  });

  it('board: consolidates under the sidebar runId while polling its progress; the polled status ends as the result', async () => {
    const polled: RunPayload[] = [];
    let runId = '';
    const a: Addon = await connectedWith(BOARD_EMAIL, UNIT, (request) => {
      if (!request.url.endsWith('/consolidate')) return http.handler(request);
      const pending = longCall.begin(request);
      for (;;) {
        const answer = pending.take();
        if (answer) return answer;
        polled.push(a.call('consolidationProgress', runId) as RunPayload);
        pause(20);
      }
    });
    const requestsBefore = a.urlFetch.requests.length;
    a.call('menuConsolidate');
    expect(a.urlFetch.requests.length).toBe(requestsBefore);
    runId = a.ui.sidebars.at(-1)?._payload<{ runId: string }>().runId ?? '';
    expect(a.call('consolidationProgress', runId)).toMatchObject({ state: 'pending', percent: 0 });

    const result = a.call('runConsolidation', runId, { notifyUnits: false, writeSheet: true }) as RunPayload;
    expect(result).toMatchObject({ runId, state: 'done', percent: 100 });
    expect(result.version).toBeGreaterThanOrEqual(1);
    expect(result.totals.find((t) => t.label === 'Đơn vị đã nộp')?.value).toBeGreaterThanOrEqual(1);
    expect(result.sheet?.written).toBe(false);
    expect(result.sheet?.text).toContain('Chưa ghi được vào bảng tính tổng hợp');
    expect(a.urlFetch._posted('consolidate')).toEqual([
      { campaignId: CAMPAIGN, runId, notifyUnits: false, writeSheet: true },
    ]);

    const states = polled.map((p) => p.state);
    expect(states.length).toBeGreaterThanOrEqual(1);
    expect(states.every((s) => ['pending', 'running', 'done'].includes(s))).toBe(true);
    const percents = polled.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((x, y) => x - y));
    const final = a.call('consolidationProgress', runId) as RunPayload;
    expect(final).toMatchObject({
      runId,
      state: 'done',
      stage: 'done',
      percent: 100,
      version: result.version,
    });
    expect(final.totals).toEqual(result.totals);
    expect(final.changes).toEqual(result.changes);
    expect(final.duplicates).toEqual(result.duplicates);
    console.log(
      `e2e consolidate: ${polled.length} polls during the call (${[...new Set(states)].join(' → ')}), version ${result.version}`,
    );

    const again = a.call('runConsolidation', runId, {}) as RunPayload;
    expect(again.version).toBe(result.version);
    a.call('menuConsolidate');
    const nextRun = a.ui.sidebars.at(-1)?._payload<{ runId: string }>().runId ?? '';
    expect(nextRun).not.toBe(runId);
    expect(a.call('runConsolidation', nextRun, {})).toMatchObject({ version: result.version, reused: true });
  });

  it('board: sees every unit with the missing ones first', async () => {
    const a = await connected(BOARD_EMAIL, UNIT);
    a.call('menuSubmissionOverview');
    const payload = overviewOf(a);
    expect(payload.units.length).toBe(12);
    const order = payload.units.map((u) =>
      ['not_submitted', 'with_errors', 'clean', 'reviewed'].indexOf(u.status),
    );
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(payload.units[0]?.status).toBe('not_submitted');
  });

  it('shows a unit user only their own unit in the overview (the server filters)', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    a.call('menuSubmissionOverview');
    expect(overviewOf(a).units.map((u) => u.unitId)).toEqual([UNIT]);
  });

  it('checks and paints a 1,000-row sheet through the real server within 11 spreadsheet calls', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    const sheet = withTemplate(a);
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row(sheet, {
        STT: i + 1,
        'Họ và tên': `Nguyễn Văn Số ${i + 1}`,
        'Giới tính': 'Nam',
        'Năm sinh': 1970 + (i % 30),
        'Số CCCD': i % 3 ? '020080001234' : '123',
        'Dân tộc': 'Kinh',
        'Hình thức đề nghị': 'Lao động tiên tiến',
        'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
      }),
    );
    sheet._fill(rows, 2);
    a.log.reset();
    const started = performance.now();
    a.call('menuCheckList');
    const millis = Math.round(performance.now() - started);
    const painted = sheet._backgrounds.flat().filter((c) => c === '#f4c7c3').length;
    expect(painted).toBeGreaterThanOrEqual(334);
    // 11: the read, one range read of the "Hồ sơ" column's rich text (smart chips' links), the paint.
    expect(a.log.spreadsheetCalls()).toBeLessThanOrEqual(11);
    console.log(
      `e2e 1,000 rows: ${a.log.spreadsheetCalls()} spreadsheet calls, ${a.log.count()} service calls, ${painted} error cells, ${millis} ms`,
    );
  });
});
