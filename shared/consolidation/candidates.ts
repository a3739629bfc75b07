// Blocking: proposes candidate row pairs without comparing all pairs. Individuals are indexed by distinct folded name
// and, within a name, by birth year into "forms" (name-forms.ts). Pairs come from: rows of one form (all pairs when
// small, each row with its neighbour in a stable order when large), rows sharing a CCCD, a name's form without birth
// year against its other forms, names with the same words in another order (joined on the same year), and names
// within one edit (typo-neighbours.ts, joined on the same known year, only rows sharing a birth date or a workplace).
// Collectives share a block when their acronym or key matches. Caps bound the work per row on pathological blocks;
// every pair proposed is verified by compareRows. The work is linear in rows + distinct names + pairs proposed.

import type { MatchRow } from './match-rows';
import type { MatchTable } from './match-table';
import { buildNameForms, type NameForms, sameYearForms, unknownYearForm } from './name-forms';
import { sortedTokens } from './name-keys';
import { RUN_CAP, typoNeighbours } from './typo-neighbours';
import { NONE } from './value-ids';

export type EmitPair = (a: number, b: number) => void;
type FormPair = (f: number, g: number) => void;

const SMALL_BLOCK = 4;
const BAND = 1;
const CROSS_CAP = 16;
const NESTED_JOIN = 256;

export function proposePairs(table: MatchTable, emit: EmitPair): void {
  const individuals: number[] = [];
  const collectives: number[] = [];
  table.nameId.forEach((nameId, i) => {
    (nameId >= 0 ? individuals : collectives).push(i);
  });
  proposeIndividualPairs(table, Int32Array.from(individuals), emit);
  proposeCollectivePairs(table.rows, collectives, emit);
}

function proposeIndividualPairs(table: MatchTable, ids: Int32Array, emit: EmitPair): void {
  const rows = table.rows;
  const index = buildNameForms(table, ids);
  const formCount = index.formYear.length;
  for (let f = 0; f < formCount; f++) withinForm(rows, rowsOf(index, f), emit);
  sameCccdPairs(table, ids, emit);
  const cross: FormPair = (f, g) => crossPairs(rowsOf(index, f), rowsOf(index, g), emit);
  missingYearPairs(index, cross);
  swappedPairs(index, cross);
  const corroborated: FormPair = (f, g) => corroboratedPairs(index, rowsOf(index, f), rowsOf(index, g), emit);
  typoNeighbours(index.names, (n1, n2) => sameYearForms(index, n1, n2, corroborated));
}

function rowsOf(index: NameForms, f: number): Int32Array {
  return index.formRows.subarray(index.formRowStart[f], index.formRowStart[f + 1]);
}

/** All pairs of a small form; in a large one, rows ordered by birth date, CCCD and workplace, each with its BAND successors. */
function withinForm(rows: MatchRow[], members: Int32Array, emit: EmitPair): void {
  if (members.length <= SMALL_BLOCK) {
    pairsWithin(members, emit, members.length);
    return;
  }
  const ordered = Array.from(members).sort(
    (a, b) => byOrderKey(rows[a] as MatchRow, rows[b] as MatchRow) || a - b,
  );
  pairsWithin(ordered, emit, BAND + 1);
}

function byOrderKey(x: MatchRow, y: MatchRow): number {
  return (
    compareText(x.birthDate ?? '~', y.birthDate ?? '~') ||
    compareText(x.cccd ?? '~', y.cccd ?? '~') ||
    compareText(x.workplace ?? '', y.workplace ?? '')
  );
}

