// The sidebar pages in real Chromium at the Apps Script sidebar width (300 px), with a stubbed google.script.run.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeHtmlService } from '../../../../fakes/apps-script/html';
import { builtAddon } from '../../../support/built-addon';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = join(import.meta.dirname, '../../../../../test-artifacts/sheets-addon');

const STUB = `
window.__calls = [];
window.__results = {};
function __runner(success, failure) {
  return new Proxy({}, {
    get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (fn) { return __runner(fn, failure); };
      if (name === 'withFailureHandler') return function (fn) { return __runner(success, fn); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        window.__calls.push({ name: name, args: args });
        var result = window.__results[name];
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

let browser: Browser;
let html: FakeHtmlService;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium); browser tests cannot run.`,
    );
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  html = new FakeHtmlService((await builtAddon()).outDir);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(name: string, payload: unknown): Promise<Page> {
  const template = html.createTemplateFromFile(name);
  template.payload = JSON.stringify(payload).replace(/</g, '\\u003c');
  const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const content = template.evaluate().getContent().replace('<head>', `<head><script>${STUB}</script>`);
  await page.setContent(content);
  expect(errors).toEqual([]);
  return page;
}

interface Stubbed {
  __calls: Array<{ name: string; args: unknown[] }>;
  __results: Record<string, unknown>;
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
    expect(await page.locator('.issue').count()).toBe(4);
    await page.locator('.issue').nth(1).click();
    await expect
      .poll(() => page.locator('#message').textContent())
      .toBe('Đã chọn ô C4 trên trang “Cá nhân”.');
    expect(await calls(page)).toEqual([{ name: 'selectIssueCell', args: ['Cá nhân', 4, 3] }]);
    expect(await page.locator('.issue.selected .cell').textContent()).toBe('Lỗi C4');
    await shoot(page, 'issues');
    await page.locator('#f-warning').click();
    expect(await page.locator('.issue').count()).toBe(1);
    expect(await page.locator('#f-error').textContent()).toBe('Lỗi (3)');
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
    expect(await page.locator('#empty').isVisible()).toBe(true);
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
    expect(await page.locator('#summary').textContent()).toBe('2 nhóm nghi trùng, còn 2 nhóm chưa rà soát.');
    await shoot(page, 'duplicates');
    await page.locator('[data-group="g1"] .same').click();
    await expect
      .poll(() => page.locator('[data-group="g1"] .status').textContent())
      .toBe('Đã xác định: cùng một người.');
    await page.locator('[data-group="g2"] .different').click();
    await expect
      .poll(() => page.locator('[data-group="g2"] .status').textContent())
      .toBe('Đã xác định: khác người.');
    expect(await calls(page)).toEqual([
      { name: 'decideDuplicate', args: ['g1', ['so-y-te|k1', 'x-dong-dang|k2'], 'same'] },
      { name: 'decideDuplicate', args: ['g2', ['so-noi-vu|k3', 'tinh-doan|k4'], 'different'] },
    ]);
    expect(await page.locator('[data-group="g1"].decided .same').isDisabled()).toBe(true);
    expect(await page.locator('#summary').textContent()).toBe('2 nhóm nghi trùng, còn 0 nhóm chưa rà soát.');
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
    expect(await page.locator('[data-group="g1"] .same').isDisabled()).toBe(false);
    await page.close();
  });
});

describe('SidebarStatus, SidebarConsolidate, SidebarOverview', () => {
  it('shows the unit status, the countdown and the returned nominees with the board note', async () => {
    const page = await open('SidebarStatus', {
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
        latestVersion: 2,
        submittedAt: '2026-05-01T08:00:00+07:00',
        versions: 2,
        rows: 14,
        validRows: 12,
        errorRows: 2,
        errors: 3,
        warnings: 1,
        onTime: true,
      },
      returned: [
        {
          name: 'Phạm Văn Đức',
          note: 'Bổ sung số quyết định khen thưởng đã đạt.',
          state: 'needsInfo',
          sheetRow: 9,
        },
      ],
    });
    expect(await page.locator('#status-badge').textContent()).toBe('Đã nộp, còn lỗi');
    expect(await page.locator('#countdown').textContent()).toMatch(/^Còn 3 ngày (4|5) giờ \d+ phút$/);
    expect(await page.locator('#returned li').textContent()).toContain(
      'Bổ sung số quyết định khen thưởng đã đạt.',
    );
    await shoot(page, 'status');
    await page.close();
  });

  it('polls the consolidation until it is done, then shows totals and changes', async () => {
    const page = await open('SidebarConsolidate', {
      runId: 'run-1',
      state: 'running',
      percent: 40,
      message: 'Đang đọc danh sách các đơn vị',
      version: null,
      totals: [],
      changes: [],
    });
    await answer(page, 'consolidationProgress', {
      value: {
        runId: 'run-1',
        state: 'done',
        percent: 100,
        message: '',
        version: 3,
        totals: [
          { label: 'Tổng số trường hợp', value: 1284 },
          { label: 'Nhóm trùng chưa rà soát', value: 7 },
        ],
        changes: [{ label: 'Thêm mới', value: 15 }],
      },
    });
    expect(await page.locator('#state').textContent()).toContain('Đang tổng hợp… 40%');
    await expect.poll(() => page.locator('#result').isVisible(), { timeout: 8000 }).toBe(true);
    expect(await calls(page)).toEqual([{ name: 'consolidationProgress', args: ['run-1'] }]);
    expect(await page.locator('#done').textContent()).toBe('Đã tổng hợp xong: phiên bản danh sách số 3.');
    expect(await page.locator('#totals').textContent()).toContain('1.284');
    await shoot(page, 'consolidate');
    await page.close();
  });

  it('colours the units by status with the missing ones first', async () => {
    const unit = (
      unitId: string,
      name: string,
      status: string,
      statusLabel: string,
      onTime: boolean | null,
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
    });
    const page = await open('SidebarOverview', {
      campaignTitle: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
      deadlineText: 'Đã quá hạn nộp 2 ngày.',
      onTimeRate: 50,
      totals: { units: 4, notSubmitted: 1, withErrors: 1, clean: 1, reviewed: 1, onTime: 2, onTimeRate: 0.5 },
      units: [
        unit('x-huu-lung', 'Xã Hữu Lũng', 'not_submitted', 'Chưa nộp', null),
        unit('so-y-te', 'Sở Y tế', 'with_errors', 'Đã nộp, còn lỗi', false),
        unit('so-noi-vu', 'Sở Nội vụ', 'clean', 'Đã nộp, hợp lệ', true),
        unit('tinh-doan', 'Tỉnh đoàn Lạng Sơn', 'reviewed', 'Ban đã rà soát', true),
      ],
    });
    expect(await page.locator('#rate').textContent()).toBe('50%');
    expect(await page.locator('tbody tr').first().getAttribute('class')).toBe('st-not_submitted');
    const color = await page
      .locator('tbody tr')
      .first()
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
          ).getComputedStyle(el).backgroundColor,
      );
    expect(color).toBe('rgb(252, 232, 230)');
    expect(await page.locator('[data-unit="so-y-te"]').textContent()).toContain('(trễ hạn)');
    await shoot(page, 'overview');
    await page.close();
  });
});
