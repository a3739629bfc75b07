// decisionDrafts (board only): the approved entries of the latest master version → .docx drafts of the Tờ trình
// and the Quyết định khen thưởng with its annexed list (decision-documents.ts), as base64 in JSON. The issuing
// body (header, place, signer) comes from the campaign configuration. Each call is recorded in the access log.
import {
  type DecisionDraftsBody,
  type DecisionDraftsResponse,
  DOCX_MIME,
} from '../../../shared/api/decisions';
import { requireBoard } from '../campaigns/access';
import { AppError } from '../errors';
import { fileBody } from '../outputs/export-files';
import { issuingBodyOf } from '../outputs/export-master';
import type { AccessLog, Principal } from '../ports';
import type { ReviewDeps } from '../review/review-duplicates';
import { type DecisionDocument, decisionDocuments } from './decision-documents';
import { decisionSource, isApproved, withAward } from './decision-entries';

/** Renders one decision document as .docx bytes (functions/adapters/docx/decision-docx.ts). */
export type DocxRenderPort = (doc: DecisionDocument) => Promise<Uint8Array>;

export interface DecisionDraftsDeps extends ReviewDeps {
  accessLog: AccessLog;
  requestId: string;
  renderDocx: DocxRenderPort;
}

export async function decisionDrafts(
  request: DecisionDraftsBody,
  principal: Principal,
  deps: DecisionDraftsDeps,
): Promise<DecisionDraftsResponse> {
  requireBoard(principal);
  const source = await decisionSource(deps, request.campaignId);
  const entries = source.entries.filter(isApproved).map(withAward);
  if (entries.length === 0) throw new AppError('DECISION_NO_APPROVED_ENTRIES', `master v${source.version}`);
  const input = {
    entries,
    body: issuingBodyOf(source.campaign, request.date),
    campaignId: source.campaign.id,
    campaignTitle: source.campaign.title,
    version: source.version,
  };
  const files = [];
  for (const doc of decisionDocuments(input, request.kinds)) {
    const bytes = await deps.renderDocx(doc);
    files.push({ kind: doc.kind, ...fileBody(`${doc.fileName}.docx`, doc.title, DOCX_MIME, bytes) });
  }
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action: 'decisionDrafts',
    campaignId: source.campaign.id,
    requestId: deps.requestId,
    detail: `master v${source.version} (${entries.length} approved entries) → docx ${request.kinds.join(', ')}`,
  });
  return { version: source.version, entries: entries.length, files };
}
