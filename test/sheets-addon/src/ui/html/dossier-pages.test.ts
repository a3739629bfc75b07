// The dossier on the add-on's pages in real Chromium (300 px): the board's overview with each list's dossier
// completeness (the recorded campaignStatus of a list with a "Hồ sơ" column), and the issues sidebar of "Kiểm tra
// quyền xem hồ sơ" (payload made by the built Code.js over a fake Drive). Screenshots go to
// test-artifacts/sheets-addon/; with UPDATE_DOC_IMAGES=1 also to docs/img/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeHtmlService } from '../../../../fakes/apps-script/html';
import type { Addon } from '../../../../fakes/apps-script/sandbox';
import { builtAddon } from '../../../support/built-addon';
import { replayRoutes } from '../../../support/recordings';
import { addon, connect, row, withTemplate } from '../../../support/world';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-sync',
];
const ROOT = join(import.meta.dirname, '../../../../..');
const ARTIFACTS = join(ROOT, 'test-artifacts/sheets-addon');
const DOC_IMAGES = join(ROOT, 'docs/img');
const STUB = `window.google = { script: { run: new Proxy({}, { get: function () { return function () {}; } }) } };`;

let browser: Browser;
let html: FakeHtmlService;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}; browser tests cannot run.`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  html = new FakeHtmlService((await builtAddon()).outDir);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(name: string, payload: unknown): Promise<Page> {
  const template = html.createTemplateFromFile(name);
  template.payload = JSON.stringify(payload);
  const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(template.evaluate().getContent().replace('<head>', `<head><script>${STUB}</script>`));
  expect(errors).toEqual([]);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (process.env.UPDATE_DOC_IMAGES === '1') copyFileSync(path, join(DOC_IMAGES, `${name}.png`));
}

const lastPayload = (a: Addon) => a.ui.sidebars.at(-1)?._payload() as unknown;

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
