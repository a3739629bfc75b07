// What a review applies to: the nominee's reviewed fields (every nominee field but the unit's own notes, and the
// proposed awards) and their hash. A review stores both; when a later master entry's hash differs, the review is
// shown as "cần duyệt lại" with the changed fields, old and new values.
import type { ReviewedFieldChange } from '../../../shared/api/master-entries';
import { contentHash, stableStringify } from '../../../shared/consolidation/hash';
import { type MasterEntry, NOMINEE_FIELD_KEYS } from '../../../shared/consolidation/types';
import { FIELDS } from '../../../shared/schema/fields';

export const REVIEWED_FIELDS: readonly string[] = [
  ...NOMINEE_FIELD_KEYS.filter((key) => key !== 'notes'),
  'proposedAwards',
];

const LABELS = new Map<string, string>([
  ...FIELDS.map((f): [string, string] => [f.key, f.label]),
  ['proposedAwards', 'Các hình thức đề nghị (mọi đơn vị)'],
]);

/** The entry's reviewed fields that have a value. */
export function reviewedValuesOf(entry: MasterEntry): Record<string, unknown> {
  const record = entry as unknown as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const field of REVIEWED_FIELDS) {
    const value = record[field];
    if (value !== undefined && value !== null && value !== '') values[field] = value;
  }
  return values;
}

export function reviewedHash(values: Record<string, unknown>): string {
  return contentHash(values);
}

/** The reviewed fields whose value differs between the reviewed and the current content, in field order. */
export function changedFields(
  reviewed: Record<string, unknown>,
  current: Record<string, unknown>,
): ReviewedFieldChange[] {
  return REVIEWED_FIELDS.filter(
    (field) => stableStringify(reviewed[field] ?? null) !== stableStringify(current[field] ?? null),
  ).map((field) => ({
    field,
    label: LABELS.get(field) ?? field,
    before: reviewed[field] ?? null,
    after: current[field] ?? null,
  }));
}
