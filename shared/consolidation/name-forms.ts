// Integer index of the individual rows for blocking, built in linear time from the match table's name ids: "forms"
// (the rows of one folded name and one birth year, rows ascending) found by two stable counting sorts instead of a
// map of string keys, and each name's forms ascending by year (unknown year first).

import { countingSort } from './counting-sort';
import type { MatchTable } from './match-table';
import { NO_YEAR } from './union-find';

export const YEAR_SLOTS = 4096;

export interface NameForms {
  /** Folded name by name id. */
  names: string[];
  /** The forms of name k are nameFormStart[k] .. nameFormStart[k + 1] - 1, ascending by year. */
  nameFormStart: Int32Array;
  /** Birth year of each form; 0 when unknown. */
  formYear: Int32Array;
  /** The rows of form f are formRows[formRowStart[f] .. formRowStart[f + 1] - 1], ascending. */
  formRowStart: Int32Array;
  formRows: Int32Array;
  /** Per row: birth date id and lower-cased workplace id, NONE when missing (or not an individual). */
  dateId: Int32Array;
  workId: Int32Array;
}

interface RowKeys {
  names: string[];
  /** Per row: its name id (from the match table). */
  rowName: Int32Array;
  rowYear: Int32Array;
  dateId: Int32Array;
  workId: Int32Array;
}

export function yearSlot(year: number | null): number {
  return year !== null && year > 0 && year < YEAR_SLOTS ? year : 0;
}

/** Indexes the rows listed in `ids` (individuals, ascending). */
export function buildNameForms(table: MatchTable, ids: Int32Array): NameForms {
  const keys = rowKeys(table, ids);
  const byYear = countingSort(ids, keys.rowYear, YEAR_SLOTS);
  const sorted = countingSort(byYear, keys.rowName, keys.names.length);
  return { ...formsOf(sorted, keys), names: keys.names, dateId: keys.dateId, workId: keys.workId };
}

function rowKeys(table: MatchTable, ids: Int32Array): RowKeys {
  const rowYear = new Int32Array(table.rows.length);
  for (const i of ids) {
    const year = table.year[i] as number;
    rowYear[i] = year === NO_YEAR ? 0 : yearSlot(year);
  }
  return { names: table.names, rowName: table.nameId, rowYear, dateId: table.date, workId: table.workId };
}

/** Cuts rows sorted by (name, year) into forms. */
function formsOf(sorted: Int32Array, keys: RowKeys): Omit<NameForms, 'names' | 'dateId' | 'workId'> {
  const m = sorted.length;
  const nameFormStart = new Int32Array(keys.names.length + 1);
  const formYear = new Int32Array(m);
  const formRowStart = new Int32Array(m + 1);
  let forms = 0;
  for (let k = 0; k < m; k++) {
    const i = sorted[k] as number;
    const prev = k > 0 ? (sorted[k - 1] as number) : -1;
    if (prev >= 0 && keys.rowName[prev] === keys.rowName[i] && keys.rowYear[prev] === keys.rowYear[i])
      continue;
    formYear[forms] = keys.rowYear[i] as number;
    formRowStart[forms] = k;
    nameFormStart[(keys.rowName[i] as number) + 1] = ++forms;
  }
  formRowStart[forms] = m;
  // A name without rows here (ids a subset of the table) gets an empty range.
  for (let n = 0; n < keys.names.length; n++)
    nameFormStart[n + 1] = Math.max(nameFormStart[n + 1] as number, nameFormStart[n] as number);
  return {
    nameFormStart,
    formYear: formYear.subarray(0, forms),
    formRowStart: formRowStart.subarray(0, forms + 1),
    formRows: sorted,
  };
}

/** Calls `pair` with each form of name n1 and the form of name n2 with the same known year (a merge join). */
export function sameYearForms(
  index: NameForms,
  n1: number,
  n2: number,
  pair: (f: number, g: number) => void,
): void {
  let f = index.nameFormStart[n1] as number;
  let g = index.nameFormStart[n2] as number;
  const endF = index.nameFormStart[n1 + 1] as number;
  const endG = index.nameFormStart[n2 + 1] as number;
  while (f < endF && g < endG) {
    const yf = index.formYear[f] as number;
    const yg = index.formYear[g] as number;
    if (yf === 0 || yf < yg) f++;
    else if (yg === 0 || yg < yf) g++;
    else pair(f++, g++);
  }
}

/** The form of name n without a birth year, or -1. */
export function unknownYearForm(index: NameForms, n: number): number {
  const f = index.nameFormStart[n] as number;
  return f < (index.nameFormStart[n + 1] as number) && index.formYear[f] === 0 ? f : -1;
}
