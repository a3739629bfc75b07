// The sidebar pages in real Chromium at the Apps Script sidebar width (300 px), with a stubbed google.script.run.
// The pages render from their scripts and from google.script.run answers, so every read of the page polls
// (`shown`, `expect.poll`, the timeout is vitest.config.ts's expect.poll.timeout) or follows one that did: no test
// depends on how fast the machine renders.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, SidebarPages } from '../../../support/sidebar-pages';

// __results[name]: { value } or { fail: message }; { sequence: [...] } answers each call with the next item (the
// last repeats); { hold: true } keeps the call running until the test settles it through __held[name].
const STUB = `
window.__calls = [];
window.__results = {};
window.__held = {};
function __runner(success, failure) {
  return new Proxy({}, {
    get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (fn) { return __runner(fn, failure); };
      if (name === 'withFailureHandler') return function (fn) { return __runner(success, fn); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        window.__calls.push({ name: name, args: args });
        var result = window.__results[name];
        if (result && result.hold) {
          (window.__held[name] = window.__held[name] || []).push({ success: success, failure: failure });
          return;
        }
        if (result && result.sequence) result = { value: result.sequence.length > 1 ? result.sequence.shift() : result.sequence[0] };
        setTimeout(function () {
          if (result && result.fail) { if (failure) failure(new Error(result.fail)); }
          else if (success) success(result ? result.value : null);
        }, 0);
      };
    }
  });
}
window.google = { script: { run: __runner(null, null) } };
`;

const pages = new SidebarPages();

beforeAll(() => pages.start(), 60_000);
afterAll(() => pages.close());

/** Opens a page; `results` are the stub's answers from the first call on (a page may call while loading). */
async function open(name: string, payload: unknown, results: Record<string, unknown> = {}): Promise<Page> {
  const script = `${STUB}\nwindow.__results = ${JSON.stringify(results)};`;
  const { page, errors } = await pages.open(name, payload, { script, height: 700, escapeLt: true });
  expect(errors).toEqual([]);
  return page;
}

interface Stubbed {
  __calls: Array<{ name: string; args: unknown[] }>;
  __results: Record<string, unknown>;
}

/** Polls the locator's text until the matcher holds (`await shown(l).toBe('…')`). */
function shown(locator: Locator) {
  return expect.poll(() => locator.textContent());
}

/** Polls how many elements the locator matches. */
function countOf(locator: Locator) {
  return expect.poll(() => locator.count());
}

/** Polls whether the locator is visible. */
function visible(locator: Locator) {
  return expect.poll(() => locator.isVisible());
}

async function calls(page: Page): Promise<Stubbed['__calls']> {
  return page.evaluate(() => (globalThis as unknown as Stubbed).__calls);
}

/** What the stubbed google.script.run answers to `name`: `{ value }` or `{ fail: message }`. */
async function answer(page: Page, name: string, result: unknown): Promise<void> {
  await page.evaluate(
    ([n, r]) => {
      (globalThis as unknown as Stubbed).__results[n as string] = r;
    },
    [name, result] as const,
  );
}

