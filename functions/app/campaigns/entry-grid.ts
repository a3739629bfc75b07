// Master entries → a grid a unit could have typed: one header row of the field table's labels (shared/schema) and
// one row per entry from its representative data, coded values written as their Vietnamese labels, plus the
// `sourceRef` column holding the row's provenance. sendUp and carryForward submit such grids through
// submitNominations, so the receiving campaign validates and stores them like any unit's list.

import { formatProvenance, type Provenance } from '../../../shared/consolidation/provenance';
import { type MasterEntry, NOMINEE_FIELD_KEYS } from '../../../shared/consolidation/types';
import type { NominationKind } from '../../../shared/grid/types';
import { type FieldSpec, fieldSpec, fieldsOf } from '../../../shared/schema/fields';
import { AWARDS } from '../../../shared/vocab/awards';
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS } from '../../../shared/vocab/education-levels';
import { ETHNIC_GROUPS } from '../../../shared/vocab/ethnic-groups';
import { GENDERS } from '../../../shared/vocab/genders';
import { labelOf, type VocabEntry } from '../../../shared/vocab/lookup';
import { SECTORS } from '../../../shared/vocab/sectors';
import { SOCIAL_COMPOSITIONS } from '../../../shared/vocab/social-compositions';
import { TASK_RATINGS } from '../../../shared/vocab/task-ratings';

/** One row to send: the entry, the award to propose (the board's decision wins), notes, and where it came from. */
export interface EntryRow {
  entry: MasterEntry;
  award?: string | undefined;
  notes?: string | undefined;
  provenance: Provenance;
}

const VOCABS: Partial<Record<FieldSpec['type'], readonly VocabEntry[]>> = {
  gender: GENDERS,
  ethnicity: ETHNIC_GROUPS,
  award: AWARDS,
  education: EDUCATION_LEVELS,
  politicalTheory: POLITICAL_THEORY_LEVELS,
  composition: SOCIAL_COMPOSITIONS,
  sector: SECTORS,
  taskRating: TASK_RATINGS,
};

type CellValue = string | number | boolean | null;

/** A grid both the API schema (GridInput) and validateGrid (Grid) accept. */
export interface EntryGrid {
  header: string[][];
  rows: CellValue[][];
  firstRow: number;
  firstColumn: number;
  sheetName: string;
}

/** Sheet row of the first data row (the header is row 1). */
export const FIRST_ROW = 2;

/** The grid of one kind's rows; only the fields some entry has get a column, in the field table's order. */
export function entryGrid(kind: NominationKind, rows: EntryRow[], sheetName: string): EntryGrid {
  const carried = new Set<string>(NOMINEE_FIELD_KEYS.filter((k) => k !== 'award' && k !== 'notes'));
  const fields = fieldsOf(kind).filter(
    (f) => carried.has(f.key) && rows.some((r) => cellValue(r, f.key) !== undefined),
  );
  const extra = ['award', 'notes', 'sourceRef'].map((key) => fieldSpec(key) as FieldSpec);
  const columns = [...fields, ...extra];
  return {
    header: [columns.map((f) => f.label)],
    rows: rows.map((row) => columns.map((f) => cellOf(f, cellValue(row, f.key)))),
    firstRow: FIRST_ROW,
    firstColumn: 1,
    sheetName,
  };
}

function cellValue(row: EntryRow, key: string): unknown {
  if (key === 'award') return row.award;
  if (key === 'notes') return row.notes;
  if (key === 'sourceRef') return formatProvenance(row.provenance);
  return (row.entry as unknown as Record<string, unknown>)[key];
}

function cellOf(field: FieldSpec, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean' || typeof value === 'number') return value;
  const text = String(value);
  if (field.type === 'date') return text.split('-').reverse().join('/');
  const vocab = VOCABS[field.type];
  return vocab === undefined ? text : labelOf(vocab, text);
}

/** The provenance rows of an entry: its sources in the sending campaign. */
export function provenanceOf(campaignId: string, masterVersion: number, entry: MasterEntry): Provenance {
  return {
    campaignId,
    masterVersion,
    nomineeId: entry.nomineeId,
    rows: entry.sources.map((s) => ({ unitId: s.unitId, kind: s.kind, sheetRow: s.sheetRow })),
  };
}
