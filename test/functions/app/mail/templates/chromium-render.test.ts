// Renders the messages in real Chromium (playwright-core) at 600 px, checks the layout the way a mail client
// would show it, and writes screenshots to test-artifacts/mail/ for a human look.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedMail } from '../../../../../functions/app/mail/ports';
import { renderDigest } from '../../../../../functions/app/mail/templates/digest';
import { renderReceipt } from '../../../../../functions/app/mail/templates/receipt';
import { renderReminder } from '../../../../../functions/app/mail/templates/reminder';
import { renderUnitSummary } from '../../../../../functions/app/mail/templates/unit-summary';
import { digestView, receiptView, reminderView, unitSummaryView, XSS_NAME } from '../support/views';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT = join(process.cwd(), 'test-artifacts', 'mail');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
});
afterAll(async () => browser.close());

interface Rendered {
  page: Page;
  dialogs: string[];
  requests: string[];
}

async function render(mail: RenderedMail, name: string): Promise<Rendered> {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(mail.html, { waitUntil: 'load' });
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  return { page, dialogs, requests };
}

interface Layout {
  mainWidth: number;
  scrollWidth: number;
  text: string;
}

/** Measured in the page (a string expression, so the test needs no DOM typings). */
async function layout(page: Page): Promise<Layout> {
  return (await page.evaluate(`(() => {
    const main = document.querySelector('table[width="600"]');
    return { mainWidth: main.getBoundingClientRect().width, scrollWidth: document.documentElement.scrollWidth, text: document.body.innerText };
  })()`)) as Layout;
}

describe('messages rendered in Chromium', () => {
  it('digest: 600 px, no overflow, bars proportional, Vietnamese text intact, nothing executed or fetched', async () => {
    const { page, dialogs, requests } = await render(renderDigest(digestView()), 'digest');
    const l = await layout(page);
    expect(l.mainWidth).toBe(600);
    expect(l.scrollWidth).toBeLessThanOrEqual(600);
    expect(l.text).toContain('Sở Tài nguyên và Môi trường');
    expect(l.text).toContain(XSS_NAME);
    const bars = await page.$$eval('td[width="54%"], td[width="74%"]', (cells) =>
      cells.map((c) =>
        Math.round(
          (c.getBoundingClientRect().width / (c.parentElement?.getBoundingClientRect().width ?? 1)) * 100,
        ),
      ),
    );
    expect(bars).toEqual([54, 74, 54]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('receipt: 600 px, masked CCCD, hostile name shown as text', async () => {
    const { page, dialogs, requests } = await render(renderReceipt(receiptView()), 'receipt');
    const l = await layout(page);
    expect(l.mainWidth).toBe(600);
    expect(l.scrollWidth).toBeLessThanOrEqual(600);
    expect(l.text).toContain('Cá nhân!F12: Số CCCD thiếu số 0 ở đầu');
    expect(l.text).toContain('0012******45');
    expect(l.text).toContain(XSS_NAME);
    expect(await page.$$('img')).toHaveLength(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('unit summary and reminder render within 600 px', async () => {
    for (const [name, mail] of [
      ['unit-summary', renderUnitSummary(unitSummaryView())],
      [
        'reminder',
        renderReminder(
          reminderView({
            state: 'errors',
            errors: 2,
            daysLeft: 3,
            issues: [{ ref: 'Cá nhân!F12', message: 'Số CCCD thiếu số 0 ở đầu', severity: 'error' }],
          }),
        ),
      ],
    ] as const) {
      const { page } = await render(mail, name);
      const l = await layout(page);
      expect(l.mainWidth).toBe(600);
      expect(l.scrollWidth).toBeLessThanOrEqual(600);
      await page.close();
    }
  });
});
