// importWorkbook over HTTP: a unit's xlsx file (base64 in JSON) → one submitNominations per recognised list, as the
// board on behalf of the unit or as the unit's own editor. Same idempotency as submitNominations: the submission
// keys derive from the file's content hash, so sending the same file again stores nothing new.
import type { ImportWorkbookBody, ImportWorkbookResponse } from '../../../shared/api/master-outputs';
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../../../shared/api/nominations';
import { requireUnit } from '../campaigns/access';
import { loadTarget } from '../campaigns/load-target';
import { AppError } from '../errors';
import type { AccessLog, CampaignRepository, Clock, Principal } from '../ports';
import { type ImportWorkbookPorts, type ImportWorkbookResult, importWorkbook } from './workbook-lists';

export interface WorkbookImportDeps {
  campaigns: CampaignRepository;
  accessLog: AccessLog;
  clock: Clock;
  requestId: string;
  readSheets: ImportWorkbookPorts['readSheets'];
  /** submitNominations as this principal (with its receipt mail). */
  submit(request: SubmitNominationsRequest, principal: Principal): Promise<SubmitNominationsResponse>;
}

export async function importUnitWorkbook(
  request: ImportWorkbookBody,
  principal: Principal,
  deps: WorkbookImportDeps,
): Promise<ImportWorkbookResponse> {
  requireUnit(principal, request.unitId);
  await loadTarget(deps.campaigns, request.campaignId, request.unitId);
  const bytes = decodeFile(request.fileBase64);
  const ports = {
    readSheets: deps.readSheets,
    submit: (r: SubmitNominationsRequest) => deps.submit(r, principal),
  };
  const result = await importWorkbook(ports, {
    campaignId: request.campaignId,
    unitId: request.unitId,
    bytes,
  });
  await record(deps, principal, request, result);
  return result;
}

const DATA_URL = /^data:[^,]{0,200};base64,/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Standard base64 (whitespace and a data-URL prefix tolerated) → bytes; anything else is IMPORT_NOT_XLSX. */
export function decodeFile(text: string): Uint8Array {
  const body = text.replace(DATA_URL, '').replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64.test(body))
    throw new AppError('IMPORT_NOT_XLSX', 'fileBase64 is not standard base64');
  return new Uint8Array(Buffer.from(body, 'base64'));
}

async function record(
  deps: WorkbookImportDeps,
  principal: Principal,
  request: ImportWorkbookBody,
  result: ImportWorkbookResult,
): Promise<void> {
  const stored = result.submissions
    .map((s) => `${s.kind} v${s.response.version}${s.response.replayed ? ' (replayed)' : ''}`)
    .join(', ');
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action: 'importWorkbook',
    campaignId: request.campaignId,
    unitId: request.unitId,
    requestId: deps.requestId,
    detail: `file ${JSON.stringify(request.fileName ?? '')} sha256 ${result.fileHash.slice(0, 16)}: ${stored}`,
  });
}