function compareText(x: string, y: string): number {
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

export function pairsWithin(members: ArrayLike<number>, emit: EmitPair, reach: number): void {
  const n = members.length;
  for (let x = 0; x < n; x++) {
    const end = Math.min(n, x + reach);
    for (let y = x + 1; y < end; y++) emit(members[x] as number, members[y] as number);
  }
}

/** Each row with a CCCD seen before, paired with the first row that had it. */
function sameCccdPairs(table: MatchTable, ids: Int32Array, emit: EmitPair): void {
  for (const i of ids) {
    const first = table.cccd[i] as number;
    if (first !== NONE && first !== i) emit(first, i);
  }
}

/** Only the row pairs that share a birth date or a workplace: what a one-typo match needs. */
function corroboratedPairs(index: NameForms, a: Int32Array, b: Int32Array, emit: EmitPair): void {
  if (a.length * b.length > NESTED_JOIN) {
    hashJoin(index, a, b, emit);
    return;
  }
  const { dateId, workId } = index;
  for (const i of a) {
    const date = dateId[i] as number;
    const work = workId[i] as number;
    for (const j of b)
      if ((date !== NONE && dateId[j] === date) || (work !== NONE && workId[j] === work)) emit(i, j);
  }
}

/** corroboratedPairs for large forms: rows of the smaller form by date and by workplace, probed by the larger. */
function hashJoin(index: NameForms, a: Int32Array, b: Int32Array, emit: EmitPair): void {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const byDate = groupBy(small, index.dateId);
  const byWork = groupBy(small, index.workId);
  for (const j of large) {
    const sameDate = byDate.get(index.dateId[j] as number) ?? [];
    for (const i of sameDate) emit(i, j);
    const sameWork = byWork.get(index.workId[j] as number) ?? [];
    for (const i of sameWork) if (!sameDate.includes(i)) emit(i, j);
  }
}

function groupBy(ids: Int32Array, key: Int32Array): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const i of ids) if (key[i] !== NONE) pushTo(groups, key[i] as number, i);
  return groups;
}

function crossPairs(a: Int32Array, b: Int32Array, emit: EmitPair): void {
  const na = Math.min(a.length, CROSS_CAP);
  const nb = Math.min(b.length, CROSS_CAP);
  for (let x = 0; x < na; x++) for (let y = 0; y < nb; y++) emit(a[x] as number, b[y] as number);
}

function missingYearPairs(index: NameForms, pair: FormPair): void {
  for (let n = 0; n < index.names.length; n++) {
    const unknown = unknownYearForm(index, n);
    if (unknown < 0) continue;
    for (let g = unknown + 1; g < (index.nameFormStart[n + 1] as number); g++) pair(unknown, g);
  }
}

/** Names with the same words in another order: their forms of the same year, and a form without year with every form. */
function swappedPairs(index: NameForms, pair: FormPair): void {
  const bySorted = new Map<string, number[]>();
  index.names.forEach((folded, nameId) => {
    if (folded.includes(' ')) pushTo(bySorted, sortedTokens(folded), nameId);
  });
  for (const names of bySorted.values()) {
    if (names.length > 1)
      pairsWithin(names.slice(0, RUN_CAP), (a, b) => joinNames(index, a, b, pair), RUN_CAP);
  }
}

function joinNames(index: NameForms, n1: number, n2: number, pair: FormPair): void {
  sameYearForms(index, n1, n2, pair);
  const u1 = unknownYearForm(index, n1);
  const u2 = unknownYearForm(index, n2);
  if (u1 >= 0)
    for (let g = index.nameFormStart[n2] as number; g < (index.nameFormStart[n2 + 1] as number); g++)
      pair(u1, g);
  if (u2 < 0) return;
  for (let f = index.nameFormStart[n1] as number; f < (index.nameFormStart[n1 + 1] as number); f++)
    if (f !== u1) pair(f, u2);
}

function proposeCollectivePairs(rows: MatchRow[], ids: number[], emit: EmitPair): void {
  const seen = new Set<number>();
  const once: EmitPair = (a, b) => {
    const key = a < b ? a * rows.length + b : b * rows.length + a;
    if (seen.has(key)) return;
    seen.add(key);
    emit(a, b);
  };
  for (const keyOf of [(r: MatchRow) => `a|${r.org?.acronym}`, (r: MatchRow) => `k|${r.folded}`]) {
    const blocks = new Map<string, number[]>();
    for (const i of ids) pushTo(blocks, keyOf(rows[i] as MatchRow), i);
    for (const list of blocks.values()) if (list.length > 1) pairsWithin(list, once, 48);
  }
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
