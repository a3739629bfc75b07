// After submitNominations: the receipt for a committed version goes to the unit's contacts. A replayed response
// (same key, or the same content as the latest version) goes through the same path: the delivery key
// `<unitId>:v<version>` makes it a no-op once the receipt exists, and sends it when the first call died between
// the commit and the mail (the unit's retry is then what delivers its receipt). A failure is logged and never
// fails the submission: the version is stored whatever happens to the mail, and a receipt recorded but not sent
// is retried by the next deadlineReminders run.
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../../../shared/api/nominations';
import { asAppError } from '../errors';
import type { CampaignRepository, Logger, SubmissionRepository } from '../ports';
import type { DeliveryReport, MailDeps } from './deliver';
import { sendReceipt } from './notifications';
import type { MailDirectory } from './ports';
import { receiptViewOf } from './receipt-view';

export interface ReceiptHookDeps {
  mail: MailDeps;
  directory: MailDirectory;
  campaigns: Pick<CampaignRepository, 'getUnit'>;
  submissions: SubmissionRepository;
  logger: Logger;
}

export interface Submitted {
  request: SubmitNominationsRequest;
  result: SubmitNominationsResponse;
}

/** Sends the receipt of the version once; null when nothing was due (no contacts) or sending failed. */
export async function afterSubmit(
  deps: ReceiptHookDeps,
  submitted: Submitted,
): Promise<DeliveryReport | null> {
  try {
    return await receipt(deps, submitted);
  } catch (error) {
    deps.logger.error('receipt not sent', { ...fieldsOf(submitted), ...errorFields(error) });
    return null;
  }
}

async function receipt(
  deps: ReceiptHookDeps,
  { request, result }: Submitted,
): Promise<DeliveryReport | null> {
  const { campaignId, unitId } = request;
  const [campaign, unit, recipients] = await Promise.all([
    deps.directory.campaign(campaignId),
    deps.campaigns.getUnit(campaignId, unitId),
    deps.directory.unitContacts(campaignId, unitId),
  ]);
  if (!campaign || recipients.length === 0) {
    deps.logger.warn('receipt skipped: no campaign or no unit contact', fieldsOf({ request, result }));
    return null;
  }
  const rows = await deps.submissions.unit(campaignId, unitId).readRows(result.versionId);
  const view = receiptViewOf({
    campaign,
    unitName: unit?.name ?? unitId,
    kind: request.kind,
    sheetName: request.grid.sheetName ?? '',
    result,
    rows,
  });
  const report = await sendReceipt(deps.mail, { campaignId, unitId, view, recipients });
  if (report.failed > 0 || report.deferred > 0)
    deps.logger.warn('receipt not sent yet', reportFields(report));
  return report;
}

function fieldsOf({ request, result }: Submitted) {
  return { campaignId: request.campaignId, unitId: request.unitId, version: result.version };
}

/** The code and English detail of any thrown value, for a log line. */
export function errorFields(error: unknown): { code: string; detail: string } {
  const { code, detail } = asAppError(error);
  return { code, detail };
}

function reportFields(r: DeliveryReport) {
  return { sent: r.sent, failed: r.failed, deferred: r.deferred, skipped: r.skipped };
}
