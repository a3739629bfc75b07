// Union-find with the constraints duplicate merging must keep: board "different" decisions (cannot-links), one
// CCCD per nominee, and, for matches on the name, no two different known birth years, birth dates or genders in one
// nominee (so a row without birth data cannot bridge a father and his son).

import { RootValues } from './root-values';
import { DateIds, FirstRows, NONE } from './value-ids';

export type UnionMode = 'forced' | 'cccd' | 'exact' | 'probable';

export interface RowFacts {
  cccd: string | null;
  year: number | null;
  birthDate: string | null;
  gender: number;
}

/** RowFacts as numeric columns: CCCD and birth date ids (NONE when missing), years (NO_YEAR), genders. */
export interface FactColumns {
  cccd: Int32Array;
  year: Float64Array;
  date: Int32Array;
  gender: Uint8Array;
}

export const NO_YEAR = Number.NEGATIVE_INFINITY;

export function factColumnsOf(facts: RowFacts[]): FactColumns {
  const n = facts.length;
  const columns: FactColumns = {
    cccd: new Int32Array(n).fill(NONE),
    year: new Float64Array(n).fill(NO_YEAR),
    date: new Int32Array(n).fill(NONE),
    gender: new Uint8Array(n),
  };
  const cccds = new FirstRows();
  const dates = new DateIds();
  facts.forEach((f, i) => {
    if (f.cccd) columns.cccd[i] = cccds.idOf(f.cccd, i);
    if (f.year !== null) columns.year[i] = f.year;
    if (f.birthDate) columns.date[i] = dates.idOf(f.birthDate);
    columns.gender[i] = f.gender;
  });
  return columns;
}

export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly cccds: RootValues;
  private readonly years: RootValues;
  private readonly dates: RootValues;
  private readonly genders: Uint8Array;
  private readonly links = new Map<number, number[]>();

  constructor(facts: RowFacts[] | FactColumns) {
    const columns = Array.isArray(facts) ? factColumnsOf(facts) : facts;
    const n = columns.gender.length;
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    this.genders = columns.gender.slice();
    this.cccds = new RootValues(columns.cccd, NONE);
    this.years = new RootValues(columns.year, NO_YEAR);
    this.dates = new RootValues(columns.date, NONE);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Records that rows a and b must never end up in the same set. */
  cannotLink(a: number, b: number): void {
    this.addLink(a, b);
    this.addLink(b, a);
  }

  private addLink(from: number, to: number): void {
    const root = this.find(from);
    const list = this.links.get(root);
    if (list) list.push(to);
    else this.links.set(root, [to]);
  }

  /** Joins the sets of a and b unless a constraint forbids it; returns whether they are now one set. */
  union(a: number, b: number, mode: UnionMode): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (this.linked(ra, rb) || !this.compatible(ra, rb, mode)) return false;
    this.join(ra, rb);
    return true;
  }

  private linked(ra: number, rb: number): boolean {
    if (this.links.size === 0) return false;
    const la = this.links.get(ra);
    const lb = this.links.get(rb);
    return (la?.some((x) => this.find(x) === rb) ?? false) || (lb?.some((x) => this.find(x) === ra) ?? false);
  }

  private compatible(ra: number, rb: number, mode: UnionMode): boolean {
    if (mode === 'forced') return true;
    if (this.cccds.disjoint(ra, rb)) return false;
    if (mode === 'cccd') return true;
    if (this.years.disjoint(ra, rb)) return false;
    if (mode === 'probable' && this.dates.disjoint(ra, rb)) return false;
    const ga = this.genders[ra] ?? 0;
    const gb = this.genders[rb] ?? 0;
    return mode === 'exact' || ga === 0 || gb === 0 || (ga & gb) !== 0;
  }

  private join(ra: number, rb: number): void {
    const [big, small] = (this.size[ra] ?? 0) >= (this.size[rb] ?? 0) ? [ra, rb] : [rb, ra];
    this.parent[small] = big;
    this.size[big] = (this.size[big] ?? 0) + (this.size[small] ?? 0);
    this.cccds.merge(big, small);
    this.years.merge(big, small);
    this.dates.merge(big, small);
    this.genders[big] = (this.genders[big] ?? 0) | (this.genders[small] ?? 0);
    this.moveLinks(small, big);
  }

  private moveLinks(from: number, to: number): void {
    const moved = this.links.get(from);
    if (!moved) return;
    this.links.delete(from);
    const target = this.links.get(to);
    this.links.set(to, target ? target.concat(moved) : moved);
  }
}

/** Plain union-find (union by size, path compression). */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  sizeOf(root: number): number {
    return this.size[root] ?? 0;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [big, small] = (this.size[ra] ?? 0) >= (this.size[rb] ?? 0) ? [ra, rb] : [rb, ra];
    this.parent[small] = big;
    this.size[big] = (this.size[big] ?? 0) + (this.size[small] ?? 0);
  }
}
