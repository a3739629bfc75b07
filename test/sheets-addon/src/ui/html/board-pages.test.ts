// The board's new pages in real Chromium (300 px, Apps Script's sidebar width) with payloads made by the built
// Code.js in the vm (setup errors from "Lưu thiết lập", provisioning progress from real provisionStep answers,
// export links from the recorded exportMaster). Screenshots go to test-artifacts/sheets-addon/; with
// UPDATE_DOC_IMAGES=1 they are also written to docs/img/ (the board guide's pictures).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, FakeDrive } from '../../../../fakes/apps-script/drive';
import { replayRoutes } from '../../../support/recordings';
import { lastPayload, SidebarPages, shoot } from '../../../support/sidebar-pages';
import { addon, connect } from '../../../support/world';

/** google.script.run stub: answers each call of `name` with the next item of __answers[name] (the last repeats;
 * "hold" never answers, leaving the page waiting). */
const STUB = `
window.__calls = [];
window.__answers = {};
function __runner(success, failure) {
  return new Proxy({}, {
    get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (fn) { return __runner(fn, failure); };
      if (name === 'withFailureHandler') return function (fn) { return __runner(success, fn); };
      return function () {
        window.__calls.push(name);
        var list = window.__answers[name] || [null];
        var value = list.length > 1 ? list.shift() : list[0];
        if (value === 'hold') return;
        setTimeout(function () { if (success) success(value); }, 0);
      };
    }
  });
}
window.google = { script: { run: __runner(null, null) } };
`;

const pages = new SidebarPages();

beforeAll(() => pages.start(), 60_000);
afterAll(() => pages.close());

async function open(name: string, payload: unknown, answers: Record<string, unknown[]> = {}): Promise<Page> {
  const script = `${STUB}\nwindow.__answers = ${JSON.stringify(answers)};`;
  const { page, errors } = await pages.open(name, payload, { script });
  expect(errors).toEqual([]);
  return page;
}

describe('board pages', () => {
  it('setup errors: one line per cell with tab, row and column', async () => {
    const a = await addon();
    a.properties.document.setProperty('tonvinh.functionsUrl', 'https://fn.example.test');
    a.call('menuSetupCampaign');
    a.spreadsheet._sheet('Đơn vị')._fill(
      [
        ['so-y-te', 'Sở Y tế', 'Sở, ban, ngành', 'yte@langson.example', 10],
        ['Sở Tư pháp', 'Sở Tư pháp', 'Bệnh viện', 'tuphap-langson', 'mười'],
      ],
      2,
    );
    a.call('menuSaveSetup');
    const page = await open('SidebarLinks', lastPayload(a));
    // The campaign id is the only campaign cell every save needs (adminCampaign takes partial updates; a new
    // campaign's title, kind and deadline are named by the server), plus four cells of the bad unit row.
    await expect.poll(() => page.locator('#links li').count()).toBe(5);
    expect(await page.locator('#links').textContent()).toContain(
      'Trang “Đơn vị”, dòng 3, cột “Email người nhập”',
    );
    expect(await page.locator('#title').textContent()).toBe('Chưa lưu được thiết lập');
    await shoot(page, 'setup-errors');
    await page.close();
  });

  it('provisioning: the page runs executions until done and shows the progress', async () => {
    const drive = new FakeDrive(new FakeClock());
    const a = await addon({ drive, clock: drive.clock });
    a.properties.document.setProperties({
      'tonvinh.functionsUrl': 'https://fn.example.test',
      'tonvinh.campaignId': 'ls-dhtt-2026',
    });
    a.call('menuSetupCampaign');
    const rows = Array.from({ length: 300 }, (_, i) => [
      `dv-${i + 1}`,
      `Đơn vị ${i + 1}`,
      'Đoàn thể',
      `dv${i + 1}@langson.example`,
      '',
    ]);
    a.spreadsheet._sheet('Đơn vị')._fill(rows, 2);
    a.call('menuProvisionUnitSheets');
    const steps: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      const step = a.call('provisionUnitSheets') as { finished: boolean };
      steps.push(step);
      if (step.finished) break;
    }
    expect(steps.length).toBeGreaterThanOrEqual(2);
    const running = await open('SidebarProvision', lastPayload(a), {
      provisionUnitSheets: [steps[0], 'hold'],
    });
    expect(await running.locator('#state').textContent()).toBe(
      'Còn 300 đơn vị cần tạo hoặc chia sẻ bảng tính.',
    );
    await running.locator('#start').click();
    await expect
      .poll(() => running.locator('#count').textContent())
      .toBe('117/300 đơn vị đã có bảng tính (39%)');
    expect(await running.locator('#state').textContent()).toContain('còn 183 đơn vị');
    await shoot(running, 'provision-progress');
    await running.close();

    const page = await open('SidebarProvision', lastPayload(a), { provisionUnitSheets: steps });
    await page.locator('#start').click();
    await expect.poll(() => page.locator('#state').textContent(), { timeout: 8000 }).toContain('Xong');
    expect(await page.locator('#count').textContent()).toBe('300/300 đơn vị đã có bảng tính (100%)');
    await shoot(page, 'provision-done');
    await page.close();
  });

  it('export: links to the xlsx files saved in the campaign folder', async () => {
    const a = await addon({ fetch: replayRoutes({ exportMaster: 'all' }) });
    connect(a);
    a.call('menuExportMaster');
    const page = await open('SidebarLinks', lastPayload(a));
    expect(await page.locator('#links a').count()).toBe(3);
    expect(await page.locator('#links a').first().getAttribute('href')).toMatch(
      /^https:\/\/drive\.google\.com\/file\/d\//,
    );
    await shoot(page, 'export-links');
    await page.close();
  });

  it('review result: the returned nominee and the board’s note in the unit’s status page', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'unit-returned' }) });
    connect(a);
    a.call('menuShowStatus');
    const page = await open('SidebarStatus', lastPayload(a));
    await expect.poll(() => page.locator('#returned li').count()).toBe(1);
    expect(await page.locator('#returned li').textContent()).toContain(
      'Nguyễn Văn An (dòng 2)Bổ sung số quyết định khen thưởng năm 2025.',
    );
    expect(await page.locator('#returned-empty').isHidden()).toBe(true);
    await shoot(page, 'review-result');
    await page.close();
  });

  it('lock: the board’s overview marks the locked unit', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'board-locked' }) });
    connect(a);
    a.call('menuSubmissionOverview');
    const page = await open('SidebarOverview', lastPayload(a));
    const locked = page.locator('#units tbody tr', { hasText: 'Đã khóa' });
    await expect.poll(() => locked.count()).toBe(1);
    expect(await locked.textContent()).toContain('Sở Y tế');
    await shoot(page, 'lock');
    await page.close();
  });
});
