// Every value a template dropdown offers (the add-on's "Danh mục" lists and fixed Có/Không choices, both derived
// from the shared vocabularies by sheets-addon/src/core/template-spec.ts) must validate to its code: a unit that
// picks from the list can never be told the value is unknown or ambiguous.
import { describe, expect, it } from 'vitest';
import type { NominationKind } from '../../../shared/grid/types';
import { validateGrid } from '../../../shared/grid/validate-grid';
import { AWARDS } from '../../../shared/vocab/awards';
import { ETHNIC_GROUPS } from '../../../shared/vocab/ethnic-groups';
import { catalogLists, tabSpec, YES_NO } from '../../../sheets-addon/src/core/template-spec';

const VOCAB_CODES = new Set([
  'ethnicity.unknown',
  'ethnicity.ambiguous',
  'award.unknown',
  'award.wrongKind',
  'vocab.unknown',
  'level.unrecognised',
  'movement.unknown',
  'gender.invalid',
  'boolean.invalid',
]);

const BASE: Record<NominationKind, Record<string, unknown>> = {
  individual: { fullName: 'Nguyễn Văn An', birthYear: 1980, gender: 'Nam', delegate: 'Có' },
  collective: { collectiveName: 'Phòng Tổ chức cán bộ', delegate: 'Có' },
};

interface Case {
  kind: NominationKind;
  key: string;
  value: string;
}

function cases(kind: NominationKind): Case[] {
  const lists = new Map(catalogLists().map((l) => [l.id, l.values]));
  return tabSpec(kind).columns.flatMap((column) => {
    const values = column.list !== undefined ? (lists.get(column.list) ?? []) : (column.choices ?? []);
    return values.map((value) => ({ kind, key: column.key, value }));
  });
}

function validate(c: Case) {
  const columns = tabSpec(c.kind).columns;
  const row = columns.map((col) => (col.key === c.key ? c.value : (BASE[c.kind][col.key] ?? '')));
  const result = validateGrid(
    { header: columns.map((col) => col.label), rows: [row], firstRow: 2 },
    {
      kind: c.kind,
      today: '2026-06-01',
    },
  );
  const column = columns.findIndex((col) => col.key === c.key) + 1;
  return { result, column };
}

function storedOf(result: ReturnType<typeof validateGrid>): Record<string, unknown> {
  return (result.rows[0]?.data ?? {}) as Record<string, unknown>;
}

const ALL = [...cases('individual'), ...cases('collective')];

describe('template dropdown values', () => {
  it('covers every list of the Danh mục tab and the Có/Không choices', () => {
    const offered = new Set(ALL.map((c) => c.value));
    for (const list of catalogLists()) for (const v of list.values) expect(offered.has(v)).toBe(true);
    for (const v of YES_NO) expect(offered.has(v)).toBe(true);
    expect(ALL.length).toBeGreaterThan(150);
  });

  it.each(ALL.map((c) => [c.kind, c.key, c.value, c] as const))(
    '%s %s "%s" validates to its code',
    (_kind, key, _value, c) => {
      const { result, column } = validate(c);
      const vocabIssues = result.issues.filter((i) => i.column === column && VOCAB_CODES.has(i.code));
      expect(vocabIssues).toEqual([]);
      const stored = (result.rows[0]?.data as Record<string, unknown> | undefined)?.[key];
      expect(stored).toBeDefined();
      expect(stored).not.toBe(c.value === 'Không' ? true : undefined);
    },
  );

  it('Hoa and Thổ from the list are stored as their own codes (ethnic-minority statistics depend on it)', () => {
    const ethnicity = (value: string) =>
      storedOf(validate({ kind: 'individual', key: 'ethnicity', value }).result).ethnicity;
    expect(ethnicity('Hoa')).toBe('04');
    expect(ethnicity('Thổ')).toBe('24');
    expect(ethnicity('Kinh')).toBe('01');
    for (const g of ETHNIC_GROUPS) expect(ethnicity(g.label)).toBe(g.code);
  });

  it('every award label of the award lists is stored as that award code', () => {
    for (const kind of ['individual', 'collective'] as const) {
      for (const a of AWARDS.filter((x) => x.kinds.includes(kind))) {
        const { result } = validate({ kind, key: 'award', value: a.label });
        expect(storedOf(result).award).toBe(a.code);
      }
    }
  });
});
