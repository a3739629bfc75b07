// The matching view of all input rows at once: the same MatchRows as toMatchRow, but each distinct individual name
// is folded once per call (one map lookup per row instead of one per key), and in the same pass each row gets the
// numeric keys blocking and merging compare instead of strings: its folded name id (ids in order of first
// appearance), CCCD, birth date and workplace ids, birth year and gender, in typed columns.

import type { NominationKind } from '../grid/types';
import { individualMatchRow, type MatchRow, toMatchRow } from './match-rows';
import { exactName, foldedName } from './name-keys';
import type { NomineeFields } from './types';
import { type FactColumns, NO_YEAR } from './union-find';
import { DateIds, FirstRows, NONE, WorkplaceIds } from './value-ids';

export interface MatchTable extends FactColumns {
  rows: MatchRow[];
  /** Per row: the id of its folded name for individuals, -1 for collectives. */
  nameId: Int32Array;
  /** Folded name by id. */
  names: string[];
  /** Per individual row: the id of its lower-cased workplace, NONE when missing (and for collectives). */
  workId: Int32Array;
}

interface NameKeys {
  folded: string;
  exact: string;
  id: number;
}

export function buildMatchTable(
  inputs: ReadonlyArray<{ kind: NominationKind; data: NomineeFields }>,
): MatchTable {
  const table = emptyTable(inputs.length);
  const names = new NameIds(table.names);
  const ids = { cccds: new FirstRows(), dates: new DateIds(), workplaces: new WorkplaceIds() };
  inputs.forEach((input, i) => {
    const keys = input.kind === 'individual' ? names.keysOf(input.data.fullName ?? '') : null;
    const row = keys
      ? individualMatchRow(input.data, keys.folded, keys.exact)
      : toMatchRow(input.kind, input.data);
    table.rows[i] = row;
    table.nameId[i] = keys ? keys.id : NONE;
    if (row.cccd !== null) table.cccd[i] = ids.cccds.idOf(row.cccd, i);
    if (row.year !== null) table.year[i] = row.year;
    if (row.birthDate !== null) table.date[i] = ids.dates.idOf(row.birthDate);
    if (keys && row.workplace !== null) table.workId[i] = ids.workplaces.idOf(row.workplace);
    table.gender[i] = row.gender;
  });
  return table;
}

function emptyTable(n: number): MatchTable {
  return {
    rows: new Array<MatchRow>(n),
    nameId: new Int32Array(n),
    names: [],
    workId: new Int32Array(n).fill(NONE),
    cccd: new Int32Array(n).fill(NONE),
    year: new Float64Array(n).fill(NO_YEAR),
    date: new Int32Array(n).fill(NONE),
    gender: new Uint8Array(n),
  };
}

/** Name keys by written name, computed once; folded names numbered in order of first appearance. */
class NameIds {
  private readonly byName = new Map<string, NameKeys>();
  private readonly ids = new Map<string, number>();
  private readonly names: string[];

  constructor(names: string[]) {
    this.names = names;
  }

  keysOf(name: string): NameKeys {
    const hit = this.byName.get(name);
    if (hit !== undefined) return hit;
    const folded = foldedName(name);
    let id = this.ids.get(folded);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(folded, id);
      this.names.push(folded);
    }
    const keys = { folded, exact: exactName(name), id };
    this.byName.set(name, keys);
    return keys;
  }
}
