// Layering rules of the add-on source, checked mechanically.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../sheets-addon/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function users(pattern: RegExp): string[] {
  return files(SRC)
    .filter((f) => pattern.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')))
    .map((f) => relative(SRC, f));
}

describe('sheets-addon/src layering', () => {
  it('touches SpreadsheetApp only in src/sheet/', () => {
    expect(users(/\bSpreadsheetApp\b/).filter((f) => !f.startsWith('sheet/'))).toEqual([]);
  });

  it('calls UrlFetchApp and the identity token only in src/api/, properties only in src/settings/', () => {
    expect(users(/\b(UrlFetchApp|ScriptApp)\b/).filter((f) => !f.startsWith('api/'))).toEqual([]);
    expect(users(/\b(PropertiesService|LockService)\b/).filter((f) => !f.startsWith('settings/'))).toEqual(
      [],
    );
    expect(users(/\bHtmlService\b/).filter((f) => !f.startsWith('ui/'))).toEqual([]);
    expect(users(/\bDriveApp\b/).filter((f) => !f.startsWith('drive/'))).toEqual([]);
  });

  it('keeps src/core pure (no Apps Script service)', () => {
    const services =
      /\b(SpreadsheetApp|UrlFetchApp|ScriptApp|PropertiesService|LockService|HtmlService|Session|Utilities|DriveApp)\./;
    expect(users(services).filter((f) => f.startsWith('core/'))).toEqual([]);
  });

  it('has an entry file that only declares the globals', () => {
    const entry = readFileSync(join(SRC, 'index.ts'), 'utf8');
    const declarations = entry.match(/^export function \w+/gm) ?? [];
    expect(declarations.length).toBeGreaterThanOrEqual(18);
    expect(entry).not.toMatch(/^(const|let|class) /m);
  });
});