/** A screenshot in test-artifacts/ only (these pages are not the guide's pictures). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const issuesPayload = {
  sheetName: 'Cá nhân',
  title: 'Kết quả kiểm tra trang “Cá nhân”',
  summary: { rows: 3, validRows: 1, errorRows: 2, errors: 3, warnings: 1 },
  issues: [
    {
      row: 3,
      column: 7,
      cell: 'G3',
      header: 'Số CCCD',
      severity: 'error',
      code: 'cccd.format',
      message: 'Số CCCD "2008500123" không hợp lệ: cần đúng 12 chữ số.',
    },
    {
      row: 4,
      column: 3,
      cell: 'C4',
      header: 'Giới tính',
      severity: 'error',
      code: 'required.missing',
      message: 'Chưa nhập "Giới tính". Đây là thông tin bắt buộc.',
    },
    {
      row: 4,
      column: 6,
      cell: 'F4',
      header: 'Dân tộc',
      severity: 'error',
      code: 'ethnicity.unknown',
      message: 'Không tìm thấy dân tộc "Xyz" trong danh mục 54 dân tộc.',
    },
    {
      row: 4,
      column: 21,
      cell: 'U4',
      header: 'Hình thức đề nghị',
      severity: 'warning',
      code: 'eligibility.unverifiable',
      message: 'Chưa đủ thông tin để kiểm tra điều kiện của "Lao động tiên tiến". Hãy bổ sung "Xếp loại".',
    },
  ],
  outside: 0,
  notice: '3 dòng: 1 hợp lệ, 2 có lỗi; 3 lỗi, 1 lưu ý.',
};

describe('SidebarIssues', () => {
  it('lists the issues, selects the clicked cell through google.script.run and filters by severity', async () => {
    const page = await open('SidebarIssues', issuesPayload);
    await answer(page, 'selectIssueCell', {
      value: 'C4',
    });
    await countOf(page.locator('.issue')).toBe(4);
    await page.locator('.issue').nth(1).click();
    await expect
      .poll(() => page.locator('#message').textContent())
      .toBe('Đã chọn ô C4 trên trang “Cá nhân”.');
    await expect.poll(() => calls(page)).toEqual([{ name: 'selectIssueCell', args: ['Cá nhân', 4, 3] }]);
    await shown(page.locator('.issue.selected .cell')).toBe('Lỗi C4');
    await shoot(page, 'issues');
    await page.locator('#f-warning').click();
    await countOf(page.locator('.issue')).toBe(1);
    await shown(page.locator('#f-error')).toBe('Lỗi (3)');
    await page.close();
  });

  it('shows the Vietnamese failure message when the cell cannot be selected', async () => {
    const page = await open('SidebarIssues', issuesPayload);
    await answer(page, 'selectIssueCell', {
      fail: 'Không tìm thấy trang tính “Cá nhân”.',
    });
    await page.locator('.issue').first().click();
    await expect
      .poll(() => page.locator('#message.error-box').textContent())
      .toBe('Không tìm thấy trang tính “Cá nhân”.');
    await page.close();
  });

  it('says the list is clean when there is no issue', async () => {
    const page = await open('SidebarIssues', {
      ...issuesPayload,
      issues: [],
      summary: { rows: 3, validRows: 3, errorRows: 0, errors: 0, warnings: 0 },
    });
    await visible(page.locator('#empty')).toBe(true);
    await page.close();
  });
});

describe('SidebarDuplicates', () => {
  const payload = {
    version: 2,
    groups: [
      {
        groupId: 'g1',
        memberKeys: ['so-y-te|k1', 'x-dong-dang|k2'],
        score: 92,
        reasons: ['Trùng họ tên và năm sinh, khác dấu: “Nguyễn Văn An” / “Nguyen Van An”.'],
        members: [
          {
            rowId: 'so-y-te:individual:3',
            displayName: 'Nguyễn Văn An',
            unit: 'Sở Y tế',
            detail: '1980 · Bệnh viện Đa khoa tỉnh · dòng 3',
          },
          {
            rowId: 'x-dong-dang:individual:7',
            displayName: 'Nguyen Van An',
            unit: 'Xã Đồng Đăng',
            detail: '1980 · dòng 7',
          },
        ],
        decision: '',
      },
      {
        groupId: 'g2',
        memberKeys: ['so-noi-vu|k3', 'tinh-doan|k4'],
        score: 71,
        reasons: ['Họ tên gần giống (sai một ký tự) và cùng năm sinh.'],
        members: [
          { rowId: 'a', displayName: 'Hoàng Thị Lan', unit: 'Sở Nội vụ', detail: '1991 · dòng 4' },
          { rowId: 'b', displayName: 'Hoàng Thị Lân', unit: 'Tỉnh đoàn Lạng Sơn', detail: '1991 · dòng 12' },
        ],
        decision: '',
      },
    ],
  };

  it('records "Cùng một người" and "Khác người" through google.script.run and marks the groups decided', async () => {
    const page = await open('SidebarDuplicates', payload);
    await shown(page.locator('#summary')).toBe('2 nhóm nghi trùng, còn 2 nhóm chưa rà soát.');
    await shoot(page, 'duplicates');
    await page.locator('[data-group="g1"] .same').click();
    await expect
      .poll(() => page.locator('[data-group="g1"] .status').textContent())
      .toBe('Đã xác định: cùng một người.');
    await page.locator('[data-group="g2"] .different').click();
    await expect
      .poll(() => page.locator('[data-group="g2"] .status').textContent())
      .toBe('Đã xác định: khác người.');
    await expect
      .poll(() => calls(page))
      .toEqual([
        { name: 'decideDuplicate', args: ['g1', ['so-y-te|k1', 'x-dong-dang|k2'], 'same'] },
        { name: 'decideDuplicate', args: ['g2', ['so-noi-vu|k3', 'tinh-doan|k4'], 'different'] },
      ]);
    await expect.poll(() => page.locator('[data-group="g1"].decided .same').isDisabled()).toBe(true);
    await shown(page.locator('#summary')).toBe('2 nhóm nghi trùng, còn 0 nhóm chưa rà soát.');
    await shoot(page, 'duplicates-decided');
    await page.close();
  });

  it('re-enables the buttons and shows the message when the server refuses', async () => {
    const page = await open('SidebarDuplicates', payload);
    await answer(page, 'decideDuplicate', {
      fail: 'Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
    });
    await page.locator('[data-group="g1"] .same').click();
    await expect
      .poll(() => page.locator('#message').textContent())
      .toBe('Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.');
    await expect.poll(() => page.locator('[data-group="g1"] .same').isDisabled()).toBe(false);
    await page.close();
  });
});

interface Held {
  __held: Record<string, Array<{ success: (v: unknown) => void; failure: (e: Error) => void }>>;
}

async function heldCalls(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => (globalThis as unknown as Held).__held[n]?.length ?? 0, name);
}

/** Settles the first held call to `name` (waiting until the page has made one): with a value, or as a failure
 *  with `fail`. */
