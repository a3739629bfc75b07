// Event-driven messages: the receipt after each submitted version, the per-unit summaries after a consolidation.
// Keyed by version, so re-running the submission or the consolidation never mails twice.
import { type DeliveryReport, deliver, type MailDeps } from './deliver';
import type { MailAddress } from './ports';
import { renderReceipt } from './templates/receipt';
import { renderUnitSummary } from './templates/unit-summary';
import type { ReceiptView, UnitSummaryView } from './views';

const DAY_MS = 86_400_000;
const KEEP_TRYING_DAYS = 14;

export interface ReceiptRequest {
  campaignId: string;
  unitId: string;
  view: ReceiptView;
  recipients: MailAddress[];
}

export async function sendReceipt(deps: MailDeps, request: ReceiptRequest): Promise<DeliveryReport> {
  return deliver(deps, [
    {
      kind: 'receipt',
      campaignId: request.campaignId,
      period: `${request.unitId}:v${request.view.version}`,
      recipients: request.recipients,
      content: renderReceipt(request.view),
      expiresAt: expiresAt(deps),
    },
  ]);
}

export interface UnitSummaryRequest {
  campaignId: string;
  units: { unitId: string; view: UnitSummaryView; recipients: MailAddress[] }[];
}

export async function sendUnitSummaries(
  deps: MailDeps,
  request: UnitSummaryRequest,
): Promise<DeliveryReport> {
  const dispatches = request.units.map((u) => ({
    kind: 'unitSummary' as const,
    campaignId: request.campaignId,
    period: `${u.unitId}:m${u.view.masterVersion}`,
    recipients: u.recipients,
    content: renderUnitSummary(u.view),
    expiresAt: expiresAt(deps),
  }));
  return deliver(deps, dispatches);
}

function expiresAt(deps: MailDeps): string {
  return new Date(deps.clock.now().getTime() + KEEP_TRYING_DAYS * DAY_MS).toISOString();
}
