// Every code a function throws, answers or records is in the one table (shared/api/errors.ts), and the table's
// messages are Vietnamese (NFC) while its descriptions are English. The scan reads the source of functions/**, so a
// new `new AppError('X', …)` (or any other upper-snake literal) that is not in the table fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ERRORS } from '../../shared/api/errors';

const root = join(import.meta.dirname, '../..');

/** Upper-snake literals in functions/** that are not error codes, each with what it is. */
const NOT_ERROR_CODES: Record<string, string> = {
  IMPORT_SHEET_SKIPPED: 'importWorkbook notice (not an error)',
  IMPORT_LEGACY_SUSPECTED: 'importWorkbook notice (not an error)',
  IMPORT_LEGACY_CONVERTED: 'importWorkbook notice (not an error)',
  TEXT_EQ: 'Sheets API condition type',
  USER_ENTERED: 'Sheets API value input option',
  INVALID_ARGUMENT: 'gRPC status name (Firestore SDK)',
  RESOURCE_EXHAUSTED: 'gRPC status name (Firestore SDK)',
  PERMISSION_DENIED: 'gRPC status name (Firestore SDK)',
  AUTH_MODE: 'environment variable',
  ID_TOKEN_AUDIENCES: 'environment variable',
  SHEETS_API_ROOT_URL: 'environment variable',
  SMTP_HOST: 'environment variable',
  GMAIL_CLIENT_EMAIL: 'environment variable',
  GMAIL_PRIVATE_KEY: 'environment variable',
  GMAIL_OAUTH_CLIENT_ID: 'environment variable',
  GMAIL_OAUTH_CLIENT_SECRET: 'environment variable',
  GMAIL_REFRESH_TOKEN: 'environment variable',
  ID_TOKEN_CERTS_URL: 'environment variable',
  LOG_LEVEL: 'environment variable',
  MAX_BODY_BYTES: 'environment variable',
  BASE_SALARY_VND: 'environment variable',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function literals(pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(join(root, 'functions'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      const code = match[1] ?? '';
      found.set(code, [...(found.get(code) ?? []), relative(root, file)]);
    }
  }
  return found;
}

const inTable = (code: string) => Object.hasOwn(API_ERRORS, code);

describe('the one error table', () => {
  it('holds every code thrown with new AppError(…) or asAppError(…, code) in functions/**', () => {
    const thrown = literals(/(?:new AppError|asAppError)\([^'`)]*?'([A-Z][A-Z0-9_]*)'/g);
    expect(thrown.size).toBeGreaterThan(35);
    expect([...thrown].filter(([code]) => !inTable(code))).toEqual([]);
  });

  it('holds every upper-snake literal of functions/** that is not a declared non-error name', () => {
    const all = literals(/(?<![\w.])'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g);
    expect(all.size).toBeGreaterThan(50);
    const unknown = [...all].filter(([code]) => !inTable(code) && !(code in NOT_ERROR_CODES));
    expect(unknown).toEqual([]);
    const stale = Object.keys(NOT_ERROR_CODES).filter((name) => inTable(name));
    expect(stale).toEqual([]);
  });

  it('would catch a code missing from the table', () => {
    const missing = 'new AppError(\'SHEET_ON_FIRE\', "x")'.match(
      /(?:new AppError)\([^'`)]*?'([A-Z][A-Z0-9_]*)'/,
    );
    expect(missing?.[1]).toBe('SHEET_ON_FIRE');
    expect(inTable('SHEET_ON_FIRE')).toBe(false);
  });

  it('has NFC Vietnamese messages, English descriptions, HTTP statuses and a retry flag for every code', () => {
    const vietnamese = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
    for (const [code, spec] of Object.entries(API_ERRORS)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(spec.message.normalize('NFC'), code).toBe(spec.message);
      expect(spec.message, code).toMatch(vietnamese);
      expect(spec.message.trim(), code).toBe(spec.message);
      expect(spec.description, code).not.toMatch(vietnamese);
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(spec.status, code).toBeLessThan(600);
      expect(typeof spec.retryable, code).toBe('boolean');
    }
  });
});
