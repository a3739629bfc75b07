// The dossier on the add-on's pages in real Chromium (300 px): the board's overview with each list's dossier
// completeness (the recorded campaignStatus of a list with a "Hồ sơ" column), and the issues sidebar of "Kiểm tra
// quyền xem hồ sơ" (payload made by the built Code.js over a fake Drive). Screenshots go to
// test-artifacts/sheets-addon/; with UPDATE_DOC_IMAGES=1 also to docs/img/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayRoutes } from '../../../support/recordings';
import { lastPayload, SidebarPages, shoot } from '../../../support/sidebar-pages';
import { addon, connect, row, withTemplate } from '../../../support/world';

const STUB = `window.google = { script: { run: new Proxy({}, { get: function () { return function () {}; } }) } };`;

const pages = new SidebarPages();

beforeAll(() => pages.start(), 60_000);
afterAll(() => pages.close());

async function open(name: string, payload: unknown): Promise<Page> {
  const { page, errors } = await pages.open(name, payload, { script: STUB });
  expect(errors).toEqual([]);
  return page;
}

describe('dossier pages', () => {
  it('overview: the list with a Hồ sơ column shows how many dossiers are complete', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'board-dossier' }) });
    connect(a);
    a.call('menuSubmissionOverview');
    const page = await open('SidebarOverview', lastPayload(a));
    const line = page.locator('[data-lists-of="so-noi-vu"] [data-kind="individual"]');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toContain('hồ sơ đủ 1/2, thiếu 1 tài liệu');
    const other = page.locator('[data-lists-of="so-y-te"] [data-kind="individual"]');
    expect(await other.textContent()).not.toContain('hồ sơ');
    await shoot(page, 'dossier-overview');
    await page.close();
  });

  it('access check: the files the board cannot view, one warning per link', async () => {
    const a = await addon();
    const sheet = withTemplate(a);
    const shared = a.drive._add('Báo cáo thành tích.pdf', 'application/pdf', [], null);
    shared._access = 'ANYONE_WITH_LINK';
    const closed = a.drive._add('Biên bản họp xét.pdf', 'application/pdf', [], null);
    const hoSo = `Báo cáo thành tích: ${shared.getUrl()}\nBiên bản họp xét: ${closed.getUrl()}`;
    sheet._fill([row(sheet, { 'Họ và tên': 'Nguyễn Văn An', 'Hồ sơ': hoSo })], 2);
    a.call('menuCheckDossierAccess');
    const page = await open('SidebarIssues', lastPayload(a));
    await expect.poll(() => page.locator('#issues li').count()).toBe(1);
    expect(await page.locator('#issues').textContent()).toContain('Ban TĐKT chưa có quyền xem tệp');
    expect(await page.locator('#notice').textContent()).toContain('Đã kiểm tra 2 đường dẫn hồ sơ');
    await shoot(page, 'dossier-access');
    await page.close();
  });
});
