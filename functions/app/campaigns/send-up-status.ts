// sendUpStatus (board only): what the parent campaign's board decided on what this campaign sent up. Read from the
// parent: the newest list of each kind of this campaign's unit there (rows carrying this campaign's provenance),
// the parent's current master version (which parent nominee each row became) and the parent's reviews as they
// stand now, so a return ("cần bổ sung" with its note) or an approval shows here as soon as it is made.
import type { SendUpStatusResponse, SentNominee } from '../../../shared/api/chains';
import { NOMINEE_REVIEW_LABELS } from '../../../shared/api/master-entries';
import { parseProvenance } from '../../../shared/consolidation/provenance';
import type { MasterVersion } from '../../../shared/consolidation/types';
import { masterVersionOf } from '../consolidation/master-store';
import { AppError } from '../errors';
import type {
  CampaignRepository,
  CommitRecord,
  MasterRepository,
  NomineeReview,
  Principal,
  ReviewRepository,
  StoredRow,
  SubmissionRepository,
} from '../ports';
import { latestByKind, latestLists } from '../submissions/latest-by-kind';
import { requireBoard } from './access';
import { loadCampaign } from './load-target';

export interface SendUpStatusDeps {
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  masters: MasterRepository;
  reviews: ReviewRepository;
}

const NOT_REVIEWED = 'Chưa xét';

export async function sendUpStatus(
  request: { campaignId: string },
  principal: Principal,
  deps: SendUpStatusDeps,
): Promise<SendUpStatusResponse> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const parent = campaign.parent;
  if (!parent) throw new AppError('CAMPAIGN_NO_PARENT');
  const unit = deps.submissions.unit(parent.campaignId, parent.unitId);
  const lists = latestLists(latestByKind(await unit.listCommits()));
  const rows = await Promise.all(lists.map((c) => unit.readRows(c.versionId)));
  const head = await deps.masters.latest(parent.campaignId);
  const [stored, reviews] = await Promise.all([
    head ? deps.masters.read(parent.campaignId, head.version) : null,
    deps.reviews.listNomineeReviews(parent.campaignId),
  ]);
  const master = stored ? masterVersionOf(stored) : null;
  const parentOf = parentNominees(master, parent.unitId);
  const reviewOf = new Map(reviews.map((r) => [r.nomineeId, r]));
  const nominees = lists.flatMap((commit, i) =>
    (rows[i] ?? []).flatMap((row) => sent(campaign.id, parent.unitId, commit, row, parentOf, reviewOf)),
  );
  return {
    campaignId: campaign.id,
    parent,
    parentMasterVersion: head?.version ?? null,
    lists: lists.map((c) => ({
      kind: c.kind,
      version: c.version,
      submittedAt: c.submittedAt,
      rows: c.rowCount,
    })),
    nominees,
    returned: nominees.filter((n) => n.parentState === 'needsInfo').length,
    approved: nominees.filter((n) => n.parentState === 'approved' || n.parentState === 'awarded').length,
  };
}

/** `rowId@submissionVersion` of the unit's source rows → the parent nominee. */
function parentNominees(master: MasterVersion | null, unitId: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of master?.entries ?? [])
    for (const s of entry.sources)
      if (s.unitId === unitId) out.set(`${s.rowId}@${s.submissionVersion}`, entry.nomineeId);
  return out;
}

function sent(
  campaignId: string,
  unitId: string,
  commit: CommitRecord,
  row: StoredRow,
  parentOf: Map<string, string>,
  reviewOf: Map<string, NomineeReview>,
): SentNominee[] {
  const provenance = parseProvenance(row.data.sourceRef);
  if (!provenance || provenance.campaignId !== campaignId) return [];
  const parentNomineeId = parentOf.get(`${unitId}:${commit.kind}:${row.sheetRow}@${commit.version}`) ?? null;
  const review = parentNomineeId === null ? undefined : reviewOf.get(parentNomineeId);
  return [
    {
      nomineeId: provenance.nomineeId,
      displayName: displayNameOf(row),
      kind: commit.kind,
      masterVersion: provenance.masterVersion,
      submissionVersion: commit.version,
      sheetRow: row.sheetRow,
      parentNomineeId,
      parentState: review?.state ?? null,
      parentStateLabel: review ? NOMINEE_REVIEW_LABELS[review.state] : NOT_REVIEWED,
      ...(review?.note === undefined ? {} : { note: review.note }),
      ...(review === undefined ? {} : { reviewedAt: review.reviewedAt }),
    },
  ];
}

function displayNameOf(row: StoredRow): string {
  const { fullName, collectiveName } = row.data as { fullName?: unknown; collectiveName?: unknown };
  return String(fullName ?? collectiveName ?? '');
}
