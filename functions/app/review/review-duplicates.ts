// reviewDuplicates (board only): "same" merges the listed rows into one nominee, "different" keeps them apart.
// The decision is stored by the sorted member keys (stable while the persons' data stays the same, whatever rows
// the units move or edit) and applies from the next consolidation on; every decision also goes to the review log.
import type { ReviewDuplicatesBody, ReviewDuplicatesResponse } from '../../../shared/api/reviews';
import { contentHash } from '../../../shared/consolidation/hash';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  CampaignRepository,
  Clock,
  MasterRepository,
  Principal,
  ReviewRepository,
  StoredDuplicateDecision,
} from '../ports';

export interface ReviewDeps {
  campaigns: CampaignRepository;
  masters: MasterRepository;
  reviews: ReviewRepository;
  clock: Clock;
}

export async function reviewDuplicates(
  request: ReviewDuplicatesBody,
  principal: Principal,
  deps: ReviewDeps,
): Promise<ReviewDuplicatesResponse> {
  requireBoard(principal);
  await loadCampaign(deps.campaigns, request.campaignId);
  const head = await deps.masters.latest(request.campaignId);
  if (!head) throw new AppError('MASTER_NOT_FOUND');
  const keys = [...new Set(request.memberKeys)].sort();
  const group = head.duplicates.find((g) => keys.length > 1 && keys.every((k) => g.memberKeys.includes(k)));
  if (!group) throw new AppError('DUPLICATE_GROUP_NOT_FOUND');
  const decision: StoredDuplicateDecision = {
    decisionId: `d-${contentHash(keys)}`,
    groupId: group.groupId,
    memberKeys: keys,
    decision: request.decision,
    decidedBy: principal.email,
    decidedAt: deps.clock.now().toISOString(),
    masterVersion: head.version,
    ...(request.note ? { note: request.note } : {}),
  };
  await deps.reviews.saveDuplicateDecision(request.campaignId, decision);
  await deps.reviews.log(request.campaignId, logEntry(decision, request.note));
  const { decisionId, groupId, memberKeys, decidedBy, decidedAt, masterVersion } = decision;
  return { decisionId, groupId, memberKeys, decision: request.decision, decidedBy, decidedAt, masterVersion };
}

function logEntry(decision: StoredDuplicateDecision, note: string | undefined) {
  return {
    at: decision.decidedAt,
    actor: decision.decidedBy,
    action: 'reviewDuplicates' as const,
    subject: decision.memberKeys.join(' + '),
    value: decision.decision,
    ...(note ? { note } : {}),
  };
}
