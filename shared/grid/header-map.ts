// Header matching: which column holds which field. Tolerates column order, extra columns, case, diacritics,
// spacing and punctuation ("HỌ VÀ TÊN", "Ho va ten", "Họ và tên (*)"), combined headers ("Chức vụ, đơn vị công
// tác") and the two-row split birth-year layout ("Năm sinh" over "Nam" / "Nữ").
import {
  COMBINED_COLUMNS,
  FIELDS,
  type Field,
  type FieldKey,
  fieldsOf,
  SEQ_COLUMN,
  SPLIT_BIRTH,
} from '../schema/fields';
import { cellText } from '../text/cells';
import { lookupKey } from '../text/normalize';
import type { Gender } from '../vocab/genders';
import type { NominationKind } from './types';

export type CombinedId = (typeof COMBINED_COLUMNS)[number]['id'];

export type ColumnRole =
  | { role: 'field'; field: Field }
  | { role: 'combined'; id: CombinedId; fields: readonly FieldKey[] }
  | { role: 'splitBirth'; gender: Gender }
  | { role: 'seq' };

export interface MappedColumn {
  /** 0-based index in the grid row. */
  index: number;
  header: string;
  role: ColumnRole;
}

export interface HeaderMap {
  columns: MappedColumn[];
  /** Fields some column fills. */
  present: ReadonlySet<FieldKey>;
  /** Index of the STT column, or -1. */
  seqIndex: number;
  /** Columns ignored because an earlier column already holds the same field. */
  duplicates: { index: number; header: string; other: string }[];
}

type Target = ColumnRole;

function keysOf(label: string, aliases: readonly string[]): string[] {
  return [label, ...aliases].map(lookupKey);
}

function buildTargets(kind: NominationKind): Map<string, Target> {
  const map = new Map<string, Target>();
  for (const k of keysOf(SEQ_COLUMN.label, SEQ_COLUMN.aliases)) map.set(k, { role: 'seq' });
  for (const field of fieldsOf(kind))
    for (const k of keysOf(field.label, field.aliases)) map.set(k, { role: 'field', field });
  for (const c of COMBINED_COLUMNS) {
    if (!(c.kinds as readonly string[]).includes(kind)) continue;
    for (const k of keysOf(c.label, c.aliases)) map.set(k, { role: 'combined', id: c.id, fields: c.fields });
  }
  return map;
}

const TARGETS: Record<NominationKind, Map<string, Target>> = {
  individual: buildTargets('individual'),
  collective: buildTargets('collective'),
};

/** Multi-word keys, longest first, for headers that start with a known label ("Họ và tên người được đề nghị"). */
const PREFIXES: Record<NominationKind, [string, Target][]> = {
  individual: [...TARGETS.individual]
    .filter(([k]) => k.includes(' '))
    .sort((a, b) => b[0].length - a[0].length),
  collective: [...TARGETS.collective]
    .filter(([k]) => k.includes(' '))
    .sort((a, b) => b[0].length - a[0].length),
};

const BIRTH_TOP = new Set(
  FIELDS.filter((f) => (SPLIT_BIRTH.top as readonly string[]).includes(f.key)).flatMap((f) =>
    keysOf(f.label, f.aliases),
  ),
);
const MALE = new Set(SPLIT_BIRTH.male.map(lookupKey));
const FEMALE = new Set(SPLIT_BIRTH.female.map(lookupKey));
const PARENS = /\([^)]*\)|\[[^\]]*\]|\*/g;

function splitGender(bottom: string): Gender | undefined {
  if (MALE.has(bottom)) return 'male';
  if (FEMALE.has(bottom)) return 'female';
  return undefined;
}

/** One-row variant of the split layout: "Năm sinh (Nam)", "Năm sinh Nữ". */
function splitInOneCell(key: string): Gender | undefined {
  for (const top of BIRTH_TOP) {
    if (key.startsWith(`${top} `)) return splitGender(key.slice(top.length + 1));
  }
  return undefined;
}

