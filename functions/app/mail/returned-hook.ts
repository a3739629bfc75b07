// After a review (reviewNominees / reviewNominee): every nominee returned for completion (cần bổ sung) is mailed to
// each nominating unit's contacts, keyed by `<unitId>:<reviewId>`: one mail per review decision and unit, exactly
// once (a retried request confirms the same reviewId, and the delivery log makes the second send a no-op; it sends
// when the first call died between storing the review and the mail). Failures are logged, never fail the review.
import type { CampaignRepository, Logger, NomineeReview } from '../ports';
import type { DeliveryReport, MailDeps } from './deliver';
import { type Dispatch, deliver } from './deliver';
import type { MailDirectory } from './ports';
import { errorFields } from './receipt-hook';
import { renderReturned } from './templates/returned';

const DAY_MS = 86_400_000;
const KEEP_TRYING_DAYS = 14;

export interface ReturnedHookDeps {
  mail: MailDeps;
  directory: MailDirectory;
  campaigns: Pick<CampaignRepository, 'getUnit'>;
  logger: Logger;
}

/** Mails the returned nominees among `reviews`; null when none was returned, or on failure (logged). */
export async function afterReview(
  deps: ReturnedHookDeps,
  campaignId: string,
  reviews: NomineeReview[],
): Promise<DeliveryReport | null> {
  const returned = reviews.filter((r) => r.state === 'needsInfo' && r.reviewId !== undefined);
  if (returned.length === 0) return null;
  try {
    return await mailReturned(deps, campaignId, returned);
  } catch (error) {
    deps.logger.error('returned mail not sent', { campaignId, ...errorFields(error) });
    return null;
  }
}

async function mailReturned(
  deps: ReturnedHookDeps,
  campaignId: string,
  returned: NomineeReview[],
): Promise<DeliveryReport | null> {
  const campaign = await deps.directory.campaign(campaignId);
  if (!campaign) return null;
  const dispatches: Dispatch[] = [];
  for (const unitId of new Set(returned.flatMap((r) => r.sources.map((s) => s.unitId)))) {
    const [unit, recipients] = await Promise.all([
      deps.campaigns.getUnit(campaignId, unitId),
      deps.directory.unitContacts(campaignId, unitId),
    ]);
    if (recipients.length === 0) continue;
    for (const review of returned.filter((r) => r.sources.some((s) => s.unitId === unitId))) {
      const content = renderReturned({
        campaignName: campaign.campaignName,
        unitName: unit?.name ?? unitId,
        displayName: review.displayName,
        note: review.note ?? '',
        sheetRows: review.sources.filter((s) => s.unitId === unitId).map((s) => s.sheetRow),
        deadline: campaign.deadline,
      });
      const expiresAt = new Date(deps.mail.clock.now().getTime() + KEEP_TRYING_DAYS * DAY_MS).toISOString();
      const period = `${unitId}:${review.reviewId}`;
      dispatches.push({ kind: 'returned', campaignId, period, recipients, content, expiresAt });
    }
  }
  return dispatches.length === 0 ? null : deliver(deps.mail, dispatches);
}
