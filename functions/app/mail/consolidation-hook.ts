// After a consolidation, when the board asks for it (notifyUnits): one summary per submitting unit, keyed by
// `<unitId>:m<masterVersion>`, so consolidating again or retrying the request never mails a unit twice for the
// same master version. Failures are logged and never fail the consolidation (the master version is stored).
import type { MasterVersion } from '../../../shared/consolidation/types';
import type { Logger } from '../ports';
import type { DeliveryReport, MailDeps } from './deliver';
import { sendUnitSummaries } from './notifications';
import type { MailDataSource, MailDirectory, MasterSource } from './ports';
import { errorFields } from './receipt-hook';
import { unitSummaryViewOf } from './unit-summary-view';

export interface SummaryHookDeps {
  mail: MailDeps;
  source: Pick<MailDataSource, 'unitStatuses'>;
  directory: Pick<MailDirectory, 'campaign'>;
  /** Where notifyUnits reads the latest master version (absent until consolidation is wired). */
  masters?: MasterSource;
  logger: Logger;
}

/**
 * For the consolidate handler (`notifyUnits: true`, not a dry run): the summaries of the campaign's latest master
 * version. Null when there is no master version or sending failed (logged); never throws.
 */
export async function notifyUnits(deps: SummaryHookDeps, campaignId: string): Promise<DeliveryReport | null> {
  try {
    const master = (await deps.masters?.latest(campaignId)) ?? null;
    if (master) return await afterConsolidate(deps, master);
    deps.logger.warn('unit summaries skipped: no master version', { campaignId });
  } catch (error) {
    deps.logger.error('unit summaries not sent', { campaignId, ...errorFields(error) });
  }
  return null;
}

/** Sends the per-unit summaries of `master`; null when the campaign is unknown or sending failed (logged). */
export async function afterConsolidate(
  deps: SummaryHookDeps,
  master: MasterVersion,
): Promise<DeliveryReport | null> {
  try {
    return await summaries(deps, master);
  } catch (error) {
    deps.logger.error('unit summaries not sent', {
      campaignId: master.campaignId,
      masterVersion: master.version,
      ...errorFields(error),
    });
    return null;
  }
}

async function summaries(deps: SummaryHookDeps, master: MasterVersion): Promise<DeliveryReport | null> {
  const campaign = await deps.directory.campaign(master.campaignId);
  if (!campaign) return null;
  const statuses = await deps.source.unitStatuses(master.campaignId);
  const timeZone = deps.mail.settings.timeZone;
  const units = statuses
    .filter((u) => u.version > 0 && u.contacts.length > 0)
    .map((u) => ({
      unitId: u.unitId,
      view: unitSummaryViewOf(campaign, master, u, timeZone),
      recipients: u.contacts,
    }));
  return sendUnitSummaries(deps.mail, { campaignId: master.campaignId, units });
}
