// The distinct values of one fact (CCCD, birth year, birth date) held by each union-find root, without allocating
// for the common case: a root holds its own row's value until a join gives it two or more distinct values, which
// are then kept in a side map.

export class RootValues<T> {
  private readonly own: (row: number) => T | null;
  /** Set when a root's value differs from its row's own value (null included); undefined = its own value. */
  private readonly single: Array<T | null | undefined>;
  private readonly many = new Map<number, T[]>();

  constructor(size: number, own: (row: number) => T | null) {
    this.own = own;
    this.single = new Array<T | null | undefined>(size);
  }

  /** True when both roots hold values and none is shared. */
  disjoint(ra: number, rb: number): boolean {
    const a = this.valueOf(ra);
    const b = this.valueOf(rb);
    if (a === null || b === null) return false;
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
    if (b === null) return;
    const mb = this.many.get(from);
    this.many.delete(from);
    if (a === null) {
      this.single[into] = b;
      if (mb) this.many.set(into, mb);
      return;
    }
    if (mb === undefined && !this.many.has(into) && a === b) return;
    const listA = this.many.get(into) ?? [a];
    this.many.set(into, listA.concat((mb ?? [b]).filter((x) => !listA.includes(x))));
  }

  /** The root's first value, or null when it holds none. */
  private valueOf(root: number): T | null {
    const value = this.single[root];
    if (value !== undefined) return value;
    const own = this.own(root);
    return own === '' ? null : own;
  }
}
