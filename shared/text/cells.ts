// Cell coercion: what a spreadsheet cell holds (string, number, boolean, Date, null…) read as text, a count or
// a yes/no. Numbers given as text and text given as numbers both arrive here.
import { dateFromInstant, formatDateVi, isDateObject } from './dates';
import { cleanText, lookupKey } from './normalize';

/** Text of a cell: undefined when empty, null when the value cannot be read as text (objects, NaN, Infinity). */
export type CellText = string | undefined | null;

/** Plain decimal text of a number, without exponent for integers up to 1e21 (CCCD typed as a number). */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

function dateText(value: Date): string | null {
  const parsed = dateFromInstant(value.getTime());
  return parsed.ok && parsed.date !== undefined ? formatDateVi(parsed.date) : null;
}

export function cellText(cell: unknown): CellText {
  if (typeof cell === 'string') {
    const text = cleanText(cell);
    return text === '' ? undefined : text;
  }
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'bigint') return cell.toString();
  if (isDateObject(cell)) return dateText(cell);
  return null;
}

/** True when a cell holds nothing a person typed (null, undefined, blank or invisible-only text). */
export function isBlankCell(cell: unknown): boolean {
  if (cell === null || cell === undefined || cell === '') return true;
  if (typeof cell !== 'string') return false;
  const first = cell.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return cleanText(cell) === '';
}

const INTEGER = /^\+?(\d{1,9})(?:[.,]0+)?$/;

/** Non-negative whole number: a number cell or digits typed as text ("12", "12,0"); 'invalid' otherwise. */
export function cellCount(cell: unknown): number | undefined | 'invalid' {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 && cell < 1e9 ? cell : 'invalid';
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const m = text === null ? null : text.replace(/\s/g, '').match(INTEGER);
  return m?.[1] === undefined ? 'invalid' : Number(m[1]);
}

const YES_SYMBOLS = new Set(['x', '✓', '✔', '☑', '√', '✅', '1', 'v', '+']);
const NO_SYMBOLS = new Set(['0', '-', '–', '—', '✗', '✘', '☐', '']);
const YES_WORDS = new Set(['co', 'yes', 'y', 'true', 'dung', 'roi', 'da', 'x x']);
const NO_WORDS = new Set(['khong', 'no', 'n', 'false', 'k', 'chua', 'khong co', 'sai']);

/** Yes/no cell: x, ✓, 1, có, true… → true; 0, không, false… → false; undefined when empty or not understood. */
export function yesNo(text: string, yesWords: ReadonlySet<string>): boolean | undefined {
  const lower = text.toLowerCase();
  if (YES_SYMBOLS.has(lower)) return true;
  if (NO_SYMBOLS.has(lower)) return false;
  const key = lookupKey(text);
  if (YES_WORDS.has(key) || yesWords.has(key)) return true;
  if (NO_WORDS.has(key)) return false;
  return undefined;
}

export type CellYesNo = boolean | undefined | 'invalid';

export function cellYesNo(cell: unknown, yesWords: ReadonlySet<string>): CellYesNo {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : 'invalid';
  const text = cellText(cell);
  if (text === undefined) return undefined;
  if (text === null) return 'invalid';
  return yesNo(text, yesWords) ?? 'invalid';
}
