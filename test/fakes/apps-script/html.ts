// Fake HtmlService: reads the HTML files from the built add-on folder and evaluates the two printing scriptlets
// the pages use (`<?!= name ?>` raw, `<?= name ?>` escaped). Any other scriptlet is an error, so a page cannot
// silently rely on something the fake does not do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPTLET = /<\?(!?=)?\s*([\s\S]*?)\s*\?>/g;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export class FakeHtmlOutput {
  readonly serviceName = 'HtmlOutput';
  title = '';
  width = 0;
  height = 0;
  constructor(readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  /** Test helper: the JSON a page received in its data-payload attribute. */
  _payload<T = unknown>(): T {
    const match = /data-payload="([^"]*)"/.exec(this.content);
    if (!match?.[1]) throw new Error('page has no data-payload');
    const text = match[1].replace(/&#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)));
    return JSON.parse(text) as T;
  }
}

export class FakeHtmlTemplate {
  readonly serviceName = 'HtmlTemplate';
  [key: string]: unknown;
  constructor(readonly source: string) {}
  evaluate(): FakeHtmlOutput {
    const html = this.source.replace(SCRIPTLET, (_all, kind: string | undefined, expression: string) => {
      if (!kind || !/^[A-Za-z_$][\w$]*$/.test(expression))
        throw new Error(`Unsupported scriptlet: ${expression}`);
      const value = String(this[expression] ?? '');
      return kind === '!=' ? value : escapeHtml(value);
    });
    return new FakeHtmlOutput(html);
  }
  getCode(): string {
    return this.source;
  }
}

export class FakeHtmlService {
  readonly serviceName = 'HtmlService';
  constructor(readonly htmlDir: string) {}
  private read(name: string): string {
    return readFileSync(join(this.htmlDir, `${name}.html`), 'utf8');
  }
  createTemplateFromFile(name: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.read(name));
  }
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.read(name));
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(html);
  }
}