async function settle(page: Page, name: string, outcome: { value?: unknown; fail?: string }): Promise<void> {
  await expect.poll(() => heldCalls(page, name)).toBeGreaterThan(0);
  await page.evaluate(
    ([n, o]) => {
      const held = (globalThis as unknown as Held).__held[n as string]?.shift();
      if (!held) throw new Error(`no held call to ${n as string}`);
      const { value, fail } = o as { value?: unknown; fail?: string };
      if (fail !== undefined) held.failure(new Error(fail));
      else held.success(value);
    },
    [name, outcome] as const,
  );
}

/** Settles every call to `name` held so far (there may be none). */
async function settleAll(
  page: Page,
  name: string,
  outcome: { value?: unknown; fail?: string },
): Promise<void> {
  for (let n = await heldCalls(page, name); n > 0; n--) await settle(page, name, outcome);
}

async function callsTo(page: Page, name: string): Promise<unknown[][]> {
  return (await calls(page)).filter((c) => c.name === name).map((c) => c.args);
}

/** Waits `ms` of the page's own timer time. Chromium runs due timers in order, so every poll the page had
 *  scheduled within that span has run before this returns, however slow the machine: a check that the page
 *  stopped polling needs no wall-clock sleep. */
async function pageTimePasses(page: Page, ms: number): Promise<void> {
  await page.evaluate((wait) => new Promise<void>((resolve) => setTimeout(resolve, wait)), ms);
}

/** Records every width the progress bar takes (aria-valuenow), from now on. */
async function recordBar(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      __bar: number[];
      document: { getElementById(id: string): { getAttribute(n: string): string | null } };
      MutationObserver: new (
        fn: () => void,
      ) => { observe(el: unknown, o: { attributes: boolean; attributeFilter: string[] }): void };
    };
    g.__bar = [];
    const bar = g.document.getElementById('bar');
    new g.MutationObserver(() => {
      const value = Number(bar.getAttribute('aria-valuenow'));
      if (g.__bar.at(-1) !== value) g.__bar.push(value);
    }).observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

