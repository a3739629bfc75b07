// "Tổng hợp toàn tỉnh" in the built Code.js: the menu handler only opens the sidebar; the page's runConsolidation
// runs consolidate under its runId, consolidationProgress maps the run status; one run at a time per spreadsheet.
import { describe, expect, it } from 'vitest';
import { runIdSchema } from '../../../../shared/api/consolidation';
import type { Addon } from '../../../fakes/apps-script/sandbox';
import { type FetchAnswer, json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { readRecording, replay } from '../../support/recordings';
import { addon, CAMPAIGN, connect } from '../../support/world';

const RUN = '3f6c2a0e-9b1d-4c52-8f0a-6f1e2d3c4b5a';
const MARKER = 'tonvinh.consolidationRun';

interface RecordedRun {
  runId: string;
  masterVersion: number;
  totals: { entries: number; undecidedGroups: number };
  changes: { added: string[]; removed: string[]; changed: unknown[]; newDuplicateGroups: string[] };
  duplicates: Array<{ kind: string; decision?: string }>;
  sheet?: { tabs: unknown[]; spreadsheetId: string };
}

/** The recorded consolidate answer, echoing the page's runId as the server does. */
const doneAnswer = (runId: string, name = 'done'): FetchAnswer => {
  const answer = replay('consolidate', name);
  return { ...answer, body: JSON.stringify({ ...(JSON.parse(answer.body) as object), runId }) };
};
const recordedRun = (name = 'done') => readRecording('consolidate', name).body as RecordedRun;
const result = recordedRun();

async function board(routes: Record<string, (body: unknown) => FetchAnswer>): Promise<Addon> {
  const a = await addon({ fetch: jsonRoutes(routes) });
  connect(a);
  return a;
}

interface Payload {
  runId: string;
  state: string;
  stage: string;
  stageLabel: string;
  countText: string;
  percent: number;
  message: string;
  version: number | null;
  notified: boolean;
  totals: Array<{ label: string; value: number }>;
  changes: Array<{ label: string; value: number }>;
  duplicates: { groups: number; probable: number; undecided: number } | null;
  sheet: { written: boolean; text: string; url: string } | null;
}

describe('menuConsolidate', () => {
  it('opens the sidebar with a fresh runId the server accepts, and calls no server', async () => {
    const a = await board({});
    a.call('menuConsolidate');
    expect(a.urlFetch.requests).toEqual([]);
    expect(a.log.count((c) => c.service === 'UrlFetchApp')).toBe(0);
    const payload = a.ui.sidebars[0]?._payload<{ runId: string; pollMs: number; active: unknown }>();
    expect(payload).toEqual({ runId: a.utilities.uuids[0], pollMs: 1500, active: null });
    expect(runIdSchema.safeParse(payload?.runId).success).toBe(true);
    a.call('menuConsolidate');
    expect(a.ui.sidebars[1]?._payload<{ runId: string }>().runId).not.toBe(payload?.runId);
  });

  it('asks to connect first when the spreadsheet is not connected', async () => {
    const a = await addon({});
    a.call('menuConsolidate');
    expect(a.ui.sidebars).toHaveLength(0);
    expect(a.ui._alerts().join('\n')).toContain('Bảng tính chưa được kết nối với chiến dịch.');
  });
});

describe('runConsolidation', () => {
  it('runs consolidate under the page runId with its options and answers totals, changes and duplicates', async () => {
    const a = await board({ consolidate: (body) => doneAnswer((body as { runId: string }).runId) });
    const done = a.call('runConsolidation', RUN, { notifyUnits: true, writeSheet: false }) as Payload;
    expect(a.urlFetch._posted('consolidate')).toEqual([
      { campaignId: CAMPAIGN, runId: RUN, notifyUnits: true, writeSheet: false },
    ]);
    expect(done).toMatchObject({
      runId: RUN,
      state: 'done',
      percent: 100,
      version: result.masterVersion,
      notified: true,
    });
    expect(done.totals[0]).toEqual({ label: 'Tổng số trường hợp', value: result.totals.entries });
    expect(done.changes).toEqual([
      { label: 'Thêm mới', value: result.changes.added.length },
      { label: 'Không còn trong danh sách', value: result.changes.removed.length },
      { label: 'Thay đổi thông tin', value: result.changes.changed.length },
      { label: 'Nhóm trùng lặp mới', value: result.changes.newDuplicateGroups.length },
    ]);
    expect(done.duplicates).toEqual({
      groups: result.duplicates.length,
      probable: result.duplicates.filter((g) => g.kind === 'probable').length,
      undecided: result.totals.undecidedGroups,
    });
    expect(done.sheet).toBeNull();
    expect(a.properties.document.getProperty(MARKER)).toBeNull();
  });

  it('turns options on only when the page sends true, and shows the master sheet outcome', async () => {
    const sheet = recordedRun('with-sheet').sheet;
    const a = await board({
      consolidate: (body) => doneAnswer((body as { runId: string }).runId, 'with-sheet'),
    });
    const done = a.call('runConsolidation', RUN, { notifyUnits: 'yes', writeSheet: true }) as Payload;
    expect(a.urlFetch._posted('consolidate')).toEqual([
      { campaignId: CAMPAIGN, runId: RUN, notifyUnits: false, writeSheet: true },
    ]);
    expect(done.notified).toBe(false);
    expect(done.sheet).toEqual({
      written: true,
      text: `Đã ghi vào bảng tính tổng hợp (${sheet?.tabs.length} trang).`,
      url: `https://docs.google.com/spreadsheets/d/${sheet?.spreadsheetId}`,
    });
  });

  it('refuses a run id the server would refuse, before any request', async () => {
    const a = await board({});
    expect(() => a.call('runConsolidation', 'x/1', {})).toThrow(
      'Mã lượt tổng hợp không hợp lệ. Hãy đóng thanh bên rồi chọn lại “Tổng hợp toàn tỉnh”.',
    );
    expect(a.urlFetch.requests).toEqual([]);
  });

  it('does not start a second run while this spreadsheet has one in progress: it answers that run to follow', async () => {
    let second: Payload | undefined;
    const a: Addon = await board({
      consolidate: (body) => {
        second = a.call('runConsolidation', 'second-run-0001', {}) as Payload;
        return doneAnswer((body as { runId: string }).runId);
      },
    });
    const first = a.call('runConsolidation', RUN, {}) as Payload;
    expect(first.state).toBe('done');
    expect(second).toMatchObject({ state: 'busy', runId: RUN, percent: 0 });
    expect(second?.message).toContain('Một lượt tổng hợp khác đã được bắt đầu từ bảng tính này');
    expect(a.urlFetch._posted('consolidate')).toHaveLength(1);
    expect(a.properties.document.getProperty(MARKER)).toBeNull();
    a.call('runConsolidation', 'third-run-0001', {});
    expect(a.urlFetch._posted('consolidate')).toHaveLength(2);
  });

  it('hands the run in progress to a newly opened sidebar, and ignores a marker older than Apps Script allows', async () => {
    const a = await board({});
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    a.properties.document.setProperty(MARKER, JSON.stringify({ runId: 'other-run-01', startedAt }));
    a.call('menuConsolidate');
    expect(a.ui.sidebars[0]?._payload<{ active: unknown }>().active).toEqual({
      runId: 'other-run-01',
      startedAt,
    });
    const old = new Date(Date.now() - 8 * 60_000).toISOString();
    a.properties.document.setProperty(MARKER, JSON.stringify({ runId: 'other-run-01', startedAt: old }));
    a.call('menuConsolidate');
    expect(a.ui.sidebars[1]?._payload<{ active: unknown }>().active).toBeNull();
  });

  it('answers busy with the server message when the server refuses a concurrent run', async () => {
    const message = 'Một lượt tổng hợp khác vừa ghi phiên bản mới. Hãy chạy tổng hợp lại sau ít giây.';
    const a = await board({
      consolidate: () => json(409, { error: { code: 'CONSOLIDATION_IN_PROGRESS', message } }),
    });
    expect(a.call('runConsolidation', RUN, {})).toMatchObject({ state: 'busy', runId: '', message });
    expect(a.properties.document.getProperty(MARKER)).toBeNull();
  });

  it('fails with a Vietnamese message on a server error and releases the spreadsheet', async () => {
    const a = await board({
      consolidate: () => json(503, { error: { code: 'STORE_UNAVAILABLE', message: 'x' } }),
    });
    expect(() => a.call('runConsolidation', RUN, {})).toThrow(/^Máy chủ đang gặp sự cố/);
    expect(a.properties.document.getProperty(MARKER)).toBeNull();
  });
});

describe('consolidationProgress', () => {
  const status = (body: Record<string, unknown>) => ({
    consolidationStatus: () =>
      json(200, { runId: RUN, campaignId: CAMPAIGN, masterVersion: null, message: 'Đang đọc', ...body }),
  });

  it('maps a running status to stage, done/total and percent', async () => {
    const a = await board(status({ state: 'running', stage: 'reading', done: 6, total: 12, progress: 0.25 }));
    expect(a.call('consolidationProgress', RUN)).toMatchObject({
      runId: RUN,
      state: 'running',
      stage: 'reading',
      stageLabel: 'Bước 1/3 – Đọc danh sách của các đơn vị',
      countText: '6/12 đơn vị',
      percent: 25,
      version: null,
      totals: [],
    });
    expect(a.urlFetch._posted('consolidationStatus')).toEqual([{ campaignId: CAMPAIGN, runId: RUN }]);
  });

  it('reads the figures under result once done (recorded)', async () => {
    const a = await board({ consolidationStatus: () => replay('consolidationStatus', 'done') });
    const done = a.call('consolidationProgress', RUN) as Payload;
    expect(done).toMatchObject({
      state: 'done',
      stageLabel: 'Hoàn tất',
      percent: 100,
      version: result.masterVersion,
    });
    expect(done.duplicates).toEqual({
      groups: result.duplicates.length,
      probable: result.duplicates.filter((g) => g.kind === 'probable').length,
      undecided: result.totals.undecidedGroups,
    });
  });

  it('says pending while the server has no such run yet', async () => {
    const a = await board({ consolidationStatus: () => replay('consolidationStatus', 'unknown-run') });
    expect(a.call('consolidationProgress', RUN)).toMatchObject({
      runId: RUN,
      state: 'pending',
      stageLabel: 'Đang chờ máy chủ bắt đầu',
      percent: 0,
    });
  });

  it('passes the failed state and its message through', async () => {
    const message = 'Lượt tổng hợp bị lỗi; danh sách tổng hợp trước đó vẫn giữ nguyên. Hãy chạy lại.';
    const a = await board(
      status({ state: 'failed', stage: 'failed', done: 0, total: 0, progress: 0, message }),
    );
    expect(a.call('consolidationProgress', RUN)).toMatchObject({ state: 'failed', message });
  });
});
