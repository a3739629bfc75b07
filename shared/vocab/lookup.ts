// Generic vocabulary lookup: a value matches an entry by code, label or alias, ignoring case, diacritics,
// spacing and punctuation. Exact (diacritic-preserving) matches win over folded ones, so "Mạ" and "Mã" stay apart
// when both exist; an official name (code or label) wins over aliases, so "Hoa" is the Hoa group even though
// "Hoa" is also an alias of HMông; a key shared by several entries at the same level is ambiguous and is
// reported, never guessed. Order: exact official, exact alias, folded official, folded alias.
import { compactKey, exactKey } from '../text/normalize';

export interface VocabEntry {
  readonly code: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

export type VocabMatch =
  | { found: 'one'; code: string }
  | { found: 'many'; codes: string[] }
  | { found: 'none' };

export interface VocabIndex {
  lookup(value: string): VocabMatch;
}

function add(map: Map<string, string[]>, key: string, code: string): void {
  if (key === '') return;
  const codes = map.get(key);
  if (codes === undefined) map.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
}

function toMatch(codes: string[] | undefined): VocabMatch | undefined {
  if (codes === undefined) return undefined;
  const [first] = codes;
  if (codes.length === 1 && first !== undefined) return { found: 'one', code: first };
  return { found: 'many', codes: [...codes] };
}

const NONE: VocabMatch = { found: 'none' };

/** Builds an index over entries; lookups are cached per raw value (columns repeat the same few values). */
export function buildVocabIndex(entries: readonly VocabEntry[]): VocabIndex {
  const exactOfficial = new Map<string, string[]>();
  const foldedOfficial = new Map<string, string[]>();
  const exact = new Map<string, string[]>();
  const folded = new Map<string, string[]>();
  for (const e of entries) {
    for (const name of [e.code, e.label]) {
      add(exactOfficial, exactKey(name), e.code);
      add(foldedOfficial, compactKey(name), e.code);
    }
    for (const name of e.aliases ?? []) {
      add(exact, exactKey(name), e.code);
      add(folded, compactKey(name), e.code);
    }
  }
  const cache = new Map<string, VocabMatch>();
  const lookup = (value: string): VocabMatch => {
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    const exactValue = exactKey(value);
    const foldedValue = compactKey(value);
    const result =
      toMatch(exactOfficial.get(exactValue)) ??
      toMatch(exact.get(exactValue)) ??
      toMatch(foldedOfficial.get(foldedValue)) ??
      toMatch(folded.get(foldedValue)) ??
      NONE;
    if (cache.size < 10_000) cache.set(value, result);
    return result;
  };
  return { lookup };
}

/** Label of a code, or the code itself when unknown. */
export function labelOf(entries: readonly VocabEntry[], code: string): string {
  return entries.find((e) => e.code === code)?.label ?? code;
}