const RUN = '3f6c2a0e-9b1d-4c52-8f0a-6f1e2d3c4b5a';

function run(state: string, extra: Record<string, unknown> = {}) {
  return {
    runId: RUN,
    state,
    stage: state,
    stageLabel: '',
    done: 0,
    total: 0,
    countText: '',
    percent: 0,
    message: '',
    version: null,
    reused: false,
    notified: false,
    totals: [],
    changes: [],
    duplicates: null,
    sheet: null,
    ...extra,
  };
}

const progressSteps = [
  run('pending', { stageLabel: 'Đang chờ máy chủ bắt đầu' }),
  run('running', {
    stage: 'reading',
    stageLabel: 'Bước 1/3 – Đọc danh sách của các đơn vị',
    done: 6,
    total: 12,
    countText: '6/12 đơn vị',
    percent: 25,
  }),
  run('running', { stage: 'matching', stageLabel: 'Bước 2/3 – Đối chiếu trùng lặp', percent: 55 }),
  run('running', {
    stage: 'writing',
    stageLabel: 'Bước 3/3 – Lưu phiên bản tổng hợp',
    done: 3,
    total: 5,
    countText: '3/5 phần dữ liệu',
    percent: 81,
  }),
];

const finished = run('done', {
  stageLabel: 'Hoàn tất',
  percent: 100,
  version: 3,
  notified: true,
  totals: [
    { label: 'Tổng số trường hợp', value: 1284 },
    { label: 'Cá nhân', value: 1100 },
    { label: 'Tập thể', value: 184 },
    { label: 'Đơn vị đã nộp', value: 12 },
    { label: 'Dòng lỗi bị loại', value: 4 },
    { label: 'Đề nghị nhiều hình thức', value: 1 },
  ],
  changes: [
    { label: 'Thêm mới', value: 15 },
    { label: 'Không còn trong danh sách', value: 2 },
    { label: 'Thay đổi thông tin', value: 7 },
    { label: 'Nhóm trùng lặp mới', value: 1 },
  ],
  duplicates: { groups: 9, probable: 3, undecided: 2 },
  sheet: {
    written: true,
    text: 'Đã ghi vào bảng tính tổng hợp (5 trang).',
    url: 'https://docs.google.com/spreadsheets/d/sheet-1',
  },
});

