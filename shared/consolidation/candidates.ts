// Blocking: proposes candidate row pairs without comparing all pairs. Individuals are grouped by distinct folded
// name, and each name's rows by birth year into "forms". Pairs come from: rows of one form (all pairs when small, a
// band of neighbours when large), rows sharing a CCCD, a name's form without birth year against its other forms,
// names with the same words in another order (joined on the same year), and names within one edit (symmetric-delete
// hashes sorted into runs, joined on the same known year). Collectives share a block when their acronym or key
// matches. Caps bound the work on pathological blocks; every pair proposed is verified by compareRows.

import type { MatchRow } from './match-rows';
import { deletionHashes, sortedTokens, withinOneEdit } from './name-keys';

export type EmitPair = (a: number, b: number) => void;

const SMALL_BLOCK = 4;
const BAND = 1;
const CROSS_CAP = 16;
const RUN_CAP = 64;
const YEAR_SLOTS = 4096;
const NAME_BITS = 2_097_152;

interface NameIndex {
  folded: string[];
  /** Form ids of each name. */
  forms: number[][];
  /** Form id by nameId * YEAR_SLOTS + year (year 0: unknown). */
  formAt: Map<number, number>;
  formYear: number[];
  /** Row ids of each form. */
  formRows: number[][];
}

export function proposePairs(rows: MatchRow[], emit: EmitPair): void {
  const individuals: number[] = [];
  const collectives: number[] = [];
  rows.forEach((r, i) => {
    (r.kind === 'individual' ? individuals : collectives).push(i);
  });
  proposeIndividualPairs(rows, individuals, emit);
  proposeCollectivePairs(rows, collectives, emit);
}

function proposeIndividualPairs(rows: MatchRow[], ids: number[], emit: EmitPair): void {
  const index = buildIndex(rows, ids);
  for (const members of index.formRows) withinForm(rows, members, emit);
  sameCccdPairs(rows, ids, emit);
  const pairForms = formPairEmitter(index, (a, b) => crossPairs(a, b, emit));
  missingYearPairs(index, pairForms);
  swappedPairs(index, pairForms);
  typoPairs(
    index,
    formPairEmitter(index, (a, b) => corroboratedPairs(rows, a, b, emit)),
  );
}

function yearSlot(year: number | null): number {
  return year !== null && year > 0 && year < YEAR_SLOTS ? year : 0;
}

function buildIndex(rows: MatchRow[], ids: number[]): NameIndex {
  const names = new Map<string, number>();
  const index: NameIndex = { folded: [], forms: [], formAt: new Map(), formYear: [], formRows: [] };
  for (const i of ids) {
    const r = rows[i] as MatchRow;
    let nameId = names.get(r.folded);
    if (nameId === undefined) {
      nameId = index.folded.length;
      names.set(r.folded, nameId);
      index.folded.push(r.folded);
      index.forms.push([]);
    }
    formOf(index, nameId, yearSlot(r.year)).push(i);
  }
  return index;
}

function formOf(index: NameIndex, nameId: number, year: number): number[] {
  const key = nameId * YEAR_SLOTS + year;
  let f = index.formAt.get(key);
  if (f === undefined) {
    f = index.formRows.length;
    index.formAt.set(key, f);
    index.formRows.push([]);
    index.formYear.push(year);
    index.forms[nameId]?.push(f);
  }
  return index.formRows[f] as number[];
}

