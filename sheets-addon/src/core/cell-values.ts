// Turns what Range.getValues() returns into JSON-safe cells. Dates become "YYYY-MM-DD" in the spreadsheet's
// time zone (JSON.stringify would shift them to UTC, i.e. the previous day in Việt Nam).
import { localDate } from '../../../shared/text/dates';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function jsonCell(value: unknown, timeZone: string): string | number | boolean | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : localDate(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

export function jsonRows(rows: unknown[][], timeZone: string): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((cell) => jsonCell(cell, timeZone)));
}

export function isBlankRow(row: unknown[]): boolean {
  return row.every((cell) => cell === '' || cell === null || cell === undefined);
}
