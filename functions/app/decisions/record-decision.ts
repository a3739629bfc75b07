// recordDecision (board only): the signed Quyết định's number and date mark its entries "đã khen thưởng" and write
// their award history in one step. Each entry is decided by the rules of reviewNominee (review-nominee.ts: state
// awarded, the award the board decided or the one proposed) and its review, log entry and award-history record are
// written together (ReviewRepository.saveAwardDecisions), so a crash leaves an entry before or after, never half.
// Idempotent: an entry that already carries this decision on this content is answered `changed: false` and
// nothing is written. The whole request is refused (nothing written) when a number or date is malformed, a
// nominee is unknown or an entry is neither approved nor already awarded by this decision.
import {
  DECISION_NUMBER_PATTERN,
  type RecordDecisionBody,
  type RecordDecisionResponse,
} from '../../../shared/api/decisions';
import type { FieldError } from '../../../shared/api/field-errors';
import { requireBoard } from '../campaigns/access';
import { campaignEvaluationYear } from '../campaigns/evaluation-year';
import { awardRecordOf } from '../consolidation/award-history';
import { AppError, InvalidFieldsError } from '../errors';
import type { AwardDecisionWrite, Principal } from '../ports';
import { type ReviewNomineeDeps, reviewLogEntry, reviewOf, sameDecision } from '../review/review-nominee';
import { decisionSource, isApproved, isAwardedBy, type ReviewedEntry } from './decision-entries';

export type RecordDecisionDeps = Omit<ReviewNomineeDeps, 'awardHistory'>;

interface Decided {
  write: AwardDecisionWrite;
  changed: boolean;
}

export async function recordDecision(
  request: RecordDecisionBody,
  principal: Principal,
  deps: RecordDecisionDeps,
): Promise<RecordDecisionResponse> {
  requireBoard(principal);
  const now = deps.clock.now();
  checkDecision(request, now);
  const source = await decisionSource(deps, request.campaignId);
  const targets = targetsOf(request, source.entries);
  const at = { version: source.version, year: campaignEvaluationYear(source.campaign) };
  const decided = targets.map((item) => decide(request, item, principal, now, at));
  const writes = decided.filter((d) => d.changed).map((d) => d.write);
  await deps.reviews.saveAwardDecisions(request.campaignId, writes);
  return {
    campaignId: request.campaignId,
    version: source.version,
    decisionNumber: request.decisionNumber,
    decisionDate: request.decisionDate,
    recorded: writes.length,
    unchanged: decided.length - writes.length,
    awarded: decided.map(({ write, changed }) => ({
      nomineeId: write.review.nomineeId,
      displayName: write.review.displayName,
      awardCode: write.review.awardCode ?? '',
      awardHistoryId: write.award?.id ?? null,
      changed,
    })),
  };
}

/** DECISION_NUMBER_INVALID / DECISION_DATE_INVALID: "1234/QĐ-UBND", a real date not after today. */
export function checkDecision(
  request: Pick<RecordDecisionBody, 'decisionNumber' | 'decisionDate'>,
  now: Date,
): void {
  if (!DECISION_NUMBER_PATTERN.test(request.decisionNumber.normalize('NFC')))
    throw new AppError('DECISION_NUMBER_INVALID', `decisionNumber ${request.decisionNumber}`);
  const date = request.decisionDate;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  const real =
    parsed !== undefined && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
  // A day of slack: the decision may be dated today in Việt Nam while it is still yesterday in UTC.
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (!real || date > tomorrow || date < '2000-01-01')
    throw new AppError('DECISION_DATE_INVALID', `decisionDate ${date}`);
}

/** The entries named (each must be approved, or awarded by this decision already), or every such entry. */
function targetsOf(request: RecordDecisionBody, entries: ReviewedEntry[]): ReviewedEntry[] {
  const fits = (item: ReviewedEntry) => isApproved(item) || isAwardedBy(item, request.decisionNumber);
  if (request.nomineeIds === undefined) {
    const all = entries.filter(fits);
    if (all.length === 0) throw new AppError('DECISION_NO_APPROVED_ENTRIES');
    return all;
  }
  const byId = new Map(entries.map((item) => [item.entry.nomineeId, item]));
  const unknown = request.nomineeIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new AppError('NOMINEE_NOT_FOUND', `unknown nominees ${unknown.join(', ')}`);
  const items = [...new Set(request.nomineeIds)].map((id) => byId.get(id) as ReviewedEntry);
  const refused: FieldError[] = request.nomineeIds.flatMap((id, i) =>
    fits(byId.get(id) as ReviewedEntry)
      ? []
      : [{ path: ['nomineeIds', i], message: 'Trường hợp này chưa ở trạng thái "Đã duyệt".' }],
  );
  if (refused.length > 0) throw new InvalidFieldsError(refused, 'DECISION_ENTRY_NOT_APPROVED');
  return items;
}

function decide(
  request: RecordDecisionBody,
  item: ReviewedEntry,
  principal: Principal,
  now: Date,
  at: { version: number; year: number },
): Decided {
  const old = item.review;
  const row = {
    nomineeId: item.entry.nomineeId,
    state: 'awarded' as const,
    decisionNumber: request.decisionNumber,
    decisionDate: request.decisionDate,
    ...(old?.note === undefined ? {} : { note: old.note }),
    ...(old?.state === 'awarded' && old.awardCode !== undefined ? { awardCode: old.awardCode } : {}),
  };
  const fresh = reviewOf(row, item.entry, principal, now, at.version);
  const changed = !sameDecision(old, fresh);
  const review = changed || !old ? fresh : old;
  const write = {
    review,
    log: reviewLogEntry(review),
    award: awardRecordOf(request.campaignId, item.entry, review, at.year),
  };
  return { write, changed };
}
