// The award history across campaigns: awards the board records as given (reviewNominee "đã khen thưởng") are
// stored by nominee key, and validation of later submissions looks the nominees up there, so eligibility
// criteria ("3 consecutive years of …") see awards the units did not write down.
import { contentHash } from '../../../shared/consolidation/hash';
import type { NomineeFields } from '../../../shared/consolidation/types';
import type { AwardHistoryEntry } from '../../../shared/schema/campaign-rules';
import type {
  AwardHistoryRecord,
  AwardHistoryRepository,
  GridValidator,
  NomineeReview,
  ValidationInput,
  ValidationOutcome,
} from '../ports';
import { nomineeKeysOf, primaryKey } from './award-history-keys';
import type { StoredEntry } from './master-store';

/** Records the award of an awarded review; returns the record id (the same id when recorded again). */
export async function recordAward(
  history: AwardHistoryRepository,
  campaignId: string,
  entry: StoredEntry,
  review: NomineeReview,
  year: number,
): Promise<string | null> {
  const record = awardRecordOf(campaignId, entry, review, year);
  if (!record) return null;
  await history.record(record);
  return record.id;
}

/**
 * The award-history record of an awarded review; null when the entry has no key or the review no award/date.
 * `year` is the year the award is for: the campaign's evaluation year (a "CSTĐ cơ sở năm 2025" is decided in
 * 2026), not the year of the decision's date, so consecutive-years criteria count the years assessed.
 */
export function awardRecordOf(
  campaignId: string,
  entry: StoredEntry,
  review: NomineeReview,
  year: number,
): AwardHistoryRecord | null {
  const nomineeKey = primaryKey(entry);
  if (!nomineeKey || !review.awardCode || !review.decisionDate) return null;
  return {
    id: awardRecordId(nomineeKey, review.awardCode, year, review.decisionNumber),
    nomineeKey,
    campaignId,
    nomineeId: entry.nomineeId,
    recordedBy: review.reviewedBy,
    recordedAt: review.reviewedAt,
    awardCode: review.awardCode,
    year,
    ...identityOf(entry),
    ...(review.decisionNumber === undefined ? {} : { decisionNumber: review.decisionNumber }),
    decisionDate: review.decisionDate,
  };
}

/** Content-derived id: the same nominee, award, year and decision number give the same record, however recorded. */
export function awardRecordId(
  nomineeKey: string,
  awardCode: string,
  year: number,
  decisionNumber: string | undefined,
): string {
  return `a-${contentHash([nomineeKey, awardCode, year, decisionNumber ?? ''])}`;
}

function identityOf(entry: StoredEntry): Partial<AwardHistoryEntry> {
  const { cccd, fullName, collectiveName } = entry;
  const birthYear = entry.birthYear ?? (entry.birthDate ? Number(entry.birthDate.slice(0, 4)) : undefined);
  return {
    ...(cccd === undefined ? {} : { cccd }),
    ...(fullName === undefined || entry.kind !== 'individual' ? {} : { fullName }),
    ...(birthYear === undefined ? {} : { birthYear }),
    ...(collectiveName === undefined ? {} : { collectiveName }),
  };
}

/**
 * Validates a grid with the award history of its nominees: a first pass reads the rows, their keys are looked
 * up, and only when history exists is the grid validated again with it.
 */
export async function validateWithHistory(
  validate: GridValidator,
  history: AwardHistoryRepository | undefined,
  grid: Parameters<GridValidator>[0],
  input: ValidationInput,
): Promise<ValidationOutcome> {
  const first = validate(grid, input);
  const awardHistory = await historyEntriesFor(history, first);
  return awardHistory ? validate(grid, { ...input, awardHistory }) : first;
}

/** The recorded awards of the nominees a first validation pass found; undefined when there are none. */
export async function historyEntriesFor(
  history: AwardHistoryRepository | undefined,
  first: ValidationOutcome,
): Promise<AwardHistoryEntry[] | undefined> {
  if (!history) return undefined;
  const keys = [...new Set(first.rows.flatMap((row) => nomineeKeysOf(row.data as NomineeFields)))];
  if (keys.length === 0) return undefined;
  const found = await history.findByKeys(keys);
  return found.length === 0 ? undefined : found.map(toEntry);
}

function toEntry(record: AwardHistoryRecord): AwardHistoryEntry {
  const {
    id: _id,
    nomineeKey: _k,
    campaignId: _c,
    nomineeId: _n,
    recordedBy: _b,
    recordedAt: _a,
    ...entry
  } = record;
  return entry;
}
