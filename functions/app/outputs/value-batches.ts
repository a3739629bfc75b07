// Private part of the sheet writer (sheet-writer.ts): the values of a master sheet write cut into values.batchUpdate
// requests whose JSON body stays under the Sheets API's 10 MB request limit. Ranges keep their order; a range too
// large for one request is cut by rows into ranges of consecutive rows ('Tab'!A1:Z5000, 'Tab'!A5001:Z9800, …).
import { AppError } from '../errors';
import type { ValueRange } from './master-sheet-plan';

/** Largest request body sent (serialized JSON); the API refuses bodies over 10 MB, the rest is margin. */
export const MAX_VALUES_REQUEST_BYTES = 9 * 1024 * 1024;
/** The request's own fields around the ranges (valueInputOption, brackets): a generous allowance. */
const ENVELOPE_BYTES = 256;

/** The value ranges as consecutive batches, each one request body of at most `maxBytes`. */
export function valueBatches(data: ValueRange[], maxBytes = MAX_VALUES_REQUEST_BYTES): ValueRange[][] {
  const batches: ValueRange[][] = [];
  let current: ValueRange[] = [];
  let size = ENVELOPE_BYTES;
  for (const piece of data.flatMap((range) => cutByRows(range, maxBytes - ENVELOPE_BYTES))) {
    const bytes = rangeBytes(piece);
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = ENVELOPE_BYTES;
    }
    current.push(piece);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Bytes a range adds to a request body as the adapter sends it (with majorDimension, and a separating comma). */
function rangeBytes(range: ValueRange): number {
  const head = JSON.stringify({ range: range.range, majorDimension: 'ROWS', values: [] });
  return utf8(head) + 1 + range.values.reduce((n, row) => n + utf8(JSON.stringify(row)) + 1, 0);
}

const A1 = /^(.*)!([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

/** The range itself when it fits; otherwise ranges of consecutive rows that each fit. */
function cutByRows(range: ValueRange, maxBytes: number): ValueRange[] {
  if (rangeBytes(range) <= maxBytes) return [range];
  const m = A1.exec(range.range);
  if (!m) throw new AppError('INTERNAL', `cannot cut range ${range.range}`);
  const [, tab, first, top, last] = m;
  const head = utf8(JSON.stringify({ range: range.range, majorDimension: 'ROWS', values: [] })) + 16;
  const out: ValueRange[] = [];
  let start = 0;
  let size = head;
  const push = (end: number) => {
    const from = Number(top) + start;
    out.push({
      range: `${tab}!${first}${from}:${last}${from + end - start - 1}`,
      values: range.values.slice(start, end),
    });
  };
  for (let i = 0; i < range.values.length; i++) {
    const bytes = utf8(JSON.stringify(range.values[i])) + 1;
    if (head + bytes > maxBytes)
      throw new AppError('INTERNAL', `row ${i} of ${range.range} exceeds a request`);
    if (size + bytes > maxBytes) {
      push(i);
      start = i;
      size = head;
    }
    size += bytes;
  }
  push(range.values.length);
  return out;
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
