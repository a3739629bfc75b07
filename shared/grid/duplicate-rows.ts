// The same nominee twice in one sheet: same CCCD, or same name (diacritics and case folded) and birth year for
// people, same name for collectives. Identities are hashed to small integers in one pass over the characters
// (string-keyed maps of freshly built keys took a fifth of validateGrid's time); a hash hit is confirmed by
// comparing the exact keys, so a hash collision never reports a false duplicate.
import { matchKey } from '../text/normalize';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TABLE_SIZE = 0x2000;
const SLOW = 0xffff;

/** matchKey of each code unit below U+2000 when it is one code unit and folds on its own, else SLOW. */
const FOLD = (() => {
  const table = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const folded = matchKey(`x${String.fromCharCode(c)}x`);
    table[c] = folded.length === 3 ? folded.charCodeAt(1) : SLOW;
  }
  return table;
})();

/** 30-bit FNV-1a hash of the code units of a key. */
function keyHash(key: string, seed: number): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff;
}

/** keyHash(matchKey(text)), folding per code unit without building the key (clean NFC text). */
export function foldedHash(text: string, seed: number): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_SIZE ? (FOLD[c] as number) : SLOW;
    if (f === SLOW) return keyHash(matchKey(text), seed);
    h = Math.imul(h ^ f, FNV_PRIME);
  }
  return h & 0x3fffffff;
}

/** Rows seen so far by identity hash; exact keys resolve collisions. */
class IdentityIndex {
  private readonly byHash = new Map<number, number>();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly keyOf: (index: number) => string) {}

  /** The earlier row index with the same identity, or undefined (and this row is recorded). */
  seen(hash: number, index: number): number | undefined {
    const first = this.byHash.get(hash);
    if (first === undefined) {
      this.byHash.set(hash, index);
      return undefined;
    }
    const key = this.keyOf(index);
    if (this.keyOf(first) === key) return first;
    const other = this.byKey.get(key);
    if (other === undefined) this.byKey.set(key, index);
    return other;
  }
}

export interface DuplicateHit {
  /** Row index (in grid.rows) of the earlier row. */
  otherIndex: number;
  reason: 'cccd' | 'name';
}

type RowData = Readonly<Record<string, unknown>>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Finds rows that repeat an earlier row's identity within one validateGrid call. The rows' own data objects are
 * kept (no copy) to confirm hash hits.
 */
export class DuplicateFinder {
  private readonly rows: RowData[] = [];
  private readonly cccds = new IdentityIndex((i) => text(this.rows[i]?.cccd));
  private readonly names = new IdentityIndex((i) => this.nameKey(this.rows[i]));

  constructor(private readonly nameField: 'fullName' | 'collectiveName') {}

  private nameKey(data: RowData | undefined): string {
    const year = this.nameField === 'fullName' ? (data?.birthYear ?? 0) : 0;
    return `${matchKey(text(data?.[this.nameField]))}|${String(year)}`;
  }

  /** `cccd`, `name` and `birthYear` are the row's values (as in `data`), passed to spare property lookups. */
  check(
    index: number,
    data: RowData,
    cccd?: string,
    name?: string,
    birthYear?: number,
  ): DuplicateHit | undefined {
    if (cccd === undefined && name === undefined) return undefined;
    this.rows[index] = data;
    const byCccd = cccd === undefined ? undefined : this.cccds.seen(keyHash(cccd, 0), index);
    const seed = this.nameField === 'fullName' ? (birthYear ?? 0) : 0;
    const byName = name === undefined ? undefined : this.names.seen(foldedHash(name, seed), index);
    if (byCccd !== undefined) return { otherIndex: byCccd, reason: 'cccd' };
    return byName === undefined ? undefined : { otherIndex: byName, reason: 'name' };
  }
}
