// One master entry from the rows found to be the same nominee: fields from the first source that gives them,
// all sources, the row issues of every source, and the entry-level issues (several awards, sources that differ).

import { cleanText } from '../text/normalize';
import { ENTRY_ISSUES, type EntryIssueCode, FIELD_LABELS, fillMessage } from './codes';
import type {
  EligibilityResult,
  EntryIssue,
  EntrySource,
  MasterEntry,
  ReviewDecision,
  SubmissionRow,
  UnitSubmission,
} from './types';
import { NOMINEE_FIELD_KEYS, type NomineeFieldKey } from './types';

/** A valid row of a unit's submission with its provenance. */
export interface SourcedRow {
  submission: UnitSubmission;
  row: SubmissionRow;
  source: EntrySource;
}

/** Every nominee field but the unit's own notes is copied from the representative row. */
const COPIED_FIELDS = NOMINEE_FIELD_KEYS.filter(
  (key): key is Exclude<NomineeFieldKey, 'notes'> => key !== 'notes',
);

const COMPARED_FIELDS = [
  'fullName',
  'collectiveName',
  'gender',
  'birthDate',
  'birthYear',
  'ethnicity',
  'cccd',
] as const;

export interface EntryExtras {
  eligibility: EligibilityResult | undefined;
  review: ReviewDecision | undefined;
}

export function buildEntry(nomineeId: string, members: SourcedRow[], extras: EntryExtras): MasterEntry {
  const first = members[0]?.row;
  const kind = first?.kind ?? 'individual';
  const entry: MasterEntry = {
    nomineeId,
    kind,
    displayName: '',
    proposedAwards: proposedAwards(members),
    sources: members.map((m) => m.source),
    issues: [],
    reviewState: 'pending',
    duplicateGroupIds: [],
  };
  copyFields(entry, members);
  entry.displayName =
    (kind === 'individual' ? entry.fullName : (entry.collectiveName ?? entry.fullName)) ?? '';
  entry.issues = [...members.flatMap(rowIssues), ...entryIssues(entry, members)];
  applyExtras(entry, extras);
  return entry;
}

function copyFields(entry: MasterEntry, members: SourcedRow[]): void {
  const target = entry as unknown as Record<string, unknown>;
  for (const field of COPIED_FIELDS) {
    const value = members.find((m) => m.row.data[field] !== undefined && m.row.data[field] !== '')?.row.data[
      field
    ];
    if (value !== undefined) target[field] = value;
  }
}

function proposedAwards(members: SourcedRow[]): string[] {
  const awards: string[] = [];
  for (const m of members)
    if (m.row.data.award && !awards.includes(m.row.data.award)) awards.push(m.row.data.award);
  return awards;
}

function rowIssues(m: SourcedRow): EntryIssue[] {
  return (m.row.issues ?? []).map((i) => ({
    code: i.code,
    severity: i.severity,
    message: i.message,
    field: i.field,
    unitId: m.source.unitId,
    row: i.row,
    column: i.column,
  }));
}

function entryIssues(entry: MasterEntry, members: SourcedRow[]): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (entry.proposedAwards.length > 1) {
    issues.push(
      entryIssue('CONS_MULTIPLE_AWARDS', 'award', {
        count: entry.proposedAwards.length,
        awards: entry.proposedAwards.join(', '),
      }),
    );
  }
  const differing = differingFields(members);
  if (differing.length > 0)
    issues.push(
      entryIssue('CONS_SOURCES_DIFFER', '', {
        fields: differing.map((f) => FIELD_LABELS[f] ?? f).join(', '),
      }),
    );
  return issues;
}

export function entryIssue(
  code: EntryIssueCode,
  field: string,
  values: Record<string, string | number>,
): EntryIssue {
  const info = ENTRY_ISSUES[code];
  return { code, severity: info.severity, message: fillMessage(info.message, values), field };
}

function differingFields(members: SourcedRow[]): string[] {
  return COMPARED_FIELDS.filter((field) => {
    const values = new Set<string>();
    for (const m of members) {
      const value = m.row.data[field];
      if (value !== undefined && value !== '') values.add(cleanText(String(value)).toLowerCase());
    }
    return values.size > 1;
  });
}

function applyExtras(entry: MasterEntry, extras: EntryExtras): void {
  if (extras.eligibility) entry.eligibility = extras.eligibility;
  const review = extras.review;
  if (!review) return;
  entry.reviewState = review.state;
  if (review.note !== undefined) entry.reviewNote = review.note;
  if (review.awardDecision !== undefined) entry.awardDecision = review.awardDecision;
}
