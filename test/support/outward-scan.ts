// Personal data guard for the whole test suite (a vitest setup file): every JSON log line any test writes to stdout
// (the functions' logger) and every mail a test sender receives (scanOutward) is scanned for a full CCCD (a
// standalone 12-digit run); a test after which one was seen fails.
import { expect } from 'vitest';

const FULL_ID = /(?<!\d)\d{12}(?!\d)/;
/** One list per worker, whichever module instance records into it. */
const holder = globalThis as typeof globalThis & { __outwardSeen?: string[] };
holder.__outwardSeen ??= [];
const seen = holder.__outwardSeen;

/** Records `text` as a violation when it carries a full CCCD; checked after each test. */
export function scanOutward(where: string, text: string): void {
  const match = FULL_ID.exec(text);
  if (match) seen.push(`${where}: …${text.slice(Math.max(0, match.index - 40), match.index + 16)}…`);
}

/** Installs the stdout scan and the after-each check once per worker (the setup file calls it). */
export function installOutwardScan(): void {
  const flags = globalThis as typeof globalThis & { __outwardScan?: boolean };
  if (flags.__outwardScan) return;
  flags.__outwardScan = true;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    for (const line of text.split('\n')) if (line.startsWith('{"severity":')) scanOutward('log line', line);
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}

/** The check after each test (registered by the setup file). */
export function expectNothingSeen(): void {
  const found = seen.splice(0);
  expect(found, 'a full CCCD left the system in a log line or a mail').toEqual([]);
}
