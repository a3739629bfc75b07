// The add-on's HTML pages in real Chromium (the Debian package): the built bundle's templates rendered with their
// payload by the HtmlService fake, a google.script.run stub placed first in <head>, page errors collected.
// Screenshots go to test-artifacts/sheets-addon/; with UPDATE_DOC_IMAGES=1 also to docs/img/ (the board guide).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { FakeHtmlService } from '../../fakes/apps-script/html';
import type { Addon } from '../../fakes/apps-script/sandbox';
import { builtAddon } from './built-addon';

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
const ROOT = join(import.meta.dirname, '../../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts/sheets-addon');
const DOC_IMAGES = join(ROOT, 'docs/img');

export interface PageOptions {
  /** Script run before the page's own (the google.script.run stub and its answers). */
  script?: string;
  height?: number;
  /** The payload as JSON with "<" escaped (a payload holding "</script>"). */
  escapeLt?: boolean;
}

/** One browser per test file: start() in beforeAll, close() in afterAll. */
export class SidebarPages {
  private browser: Browser | undefined;
  private html: FakeHtmlService | undefined;

  async start(): Promise<void> {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium); browser tests cannot run.`,
      );
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    this.html = new FakeHtmlService((await builtAddon()).outDir);
    mkdirSync(ARTIFACTS, { recursive: true });
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }

  /** Renders template `name` with `payload` in a 300 px wide page; `errors` collects the page's uncaught errors. */
  async open(
    name: string,
    payload: unknown,
    options: PageOptions = {},
  ): Promise<{ page: Page; errors: string[] }> {
    if (!this.browser || !this.html) throw new Error('SidebarPages.start() was not awaited');
    const template = this.html.createTemplateFromFile(name);
    const json = JSON.stringify(payload);
    template.payload = options.escapeLt ? json.replace(/</g, '\\u003c') : json;
    const page = await this.browser.newPage({ viewport: { width: 300, height: options.height ?? 600 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const head = options.script === undefined ? '<head>' : `<head><script>${options.script}</script>`;
    await page.setContent(template.evaluate().getContent().replace('<head>', head));
    return { page, errors };
  }
}

/** A full-page screenshot named `name` (also the guide's picture with UPDATE_DOC_IMAGES=1); returns its path. */
export async function shoot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  copyToGuide(path, name);
  return path;
}

/** With UPDATE_DOC_IMAGES=1, copies a screenshot to docs/img/<name>.png. */
export function copyToGuide(path: string, name: string): void {
  if (process.env.UPDATE_DOC_IMAGES === '1') copyFileSync(path, join(DOC_IMAGES, `${name}.png`));
}

/** The payload of the sidebar the add-on opened last. */
export const lastPayload = (a: Addon): unknown => a.ui.sidebars.at(-1)?._payload() as unknown;
