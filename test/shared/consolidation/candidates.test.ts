import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposePairs } from '../../../shared/consolidation/candidates';
import type { MatchRow } from '../../../shared/consolidation/match-rows';
import { buildMatchTable } from '../../../shared/consolidation/match-table';
import { sortedTokens, withinOneEdit } from '../../../shared/consolidation/name-keys';
import type { NomineeFields } from '../../../shared/consolidation/types';

type Input = { kind: 'individual'; data: NomineeFields };

function proposed(inputs: Input[]): Set<string> {
  const pairs = new Set<string>();
  proposePairs(buildMatchTable(inputs), (a, b) => pairs.add(pairKey(a, b)));
  return pairs;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * The blocking rules written plainly with string keys and nested loops (the specification the integer-keyed
 * implementation must match on inputs small enough for no run of shared deletion hashes to reach its cap).
 */
function reference(rows: MatchRow[]): Set<string> {
  const pairs = new Set<string>();
  const add = (a: number, b: number): void => {
    if (a !== b) pairs.add(pairKey(a, b));
  };
  const forms = formsByName(rows);
  for (const byYear of forms.values()) for (const form of byYear.values()) withinForm(rows, form, add);
  const firstWithCccd = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!r.cccd) return;
    const first = firstWithCccd.get(r.cccd);
    if (first === undefined) firstWithCccd.set(r.cccd, i);
    else add(first, i);
  });
  for (const byYear of forms.values()) {
    const unknown = byYear.get(0);
    if (unknown) for (const [year, form] of byYear) if (year !== 0) cross(unknown, form, add);
  }
  const names = [...forms.keys()];
  for (let x = 0; x < names.length; x++) {
    for (let y = x + 1; y < names.length; y++) relatedNames(rows, forms, names[x] ?? '', names[y] ?? '', add);
  }
  return pairs;
}

function formsByName(rows: MatchRow[]): Map<string, Map<number, number[]>> {
  const forms = new Map<string, Map<number, number[]>>();
  rows.forEach((r, i) => {
    const byYear = forms.get(r.folded) ?? new Map<number, number[]>();
    forms.set(r.folded, byYear);
    const year = r.year ?? 0;
    byYear.set(year, [...(byYear.get(year) ?? []), i]);
  });
  return forms;
}

function withinForm(rows: MatchRow[], form: number[], add: (a: number, b: number) => void): void {
  if (form.length <= 4) {
    for (const a of form) for (const b of form) if (a < b) add(a, b);
    return;
  }
  const key = (i: number): string => {
    const r = rows[i] as MatchRow;
    return `${r.birthDate ?? '~'}|${r.cccd ?? '~'}|${r.workplace ?? ''}`;
  };
  const sorted = [...form].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
  for (let k = 1; k < sorted.length; k++) add(sorted[k - 1] as number, sorted[k] as number);
}

function cross(a: number[], b: number[], add: (a: number, b: number) => void): void {
  for (const i of a.slice(0, 16)) for (const j of b.slice(0, 16)) add(i, j);
}

function relatedNames(
  rows: MatchRow[],
  forms: Map<string, Map<number, number[]>>,
  n1: string,
  n2: string,
  add: (a: number, b: number) => void,
): void {
  const f1 = forms.get(n1) ?? new Map<number, number[]>();
  const f2 = forms.get(n2) ?? new Map<number, number[]>();
  if (n1.includes(' ') && sortedTokens(n1) === sortedTokens(n2)) {
    for (const [y1, a] of f1)
      for (const [y2, b] of f2) if (y1 === y2 || y1 === 0 || y2 === 0) cross(a, b, add);
  }
  if (!withinOneEdit(n1, n2)) return;
  for (const [year, a] of f1) {
    const b = f2.get(year);
    if (year === 0 || !b) continue;
    for (const i of a)
      for (const j of b) if (corroborates(rows[i] as MatchRow, rows[j] as MatchRow)) add(i, j);
  }
}

function corroborates(a: MatchRow, b: MatchRow): boolean {
  if (a.birthDate !== null && a.birthDate === b.birthDate) return true;
  return a.workplace !== null && a.workplace.toLowerCase() === b.workplace?.toLowerCase();
}

const person = fc.record(
  {
    fullName: fc.constantFrom(
      'Nguyễn Văn An',
      'Nguyen Van An',
      'Nguyễn Văn Ann',
      'Nguyễn An Văn',
      'Nguyễn Văn Anh',
      'Trần Thị Hoa',
      'Trần Hoa Thị',
      'Lê Minh Đức',
      'Lê Đức Minh',
      'Lê Minh Đúc',
    ),
    birthYear: fc.constantFrom(1980, 1981),
    birthDate: fc.constantFrom('1980-01-01', '1980-02-02', '1981-03-03'),
    cccd: fc.constantFrom('001080000001', '001080000002', '001081000003'),
    workplace: fc.constantFrom('Sở Y tế', 'SỞ Y TẾ', 'UBND xã A', 'Trường B'),
    gender: fc.constantFrom('male' as const, 'female' as const),
  },
  { requiredKeys: ['fullName'] },
);

describe('proposePairs (blocking)', () => {
  it('proposes exactly the pairs of the blocking rules (property, against a plain string-keyed reference)', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), (people) => {
        const inputs: Input[] = people.map((data) => ({ kind: 'individual', data }));
        const table = buildMatchTable(inputs);
        expect([...proposed(inputs)].sort()).toEqual([...reference(table.rows)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('pairs rows of one name and year, one sharing a CCCD, a swapped name and a corroborated typo', () => {
    const pairs = proposed([
      { kind: 'individual', data: { fullName: 'Nguyễn Văn An', birthYear: 1980 } },
      { kind: 'individual', data: { fullName: 'Nguyen Van An', birthYear: 1980 } },
      { kind: 'individual', data: { fullName: 'Trần Thị Hoa', cccd: '001080000001' } },
      { kind: 'individual', data: { fullName: 'Hoa Trần', cccd: '001080000001' } },
      { kind: 'individual', data: { fullName: 'Nguyễn An Văn', birthYear: 1980 } },
      { kind: 'individual', data: { fullName: 'Nguyễn Văn Ann', birthYear: 1980, workplace: 'Sở Y tế' } },
      { kind: 'individual', data: { fullName: 'Nguyễn Văn An', birthYear: 1980, workplace: 'SỞ Y TẾ' } },
      { kind: 'individual', data: { fullName: 'Nguyễn Văn Ann', birthYear: 1981, workplace: 'Sở Y tế' } },
    ]);
    for (const p of ['0-1', '2-3', '0-4', '5-6']) expect(pairs).toContain(p);
    expect(pairs).not.toContain('6-7');
    expect(pairs).not.toContain('0-5');
  });

  it('keeps the pairs per row bounded on a huge block of namesakes', () => {
    const inputs: Input[] = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'individual',
      data: {
        fullName: 'Nguyễn Văn An',
        ...(i % 3 === 0 ? {} : { birthYear: 1980 + (i % 2) }),
        workplace: `UBND xã ${i % 50}`,
      },
    }));
    const pairs = proposed(inputs);
    // Three forms of 1,000 rows (a band: rows - 1 pairs each), and the form without year against the two others
    // (capped at 16 × 16 rows each): linear in the rows, not 3000² / 2.
    expect(pairs.size).toBe(999 + 999 + 999 + 2 * 256);
  });
});
