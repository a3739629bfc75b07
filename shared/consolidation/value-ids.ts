// Small integer ids for the values blocking and merging compare, so hot loops compare numbers instead of strings:
// birth dates (YYYYMMDD without a map lookup when ISO), workplaces compared case-insensitively, and CCCDs (the
// index of the first row holding the value).

/** The id of a missing value. */
export const NONE = -1;

/** Birth date ids: YYYYMMDD for ISO dates, small negative ids (≤ -2) for anything else. */
export class DateIds {
  private readonly other = new Map<string, number>();

  idOf(date: string): number {
    if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
      const value = digits(date, 0, 4) * 10_000 + digits(date, 5, 2) * 100 + digits(date, 8, 2);
      if (value >= 0) return value;
    }
    return -2 - idOf(this.other, date);
  }
}

/** The number written with `count` decimal digits from `at`, or -1e9 when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1e9;
    value = value * 10 + d;
  }
  return value;
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** Ids of workplaces compared case-insensitively; each distinct spelling is lower-cased once. */
export class WorkplaceIds {
  private readonly bySpelling = new Map<string, number>();
  private readonly byLower = new Map<string, number>();

  idOf(workplace: string): number {
    const id = this.bySpelling.get(workplace);
    if (id !== undefined) return id;
    const lower = idOf(this.byLower, workplace.toLowerCase());
    this.bySpelling.set(workplace, lower);
    return lower;
  }
}

/** Ids of values as the first row that held each: rows with equal values get equal ids. */
export class FirstRows {
  private readonly first = new Map<string, number>();

  idOf(value: string, row: number): number {
    const first = this.first.get(value);
    if (first !== undefined) return first;
    this.first.set(value, row);
    return row;
  }
}