describe('SidebarConsolidate', () => {
  const opening = { runId: RUN, pollMs: 120, active: null };

  it('starts the run with the chosen options, advances the bar from the polls, then shows the totals', async () => {
    const page = await open('SidebarConsolidate', opening);
    await page.locator('#start').waitFor({ state: 'visible' });
    // Rendered and ready: nothing started and nothing called before the click.
    expect(await page.locator('#progress-box').isVisible()).toBe(false);
    expect(await calls(page)).toEqual([]);
    await answer(page, 'runConsolidation', { hold: true });
    await answer(page, 'consolidationProgress', { sequence: progressSteps.slice() });
    await recordBar(page);
    await page.locator('#notify-units').check();
    await page.locator('#start').click();
    await expect
      .poll(() => callsTo(page, 'runConsolidation'))
      .toEqual([[RUN, { notifyUnits: true, writeSheet: false }]]);
    await visible(page.locator('#setup')).toBe(false);
    await shown(page.locator('#stage')).toBe('Bước 3/3 – Lưu phiên bản tổng hợp: 3/5 phần dữ liệu');
    await shown(page.locator('#state')).toBe('Đang tổng hợp… 81%');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { __bar: number[] }).__bar))
      .toEqual([0, 25, 55, 81]);
    expect((await callsTo(page, 'consolidationProgress')).every((args) => args[0] === RUN)).toBe(true);
    await shoot(page, 'consolidate-progress');

    await settle(page, 'runConsolidation', { value: finished });
    await visible(page.locator('#result')).toBe(true);
    await shown(page.locator('#done')).toBe('Đã tổng hợp xong: phiên bản danh sách số 3.');
    await shown(page.locator('#totals')).toContain('1.284');
    await shown(page.locator('#changes')).toContain('Thêm mới15');
    await shown(page.locator('#duplicates')).toBe(
      '9 nhóm trùng lặp (3 nhóm nghi trùng, còn 2 nhóm chưa rà soát). Mở “Rà soát trùng lặp” để xác định.',
    );
    await visible(page.locator('#notified')).toBe(true);
    await expect
      .poll(() => page.locator('#sheet a').getAttribute('href'))
      .toBe('https://docs.google.com/spreadsheets/d/sheet-1');
    await expect.poll(() => page.locator('#bar').getAttribute('aria-valuenow')).toBe('100');
    const polls = (await callsTo(page, 'consolidationProgress')).length;
    await pageTimePasses(page, 5 * opening.pollMs);
    expect((await callsTo(page, 'consolidationProgress')).length).toBe(polls);
    await shoot(page, 'consolidate');
    await page.close();
  });

  it('keeps polling when the call fails but the server is still running, and shows the result once done', async () => {
    const page = await open('SidebarConsolidate', opening);
    // The polls are held and answered one by one, so the notice shown while running cannot be replaced by the
    // result before the test has read it, however slow the machine.
    await answer(page, 'runConsolidation', { hold: true });
    await answer(page, 'consolidationProgress', { hold: true });
    await page.locator('#start').click();
    await settle(page, 'runConsolidation', { fail: 'Exceeded maximum execution time' });
    await settle(page, 'consolidationProgress', { value: progressSteps[1] });
    await shown(page.locator('#notice')).toBe('Máy chủ vẫn đang tổng hợp; tiếp tục theo dõi tiến độ.');
    await settle(page, 'consolidationProgress', { value: progressSteps[3] });
    await shown(page.locator('#stage')).toBe('Bước 3/3 – Lưu phiên bản tổng hợp: 3/5 phần dữ liệu');
    await answer(page, 'consolidationProgress', { value: finished });
    await settleAll(page, 'consolidationProgress', { value: finished });
    await visible(page.locator('#result')).toBe(true);
    await shown(page.locator('#done')).toBe('Đã tổng hợp xong: phiên bản danh sách số 3.');
    await visible(page.locator('#message')).toBe(false);
    expect(await callsTo(page, 'runConsolidation')).toHaveLength(1);
    await page.close();
  });

  it('shows the call failure when the server never started the run, and offers to run again', async () => {
    const page = await open('SidebarConsolidate', opening);
    await answer(page, 'runConsolidation', { fail: 'Máy chủ đang gặp sự cố, vui lòng thử lại sau ít phút.' });
    await answer(page, 'consolidationProgress', { value: progressSteps[0] });
    await page.locator('#start').click();
    await expect
      .poll(() => page.locator('#message.error-box').textContent())
      .toBe('Máy chủ đang gặp sự cố, vui lòng thử lại sau ít phút.');
    await shown(page.locator('#start')).toBe('Chạy lại tổng hợp');
    await expect.poll(() => page.locator('#start').isEnabled()).toBe(true);
    await page.close();
  });

  it('says clearly that another run is in progress when the server refuses, and allows a retry', async () => {
    const message = 'Một lượt tổng hợp khác vừa ghi phiên bản mới. Hãy chạy tổng hợp lại sau ít giây.';
    const page = await open('SidebarConsolidate', opening);
    await answer(page, 'runConsolidation', { value: run('busy', { runId: '', message }) });
    await answer(page, 'consolidationProgress', { hold: true });
    await page.locator('#start').click();
    await expect
      .poll(() => page.locator('#message.warn-box').textContent())
      .toBe(`Đang có lượt tổng hợp khác. ${message}`);
    await shown(page.locator('#start')).toBe('Thử lại');
    await shoot(page, 'consolidate-busy');
    await page.close();
  });

  it('follows the run this spreadsheet already has in progress instead of offering to start one', async () => {
    // The polls are held: the notice stays until the test answers them (with the old immediate answers a slow
    // machine could see the finished run, which clears the notice, before reading it).
    const page = await open(
      'SidebarConsolidate',
      { ...opening, active: { runId: 'other-run-01', startedAt: new Date().toISOString() } },
      { consolidationProgress: { hold: true } },
    );
    await shown(page.locator('#notice')).toBe(
      'Một lượt tổng hợp đang chạy từ bảng tính này; đang theo dõi tiến độ của lượt đó.',
    );
    await visible(page.locator('#setup')).toBe(false);
    await settle(page, 'consolidationProgress', { value: progressSteps[2] });
    await shown(page.locator('#stage')).toBe('Bước 2/3 – Đối chiếu trùng lặp');
    await answer(page, 'consolidationProgress', { value: finished });
    await settleAll(page, 'consolidationProgress', { value: finished });
    await visible(page.locator('#result')).toBe(true);
    expect(await callsTo(page, 'runConsolidation')).toEqual([]);
    expect((await callsTo(page, 'consolidationProgress'))[0]).toEqual(['other-run-01']);
    await page.close();
  });
});

