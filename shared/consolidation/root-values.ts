// The distinct values of one fact (CCCD, birth year, birth date as numeric ids) held by each union-find root,
// without allocating for the common case: a root holds its own row's value until a join gives it two or more
// distinct values, which are then kept in a side map.

export class RootValues {
  private readonly own: ArrayLike<number>;
  private readonly missing: number;
  /** A root's value when it differs from its row's own value; NaN = its own value. */
  private readonly single: Float64Array;
  private readonly many = new Map<number, number[]>();

  /** `own[row]` is each row's value, `missing` marks rows without one. */
  constructor(own: ArrayLike<number>, missing: number) {
    this.own = own;
    this.missing = missing;
    this.single = new Float64Array(own.length).fill(Number.NaN);
  }

  /** True when both roots hold values and none is shared. */
  disjoint(ra: number, rb: number): boolean {
    const a = this.valueOf(ra);
    const b = this.valueOf(rb);
    if (a === this.missing || b === this.missing) return false;
    const ma = this.many.get(ra);
    const mb = this.many.get(rb);
    if (ma === undefined && mb === undefined) return a !== b;
    const listA = ma ?? [a];
    return !listA.some((x) => (mb ?? [b]).includes(x));
  }

  /** Gives root `into` the union of its values and those of root `from`. */
  merge(into: number, from: number): void {
    const a = this.valueOf(into);
    const b = this.valueOf(from);
    if (b === this.missing) return;
    const mb = this.many.get(from);
    this.many.delete(from);
    if (a === this.missing) {
      this.single[into] = b;
      if (mb) this.many.set(into, mb);
      return;
    }
    if (mb === undefined && !this.many.has(into) && a === b) return;
    const listA = this.many.get(into) ?? [a];
    this.many.set(into, listA.concat((mb ?? [b]).filter((x) => !listA.includes(x))));
  }

  /** The root's first value, or `missing`. */
  private valueOf(root: number): number {
    const value = this.single[root] as number;
    return Number.isNaN(value) ? (this.own[root] as number) : value;
  }
}