/** The target of one header text. */
export function matchHeader(text: string, kind: NominationKind): Target | undefined {
  const targets = TARGETS[kind];
  const key = lookupKey(text);
  if (key === '') return undefined;
  const direct = targets.get(key);
  if (direct !== undefined) return direct;
  const gender = splitInOneCell(key);
  if (gender !== undefined) return { role: 'splitBirth', gender };
  const bare = lookupKey(text.replace(PARENS, ' '));
  return targets.get(bare) ?? PREFIXES[kind].find(([p]) => bare.startsWith(`${p} `))?.[1];
}

function textAt(row: readonly unknown[] | undefined, index: number): string {
  const text = row === undefined ? undefined : cellText(row[index]);
  return typeof text === 'string' ? text : '';
}

/** Header rows as arrays (one or two used: the last two when more are given). */
export function headerRows(header: unknown): unknown[][] {
  if (!Array.isArray(header) || header.length === 0) return [];
  if (header.every((h) => Array.isArray(h))) return (header as unknown[][]).slice(-2);
  return [header as unknown[]];
}

interface HeaderCell {
  top: string;
  /** The top text carried from the left over a merged range (empty cells of getValues()). */
  carried: string;
  bottom: string;
}

function headerCells(rows: unknown[][]): HeaderCell[] {
  const [first, second] = rows.length === 2 ? rows : [undefined, rows[0]];
  const width = Math.max(first?.length ?? 0, second?.length ?? 0);
  const cells: HeaderCell[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const top = textAt(first, i);
    const bottom = textAt(second, i);
    carried = top !== '' ? top : bottom !== '' ? carried : '';
    cells.push({ top, carried, bottom });
  }
  return cells;
}

function roleOfCell(cell: HeaderCell, kind: NominationKind): { role: Target; header: string } | undefined {
  if (cell.carried !== '' && cell.bottom !== '' && BIRTH_TOP.has(lookupKey(cell.carried))) {
    const gender = splitGender(lookupKey(cell.bottom));
    if (gender !== undefined)
      return { role: { role: 'splitBirth', gender }, header: `${cell.carried} – ${cell.bottom}` };
  }
  for (const header of [cell.bottom, cell.top]) {
    const role = header === '' ? undefined : matchHeader(header, kind);
    if (role !== undefined) return { role, header };
  }
  return undefined;
}

function roleKey(role: Target): string {
  switch (role.role) {
    case 'field':
      return role.field.key;
    case 'combined':
      return role.id;
    case 'splitBirth':
      return `split:${role.gender}`;
    case 'seq':
      return 'seq';
  }
}

function fieldsFilled(role: Target): readonly FieldKey[] {
  switch (role.role) {
    case 'field':
      return [role.field.key];
    case 'combined':
      return role.fields;
    case 'splitBirth':
      return ['gender', 'birthYear'];
    case 'seq':
      return [];
  }
}

/** Maps a grid header for a list kind. */
export function mapHeader(header: unknown, kind: NominationKind): HeaderMap {
  const columns: MappedColumn[] = [];
  const present = new Set<FieldKey>();
  const seen = new Map<string, string>();
  const duplicates: HeaderMap['duplicates'] = [];
  let seqIndex = -1;
  headerCells(headerRows(header)).forEach((cell, index) => {
    const found = roleOfCell(cell, kind);
    if (found === undefined) return;
    const key = roleKey(found.role);
    const other = seen.get(key);
    if (other !== undefined) {
      duplicates.push({ index, header: found.header, other });
      return;
    }
    seen.set(key, found.header);
    if (found.role.role === 'seq') seqIndex = index;
    for (const f of fieldsFilled(found.role)) present.add(f);
    columns.push({ index, header: found.header, role: found.role });
  });
  return { columns, present, seqIndex, duplicates };
}