const list = (kind: string, label: string, extra: Record<string, unknown>) => ({
  kind,
  label,
  submitted: true,
  version: 1,
  submittedAt: '2026-05-01T01:00:00.000Z',
  status: 'clean',
  statusLabel: 'Hợp lệ',
  rows: 10,
  validRows: 10,
  errorRows: 0,
  errors: 0,
  warnings: 0,
  onTime: true,
  ...extra,
});

const notSubmitted = (kind: string, label: string) =>
  list(kind, label, {
    submitted: false,
    version: null,
    submittedAt: '',
    status: 'not_submitted',
    statusLabel: 'Chưa nộp',
    rows: 0,
    validRows: 0,
    onTime: null,
  });

describe('SidebarStatus, SidebarOverview', () => {
  const statusPayload = {
    campaignTitle: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
    deadline: new Date(Date.now() + 3 * 86_400_000 + 3_600_000 * 5).toISOString(),
    daysToDeadline: 3,
    deadlineText: 'Còn 3 ngày đến hạn nộp.',
    open: true,
    unit: {
      unitId: 'so-y-te',
      name: 'Sở Y tế',
      kind: 'department',
      status: 'with_errors',
      statusLabel: 'Đã nộp, còn lỗi',
      latestVersion: 3,
      submittedAt: '2026-05-02T02:30:00.000Z',
      versions: 3,
      rows: 20,
      validRows: 18,
      errorRows: 2,
      errors: 3,
      warnings: 1,
      onTime: true,
    },
    lists: [
      list('individual', 'Cá nhân', { version: 2, rows: 14, validRows: 14 }),
      list('collective', 'Tập thể', {
        version: 3,
        submittedAt: '2026-05-02T02:30:00.000Z',
        status: 'with_errors',
        statusLabel: 'Còn lỗi',
        rows: 6,
        validRows: 4,
        errorRows: 2,
        errors: 3,
        warnings: 1,
      }),
    ],
    returned: [
      {
        name: 'Phạm Văn Đức',
        note: 'Bổ sung số quyết định khen thưởng đã đạt.',
        state: 'needsInfo',
        sheetRow: 9,
      },
    ],
  };

  it('shows the unit status, each list with version, time, status and errors, the countdown and returned nominees', async () => {
    const page = await open('SidebarStatus', statusPayload);
    await shown(page.locator('#status-badge')).toBe('Đã nộp, còn lỗi');
    await shown(page.locator('#countdown')).toMatch(/^Còn 3 ngày (4|5) giờ \d+ phút$/);
    const individual = page.locator('.list-card[data-kind="individual"]');
    const collective = page.locator('.list-card[data-kind="collective"]');
    await shown(individual.locator('.head')).toBe('Danh sách Cá nhânHợp lệ');
    await shown(individual).toContain('Phiên bản số 2 · 01/05/2026 08:00');
    await expect.poll(() => collective.locator('.badge').getAttribute('class')).toBe('badge st-with_errors');
    await shown(collective).toContain('Phiên bản số 3 · 02/05/2026 09:30');
    await shown(collective).toContain('6 dòng: 4 hợp lệ, 2 có lỗi');
    await shown(collective).toContain('3 lỗi, 1 lưu ý');
    await shown(page.locator('#returned li')).toContain('Bổ sung số quyết định khen thưởng đã đạt.');
    await shoot(page, 'status');
    await page.close();
  });

  it('says a list was not submitted, and shows only the totals when the server sends no breakdown', async () => {
    const page = await open('SidebarStatus', {
      ...statusPayload,
      lists: [statusPayload.lists[0], notSubmitted('collective', 'Tập thể')],
    });
    await shown(page.locator('.list-card[data-kind="collective"]')).toBe(
      'Danh sách Tập thểChưa nộpChưa nộp danh sách này.',
    );
    await page.close();
    const old = await open('SidebarStatus', { ...statusPayload, lists: null });
    // The unit table renders with the rest of the page: once it is there, the absent lists are really absent.
    await shown(old.locator('#unit table')).toContain('Số 3');
    expect(await old.locator('.list-card').count()).toBe(0);
    expect(await old.locator('#lists-title').isVisible()).toBe(false);
    await old.close();
  });

  it('colours the units by status with the missing ones first, and lists each unit’s lists', async () => {
    const unit = (
      unitId: string,
      name: string,
      status: string,
      statusLabel: string,
      onTime: boolean | null,
      lists: unknown,
    ) => ({
      unitId,
      name,
      status,
      statusLabel,
      latestVersion: null,
      submittedAt: '',
      rows: 10,
      errors: status === 'with_errors' ? 2 : 0,
      onTime,
      lists,
    });
    const page = await open('SidebarOverview', {
      campaignTitle: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
      deadlineText: 'Đã quá hạn nộp 2 ngày.',
      onTimeRate: 50,
      totals: { units: 4, notSubmitted: 1, withErrors: 1, clean: 1, reviewed: 1, onTime: 2, onTimeRate: 0.5 },
      units: [
        unit('x-huu-lung', 'Xã Hữu Lũng', 'not_submitted', 'Chưa nộp', null, [
          notSubmitted('individual', 'Cá nhân'),
          notSubmitted('collective', 'Tập thể'),
        ]),
        unit('so-y-te', 'Sở Y tế', 'with_errors', 'Đã nộp, còn lỗi', false, [
          list('individual', 'Cá nhân', { version: 2 }),
          list('collective', 'Tập thể', {
            version: 3,
            status: 'with_errors',
            statusLabel: 'Còn lỗi',
            errors: 2,
            onTime: false,
          }),
        ]),
        unit('so-noi-vu', 'Sở Nội vụ', 'clean', 'Đã nộp, hợp lệ', true, [
          list('individual', 'Cá nhân', {}),
          notSubmitted('collective', 'Tập thể'),
        ]),
        unit('tinh-doan', 'Tỉnh đoàn Lạng Sơn', 'reviewed', 'Ban đã rà soát', true, null),
      ],
    });
    await shown(page.locator('#rate')).toBe('50%');
    await expect
      .poll(() => page.locator('tbody tr').first().getAttribute('class'))
      .toBe('st-not_submitted unit-row has-lists');
    const color = () =>
      page
        .locator('tbody tr')
        .first()
        .evaluate(
          (el) =>
            (
              globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
            ).getComputedStyle(el).backgroundColor,
        );
    await expect.poll(color).toBe('rgb(252, 232, 230)');
    await shown(page.locator('[data-unit="so-y-te"]')).toContain('(trễ hạn)');
    await shown(page.locator('[data-lists-of="so-y-te"] [data-kind="collective"]')).toBe(
      'Tập thể: số 3 · 01/05 08:00 · Còn lỗi (2 lỗi) · trễ hạn',
    );
    await shown(page.locator('[data-lists-of="so-noi-vu"] [data-kind="collective"]')).toBe(
      'Tập thể: chưa nộp',
    );
    await countOf(page.locator('[data-lists-of] [data-kind]')).toBe(6);
    expect(await page.locator('[data-lists-of="tinh-doan"]').count()).toBe(0);
    await shoot(page, 'overview');
    await page.close();
  });
});
