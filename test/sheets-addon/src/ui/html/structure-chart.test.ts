// The board's overview sidebar in real Chromium (300 px, Apps Script's sidebar width): the delegate structure chart
// from the recorded campaignStatus (board-structure), made by the built Code.js in the vm. The screenshot goes to
// test-artifacts/sheets-addon/structure-chart.png; with UPDATE_DOC_IMAGES=1 also to docs/img/ (the board guide).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayRoutes } from '../../../support/recordings';
import { ARTIFACTS, copyToGuide, SidebarPages } from '../../../support/sidebar-pages';
import { addon, connect } from '../../../support/world';

/** google.script.run stub: refreshOverview answers window.__refresh. */
const STUB = `
window.google = { script: { run: (function runner(success) {
  return new Proxy({}, { get: function (_t, name) {
    if (name === 'withSuccessHandler') return function (fn) { return runner(fn); };
    if (name === 'withFailureHandler') return function () { return runner(success); };
    return function () { setTimeout(function () { success(window.__refresh); }, 0); };
  } });
})(null) } };
`;

const pages = new SidebarPages();

beforeAll(() => pages.start(), 60_000);
afterAll(() => pages.close());

async function overviewPayload(recording: string): Promise<unknown> {
  const a = await addon({ fetch: replayRoutes({ campaignStatus: recording }) });
  connect(a);
  a.call('menuSubmissionOverview');
  return a.ui.sidebars.at(-1)?._payload() as unknown;
}

async function open(payload: unknown, height = 1400): Promise<{ page: Page; errors: string[] }> {
  return pages.open('SidebarOverview', payload, { script: STUB, height });
}

/** Width of an element as a percentage of its parent's. */
const widthPct = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const parent = el.parentElement?.getBoundingClientRect().width ?? 1;
    return Math.round((el.getBoundingClientRect().width / parent) * 1000) / 10;
  });

describe('overview sidebar: delegate structure chart', () => {
  it('draws one bar per group against its target, coloured by verdict, for the whole list and each unit', async () => {
    const { page, errors } = await open(await overviewPayload('board-structure'));
    const bars = page.locator('#structure-chart .sbar');
    await expect.poll(() => bars.count()).toBe(7);
    expect(await page.locator('#structure').isVisible()).toBe(true);
    expect(await page.locator('#structure-summary').textContent()).toBe(
      '4 cá nhân · 4/5 ghế đại biểu · 3 nhóm chưa đạt',
    );
    const workers = page.locator('.sbar[data-key="workers"]');
    expect(await workers.getAttribute('class')).toBe('sbar st-short');
    expect(await workers.locator('.sbar-value').textContent()).toBe('1 · 25%');
    expect(await workers.locator('.sbar-note').textContent()).toBe('Chỉ tiêu ≥ 30% · Thiếu 1 người');
    // The fill is drawn at the share, the minimum mark at the target.
    expect(await widthPct(page, '.sbar[data-key="workers"] .sbar-fill')).toBeCloseTo(25, 0);
    const track = await workers.locator('.sbar-track').boundingBox();
    const mark = await workers.locator('.sbar-min').boundingBox();
    expect(((mark?.x ?? 0) + (mark?.width ?? 0) / 2 - (track?.x ?? 0)) / (track?.width ?? 1)).toBeCloseTo(
      0.3,
      1,
    );
    expect(await page.locator('.sbar[data-key="intellectuals"]').getAttribute('class')).toBe('sbar st-over');
    expect(await page.locator('.sbar[data-key="women"]').getAttribute('class')).toBe('sbar st-met');
    const colour = (key: string) =>
      page
        .locator(`.sbar[data-key="${key}"] .sbar-fill`)
        .evaluate(
          (el) =>
            (
              globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
            ).getComputedStyle(el).backgroundColor,
        );
    expect(await colour('women')).toBe('rgb(52, 168, 83)');
    expect(await colour('workers')).toBe('rgb(217, 48, 37)');
    expect(await colour('intellectuals')).toBe('rgb(242, 153, 0)');
    const path = join(ARTIFACTS, 'structure-chart.png');
    await page.locator('#structure').screenshot({ path });
    copyToGuide(path, 'structure-chart');

    await page.locator('#structure-scope').selectOption('so-noi-vu');
    await expect
      .poll(() => page.locator('#structure-summary').textContent())
      .toBe('4 cá nhân · 4/3 ghế đại biểu (vượt số ghế) · 3 nhóm chưa đạt');
    expect(await page.locator('#structure-summary').getAttribute('class')).toBe('structure-summary bad');
    expect(await page.locator('#structure-scope option').allTextContents()).toEqual([
      'Toàn danh sách',
      'Sở Nội vụ (chưa đạt)',
      'Sở Y tế',
      'Xã Đồng Đăng',
    ]);
    await page.locator('#structure-scope').selectOption('so-y-te');
    await expect.poll(() => page.locator('.sbar.st-empty').count()).toBe(7);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides the chart when the server sent no structure (before the first consolidation)', async () => {
    const { page, errors } = await open(await overviewPayload('board'), 600);
    await expect.poll(() => page.locator('#units tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#structure').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
