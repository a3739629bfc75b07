// The matching view of all input rows at once: the same MatchRows as toMatchRow, but each distinct individual name
// is folded once per call (one map lookup per row instead of one per key), and each row gets the id of its folded
// name (ids in order of first appearance), which blocking uses instead of string keys.

import type { NominationKind } from '../grid/types';
import { individualMatchRow, type MatchRow, toMatchRow } from './match-rows';
import { exactName, foldedName } from './name-keys';
import type { NomineeFields } from './types';

export interface MatchTable {
  rows: MatchRow[];
  /** Per row: the id of its folded name for individuals, -1 for collectives. */
  nameId: Int32Array;
  /** Folded name by id. */
  names: string[];
}

interface NameKeys {
  folded: string;
  exact: string;
  id: number;
}

export function buildMatchTable(
  inputs: ReadonlyArray<{ kind: NominationKind; data: NomineeFields }>,
): MatchTable {
  const n = inputs.length;
  const table: MatchTable = { rows: new Array<MatchRow>(n), nameId: new Int32Array(n), names: [] };
  const names = new NameIds(table.names);
  inputs.forEach((input, i) => {
    const keys = input.kind === 'individual' ? names.keysOf(input.data.fullName ?? '') : null;
    table.rows[i] = keys
      ? individualMatchRow(input.data, keys.folded, keys.exact)
      : toMatchRow(input.kind, input.data);
    table.nameId[i] = keys ? keys.id : -1;
  });
  return table;
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
