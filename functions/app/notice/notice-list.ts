// The public list of a campaign: the entries of its latest master version whose board review is in the notice's
// states, reduced to their public fields (name, position, unit, award, kind). Nothing else of an entry leaves this
// module: CCCD, birth date, phone, e-mail, address, ethnicity and the rest are never copied.
import type { NomineeReviewState } from '../../../shared/api/master-entries';
import { awardByCode } from '../../../shared/vocab/awards';
import { AppError } from '../errors';
import type {
  CampaignRepository,
  MasterRepository,
  NomineeReview,
  ReviewRepository,
  StoredEntry,
} from '../ports';
import type { NoticeRow } from './render-page';

export interface NoticeListDeps {
  campaigns: Pick<CampaignRepository, 'listUnits'>;
  masters: Pick<MasterRepository, 'latest' | 'readEntries'>;
  reviews: Pick<ReviewRepository, 'listNomineeReviews'>;
}

const READ_PAGE = 1000;
const KIND_LABELS = { individual: 'Cá nhân', collective: 'Tập thể' } as const;

async function latestEntries(deps: NoticeListDeps, campaignId: string): Promise<StoredEntry[]> {
  const info = await deps.masters.latest(campaignId);
  if (!info) return [];
  const entries: StoredEntry[] = [];
  for (let offset = 0; ; offset += READ_PAGE) {
    const page = await deps.masters.readEntries(campaignId, info.version, { offset, limit: READ_PAGE });
    entries.push(...page);
    if (page.length < READ_PAGE) return entries;
  }
}

/** The award shown: the board's recorded award, else its award decision, else the units' proposal. */
function awardLabel(entry: StoredEntry, review: NomineeReview): string {
  const code = review.awardCode ?? entry.awardDecision ?? entry.award ?? entry.proposedAwards[0] ?? '';
  return awardByCode(code)?.label ?? code;
}

function rowOf(
  entry: StoredEntry,
  review: NomineeReview,
  index: number,
  units: Map<string, string>,
): NoticeRow {
  const unitId = entry.sources[0]?.unitId ?? '';
  const position = typeof entry.position === 'string' && entry.position.trim() ? entry.position : undefined;
  return {
    index,
    nomineeId: entry.nomineeId,
    kindLabel: KIND_LABELS[entry.kind],
    name: entry.displayName,
    ...(position === undefined ? {} : { position }),
    unitName: units.get(unitId) ?? unitId,
    awardLabel: awardLabel(entry, review),
  };
}

/** The public rows, in master display order, numbered from 1. */
export async function noticeRows(
  deps: NoticeListDeps,
  campaignId: string,
  states: readonly NomineeReviewState[],
): Promise<NoticeRow[]> {
  const [entries, reviews, units] = await Promise.all([
    latestEntries(deps, campaignId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'MASTER_NOT_FOUND') return [];
      throw error;
    }),
    deps.reviews.listNomineeReviews(campaignId),
    deps.campaigns.listUnits(campaignId),
  ]);
  const byId = new Map(reviews.map((r) => [r.nomineeId, r]));
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const rows: NoticeRow[] = [];
  for (const entry of entries) {
    const review = byId.get(entry.nomineeId);
    if (!review || !states.includes(review.state)) continue;
    rows.push(rowOf(entry, review, rows.length + 1, unitNames));
  }
  return rows;
}
