// importAwardHistory (board only): the board's workbook of past award decisions → awardHistory records, read by
// eligibility in validateRows, submitNominations and consolidate. Ids derive from the content (awardRecordId), so
// a decision imported twice, or imported after reviewNominee recorded it, is stored once.
import type { ImportAwardHistoryResponse } from '../../../shared/api/award-history-import';
import type { NomineeFields } from '../../../shared/consolidation/types';
import { localDate } from '../../../shared/text/dates';
import { requireBoard } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  AccessLog,
  AwardHistoryRecord,
  AwardHistoryRepository,
  CampaignRepository,
  Clock,
  Principal,
} from '../ports';
import { decodeFile } from '../submissions/import-workbook';
import { fileHash, type ImportWorkbookPorts } from '../submissions/workbook-lists';
import { awardRecordId } from './award-history';
import { primaryKey } from './award-history-keys';
import { awardsFromSheets, type ImportedAward } from './award-history-sheet';

export interface AwardHistoryImportDeps {
  campaigns: CampaignRepository;
  awardHistory: AwardHistoryRepository;
  accessLog: AccessLog;
  clock: Clock;
  requestId: string;
  readSheets: ImportWorkbookPorts['readSheets'];
}

export interface AwardHistoryImportBody {
  campaignId: string;
  fileBase64: string;
  fileName?: string | undefined;
}

const PARALLEL_WRITES = 8;

export async function importAwardHistory(
  request: AwardHistoryImportBody,
  principal: Principal,
  deps: AwardHistoryImportDeps,
): Promise<ImportAwardHistoryResponse> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const bytes = decodeFile(request.fileBase64);
  const hash = fileHash(bytes);
  const now = deps.clock.now();
  const currentYear = Number(localDate(now, campaign.timeZone).slice(0, 4));
  const parsed = awardsFromSheets(await deps.readSheets(bytes), currentYear);
  if (parsed.sheets.length === 0) throw new AppError('AWARD_IMPORT_NO_LIST', parsed.skipped.join(', '));
  const meta = { campaignId: campaign.id, recordedBy: principal.email, recordedAt: now.toISOString() };
  const records = uniqueById(parsed.awards.map((a) => recordOf(a, meta)));
  const added = await store(deps.awardHistory, records);
  const rows = parsed.sheets.reduce((n, s) => n + s.rows, 0);
  const invalidRows = rows - parsed.awards.length;
  await deps.accessLog.record({
    at: meta.recordedAt,
    actor: principal.email,
    action: 'importAwardHistory',
    campaignId: campaign.id,
    requestId: deps.requestId,
    detail: `file ${JSON.stringify(request.fileName ?? '')} sha256 ${hash.slice(0, 16)}: ${rows} rows, ${added} added`,
  });
  return {
    fileHash: hash,
    sheets: parsed.sheets,
    skippedSheets: parsed.skipped,
    rows,
    added,
    existing: parsed.awards.length - added,
    invalidRows,
    issues: parsed.issues,
  };
}

interface RecordMeta {
  campaignId: string;
  recordedBy: string;
  recordedAt: string;
}

function recordOf(award: ImportedAward, meta: RecordMeta): AwardHistoryRecord {
  const { entry } = award;
  const nomineeKey = primaryKey(entry as NomineeFields) ?? '';
  return {
    ...entry,
    id: awardRecordId(nomineeKey, entry.awardCode, entry.year, entry.decisionNumber),
    nomineeKey,
    nomineeId: '',
    ...meta,
  };
}

function uniqueById(records: AwardHistoryRecord[]): AwardHistoryRecord[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

/** create() of each record; returns how many were new. */
async function store(history: AwardHistoryRepository, records: AwardHistoryRecord[]): Promise<number> {
  let added = 0;
  for (let start = 0; start < records.length; start += PARALLEL_WRITES) {
    const batch = records.slice(start, start + PARALLEL_WRITES);
    added += (await Promise.all(batch.map((r) => history.record(r)))).filter(Boolean).length;
  }
  return added;
}