/** All pairs of a small form; in a large one, rows ordered by birth date and CCCD, each with its BAND successors. */
function withinForm(rows: MatchRow[], members: number[], emit: EmitPair): void {
  if (members.length <= SMALL_BLOCK) {
    pairsWithin(members, emit, members.length);
    return;
  }
  const keyed = members.map((i) => ({ i, key: orderKey(rows[i]) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  pairsWithin(
    keyed.map((k) => k.i),
    emit,
    BAND + 1,
  );
}

function orderKey(r: MatchRow | undefined): string {
  return `${r?.birthDate ?? '~'}|${r?.cccd ?? '~'}|${r?.workplace ?? ''}`;
}

export function pairsWithin(members: number[], emit: EmitPair, reach: number): void {
  const n = members.length;
  for (let x = 0; x < n; x++) {
    const end = Math.min(n, x + reach);
    for (let y = x + 1; y < end; y++) emit(members[x] as number, members[y] as number);
  }
}

function sameCccdPairs(rows: MatchRow[], ids: number[], emit: EmitPair): void {
  const first = new Map<string, number>();
  for (const i of ids) {
    const cccd = rows[i]?.cccd;
    if (!cccd) continue;
    const j = first.get(cccd);
    if (j === undefined) first.set(cccd, i);
    else emit(j, i);
  }
}

type FormPair = (f: number, g: number) => void;

function formPairEmitter(index: NameIndex, pairRows: (a: number[], b: number[]) => void): FormPair {
  const seen = new Set<number>();
  return (f, g) => {
    const key = f < g ? f * NAME_BITS + g : g * NAME_BITS + f;
    if (f === g || seen.has(key)) return;
    seen.add(key);
    pairRows(index.formRows[f] ?? [], index.formRows[g] ?? []);
  };
}

/** Only the row pairs that share a birth date or a workplace (a hash join): what a one-typo match needs. */
function corroboratedPairs(rows: MatchRow[], a: number[], b: number[], emit: EmitPair): void {
  if (a.length * b.length <= 64) {
    for (const i of a)
      for (const j of b) if (corroborates(rows[i] as MatchRow, rows[j] as MatchRow)) emit(i, j);
    return;
  }
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const byKey = new Map<string, number[]>();
  for (const i of small) for (const key of evidenceKeys(rows[i])) pushTo(byKey, key, i);
  for (const j of large) {
    const matched = new Set<number>();
    for (const key of evidenceKeys(rows[j])) for (const i of byKey.get(key) ?? []) matched.add(i);
    for (const i of matched) emit(i, j);
  }
}

function corroborates(a: MatchRow, b: MatchRow): boolean {
  if (a.birthDate !== null && a.birthDate === b.birthDate) return true;
  return (
    a.workplace !== null && b.workplace !== null && a.workplace.toLowerCase() === b.workplace.toLowerCase()
  );
}

function evidenceKeys(r: MatchRow | undefined): string[] {
  const keys: string[] = [];
  if (r?.birthDate) keys.push(`d|${r.birthDate}`);
  if (r?.workplace) keys.push(`w|${r.workplace.toLowerCase()}`);
  return keys;
}

function crossPairs(a: number[], b: number[], emit: EmitPair): void {
  const na = Math.min(a.length, CROSS_CAP);
  const nb = Math.min(b.length, CROSS_CAP);
  for (let x = 0; x < na; x++) for (let y = 0; y < nb; y++) emit(a[x] as number, b[y] as number);
}

function missingYearPairs(index: NameIndex, pair: FormPair): void {
  index.forms.forEach((forms, nameId) => {
    const unknown = index.formAt.get(nameId * YEAR_SLOTS);
    if (unknown !== undefined && forms.length > 1) for (const g of forms) pair(unknown, g);
  });
}

/** Pairs the forms of two names that have the same known year; a form without year pairs with every form. */
function joinNames(index: NameIndex, n1: number, n2: number, pair: FormPair, withUnknown: boolean): void {
  for (const f of index.forms[n1] ?? []) {
    const year = index.formYear[f] ?? 0;
    if (year !== 0) {
      const g = index.formAt.get(n2 * YEAR_SLOTS + year);
      if (g !== undefined) pair(f, g);
    } else if (withUnknown) for (const g of index.forms[n2] ?? []) pair(f, g);
  }
  const unknown2 = index.formAt.get(n2 * YEAR_SLOTS);
  if (withUnknown && unknown2 !== undefined) for (const f of index.forms[n1] ?? []) pair(f, unknown2);
}

function swappedPairs(index: NameIndex, pair: FormPair): void {
  const bySorted = new Map<string, number[]>();
  index.folded.forEach((folded, nameId) => {
    if (folded.includes(' ')) pushTo(bySorted, sortedTokens(folded), nameId);
  });
  for (const names of bySorted.values()) {
    if (names.length > 1)
      pairsWithin(names.slice(0, RUN_CAP), (a, b) => joinNames(index, a, b, pair, true), RUN_CAP);
  }
}

function typoPairs(index: NameIndex, pair: FormPair): void {
  const packed = deletionEntries(index.folded);
  packed.sort();
  let start = 0;
  for (let k = 1; k <= packed.length; k++) {
    if (k < packed.length && hashOf(packed[k] as number) === hashOf(packed[start] as number)) continue;
    if (k - start > 1) typoRun(index, packed, start, Math.min(k, start + RUN_CAP), pair);
    start = k;
  }
}

function deletionEntries(names: string[]): Float64Array {
  const out: number[] = [];
  for (let nameId = 0; nameId < names.length && nameId < NAME_BITS; nameId++) {
    for (const h of deletionHashes(names[nameId] ?? '', 0)) out.push(h * NAME_BITS + nameId);
  }
  return Float64Array.from(out);
}

function hashOf(packed: number): number {
  return Math.floor(packed / NAME_BITS);
}

function typoRun(index: NameIndex, packed: Float64Array, start: number, end: number, pair: FormPair): void {
  for (let x = start; x < end; x++) {
    const n1 = (packed[x] as number) % NAME_BITS;
    for (let y = x + 1; y < end; y++) {
      const n2 = (packed[y] as number) % NAME_BITS;
      if (n1 !== n2 && withinOneEdit(index.folded[n1] ?? '', index.folded[n2] ?? ''))
        joinNames(index, n1, n2, pair, false);
    }
  }
}

function proposeCollectivePairs(rows: MatchRow[], ids: number[], emit: EmitPair): void {
  const seen = new Set<string>();
  const once: EmitPair = (a, b) => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
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
