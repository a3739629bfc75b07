// The public notice in real Chromium (playwright-core, the system chromium) against the local stack as `npm start`
// serves it: units submit, the board consolidates, approves and sets the notice period (adminCampaign), then a
// visitor without sign-in opens the page, reads the list (escaped, no private field), sends a comment and sees the
// confirmation; the board reads it with noticeComments; a burst of comments gets the rate-limit page (429,
// Retry-After). Screenshots go to test-artifacts/notice/ (cong-khai.png desktop, cong-khai-dien-thoai.png phone);
// with UPDATE_DOC_IMAGES=1 they are also written to docs/img/ (the board guide's pictures).
import { copyFileSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMailSettings } from '../../functions/composition';
import { type Stack, startStack } from '../../functions/local/stack';
import { listOutbox } from '../../scripts/outbox';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { NoticeCommentsResponse } from '../../shared/api/public-notice';
import { post } from '../support/http';
import { BOARD, setUpCampaign, submitUnit, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-cong-khai';
const EVIL_UNIT = `Sở "Văn hoá" & <script>alert('unit')</script>`;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test-artifacts', 'notice');
let stack: Stack;
let browser: Browser;
let pageUrl: string;
let cccds: string[] = [];
let names: string[] = [];
let unitIds: string[] = [];
let outbox: string;

async function must<T>(fn: string, body: unknown, user = BOARD): Promise<T> {
  const response = await post<T>(stack.url, fn, body, { user });
  if (response.status !== 200) throw new Error(`${fn} ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'tonvinh-notice-outbox-'));
  stack = await startStack({
    port: 0,
    overrides: { mailConfig: parseMailSettings({ MAIL_OUTBOX_DIR: outbox }) },
  });
  unitIds = await setUpCampaign(stack, CAMPAIGN, 2);
  await must('adminCampaign', {
    campaignId: CAMPAIGN,
    units: [{ id: unitIds[0], name: EVIL_UNIT, kind: 'department' }],
  });
  await submitUnit(stack, CAMPAIGN, 0, 4);
  await submitUnit(stack, CAMPAIGN, 1, 3);
  await must('consolidate', { campaignId: CAMPAIGN });
  const { master } = await must<MasterListResponse>('masterList', { campaignId: CAMPAIGN, pageSize: 1000 });
  const entries = master.entries;
  cccds = entries.map((e) => String((e as { cccd?: unknown }).cccd ?? '')).filter((c) => c.length === 12);
  names = entries.map((e) => e.displayName);
  const reviews = entries.map((e, i) => ({ nomineeId: e.nomineeId, state: i === 0 ? 'valid' : 'approved' }));
  await must('reviewNominees', { campaignId: CAMPAIGN, reviews });
  const hour = 3_600_000;
  const publicNotice = {
    from: new Date(Date.now() - hour).toISOString(),
    to: new Date(Date.now() + 7 * 24 * hour).toISOString(),
    intro:
      'Ban Thi đua – Khen thưởng tỉnh công khai danh sách đề nghị khen thưởng để lấy ý kiến của cán bộ, công chức và nhân dân.',
  };
  await must('adminCampaign', { campaignId: CAMPAIGN, campaign: { publicNotice } });
  pageUrl = `${stack.url}/publicNotice?campaignId=${CAMPAIGN}`;
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await rm(outbox, { recursive: true, force: true });
});

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (process.env.UPDATE_DOC_IMAGES === '1') copyFileSync(path, join(ROOT, 'docs', 'img', `${name}.png`));
}

interface Watched {
  page: Page;
  cspViolations: string[];
  posts: Array<{ status: number; retryAfter: string | null }>;
}

async function open(width: number, height: number): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const watched: Watched = { page, cspViolations: [], posts: [] };
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) watched.cspViolations.push(m.text());
  });
  page.on('dialog', (d) => {
    watched.cspViolations.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && r.url().includes('/publicNotice'))
      watched.posts.push({ status: r.status(), retryAfter: r.headers()['retry-after'] ?? null });
  });
  return watched;
}

describe('public notice in Chromium', () => {
  it('shows the approved list without sign-in: names, units escaped, no CCCD, a CSP and nothing executed', async () => {
    const { page, cspViolations } = await open(1280, 900);
    const response = await page.goto(pageUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await expect.poll(() => page.locator('h1').textContent()).toBe('Công khai danh sách đề nghị khen thưởng');
    const text = await page.locator('body').innerText();
    expect(text).toContain(`Danh sách đề nghị (${names.length - 1})`);
    for (const name of names.slice(1)) expect(text).toContain(name);
    expect(text).not.toContain(names[0]);
    expect(text).toContain(EVIL_UNIT);
    expect(cccds.length).toBe(names.length);
    for (const cccd of cccds) expect(text).not.toContain(cccd);
    expect(await page.locator('script').count()).toBe(0);
    expect(cspViolations).toEqual([]);
    await screenshot(page, 'cong-khai');
    await page.close();
  });

  it('reads on a phone: no sideways scrolling, each nominee a card', async () => {
    const { page } = await open(390, 844);
    await page.goto(pageUrl);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(names.length - 1);
    const widths = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
    )) as { scroll: number; view: number };
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    expect(await page.locator('thead').isVisible()).toBe(false);
    await screenshot(page, 'cong-khai-dien-thoai');
    await page.close();
  });

  it('takes a comment, confirms it, the board reads it; a burst gets the rate-limit page (429, Retry-After)', async () => {
    const watched = await open(1280, 900);
    const { page } = watched;
    await page.goto(pageUrl);
    const nominee = names[1] ?? '';
    const option = page.locator('#nominee option', { hasText: nominee });
    await page.selectOption('#nominee', (await option.getAttribute('value')) ?? '');
    await page.fill('#text', 'Tôi xác nhận thành tích của đồng chí này <b>đúng</b> & "rõ ràng".');
    await page.fill('#name', 'Hoàng Văn Dân');
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.locator('[role=status]').textContent())
      .toContain('Ý kiến đã được gửi tới Ban Thi đua – Khen thưởng');
    const listed = await must<NoticeCommentsResponse>('noticeComments', { campaignId: CAMPAIGN });
    expect(listed.comments).toHaveLength(1);
    expect(listed.comments[0]).toMatchObject({
      name: 'Hoàng Văn Dân',
      nomineeName: nominee,
      text: 'Tôi xác nhận thành tích của đồng chí này <b>đúng</b> & "rõ ràng".',
    });
    const mails = (await listOutbox(outbox, 100)).filter((m) => m.subject.startsWith('Ý kiến công khai'));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [[BOARD], `Ý kiến công khai về ${nominee} – Tổng hợp thử nghiệm`],
    ]);
    const refused = await post(
      stack.url,
      'noticeComments',
      { campaignId: CAMPAIGN },
      { user: unitEmail(unitIds[1] ?? '') },
    );
    expect(refused.status).toBe(403);
    for (let i = 0; i < 3; i++) {
      await page.fill('#text', `Ý kiến thêm số ${i + 1}`);
      await page.click('button[type=submit]');
      await expect.poll(() => watched.posts.length).toBe(i + 2);
    }
    expect(watched.posts.map((p) => p.status)).toEqual([200, 200, 200, 429]);
    expect(Number(watched.posts[3]?.retryAfter)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Quá nhiều yêu cầu');
    expect(await page.locator('body').innerText()).toContain('Vui lòng thử lại sau khoảng');
    expect(
      (await must<NoticeCommentsResponse>('noticeComments', { campaignId: CAMPAIGN })).comments,
    ).toHaveLength(3);
    expect(watched.cspViolations).toEqual([]);
    await page.close();
  });

  it('answers outside the period and to API clients with coded errors', async () => {
    const { page } = await open(800, 600);
    const missing = await page.goto(`${stack.url}/publicNotice?campaignId=khong-co`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Danh sách chưa trong thời gian công khai');
    await page.close();
    const api = await fetch(`${stack.url}/publicNotice?campaignId=khong-co`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'NOTICE_NOT_PUBLISHED' } });
    const json = await post(stack.url, 'publicNotice?campaignId=ls-cong-khai', { text: 'x' });
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    const form = { 'content-type': 'application/x-www-form-urlencoded', 'x-dev-user': BOARD };
    const otherForm = await fetch(`${stack.url}/noticeComments`, {
      method: 'POST',
      headers: form,
      body: 'a=1',
    });
    expect(otherForm.status).toBe(415);
    const head = await fetch(pageUrl, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toContain("default-src 'none'");
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const earlier = new Date(Date.now() - 7_200_000).toISOString();
    await must('adminCampaign', {
      campaignId: CAMPAIGN,
      campaign: { publicNotice: { from: earlier, to: past } },
    });
    const ended = await fetch(pageUrl, { headers: { accept: 'text/html' } });
    expect(ended.status).toBe(410);
    expect(await ended.text()).toContain('Danh sách không còn trong thời gian công khai');
  });
});
