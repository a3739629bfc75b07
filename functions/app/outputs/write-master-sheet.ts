// writeMasterSheet (board only): a master version → the campaign's master spreadsheet (six tabs), with each unit's
// submission status as campaignStatus derives it now. Also consolidate's optional sheet write, which reports a
// failure in its answer instead of failing: the master version is already stored and stays so.
import type { UnitStatus } from '../../../shared/api/campaign-status';
import type { SheetOutcome, WriteMasterSheetResponse } from '../../../shared/api/master-outputs';
import { campaignStatus, type StatusDeps } from '../campaigns/campaign-status';
import { AppError, asAppError, codedFailure } from '../errors';
import type { AccessLog, CampaignRecord, Logger, Principal } from '../ports';
import { rulesOf } from '../submissions/validate-rows';
import {
  boardMasterVersion,
  type OutputSourceDeps,
  previousVersion,
  recordOutput,
  type VersionRequest,
} from './output-source';
import { type SpreadsheetPort, writeMasterSheet } from './sheet-writer';

export type SheetOutputDeps = OutputSourceDeps &
  Omit<StatusDeps, 'accessLog'> & {
    sheets: SpreadsheetPort;
  };

export async function writeCampaignMasterSheet(
  request: VersionRequest,
  principal: Principal,
  deps: SheetOutputDeps,
): Promise<WriteMasterSheetResponse> {
  const source = await boardMasterVersion(request, principal, deps);
  const spreadsheetId = spreadsheetOf(source.campaign);
  const [previous, units] = await Promise.all([
    previousVersion(deps.masters, source.master),
    unitStatuses(source.campaign.id, principal, deps),
  ]);
  await recordOutput(deps, principal, 'writeMasterSheet', source, `spreadsheet ${spreadsheetId}`);
  const counter = countCalls(deps.sheets);
  const rules = rulesOf(source.campaign);
  const input = { spreadsheetId, master: source.master, units, rules, ...(previous ? { previous } : {}) };
  const result = await writeMasterSheet(counter.port, input);
  return { ...result, calls: counter.calls() };
}

function spreadsheetOf(campaign: CampaignRecord): string {
  if (campaign.masterSpreadsheetId === undefined) throw new AppError('MASTER_SHEET_NOT_CONFIGURED');
  return campaign.masterSpreadsheetId;
}

const silentLog: AccessLog = { record: async () => undefined, entriesOn: async () => [] };

/** Every current unit's status, read on behalf of this write (recorded once, as the write's access). */
async function unitStatuses(
  campaignId: string,
  principal: Principal,
  deps: SheetOutputDeps,
): Promise<UnitStatus[]> {
  const status = await campaignStatus({ campaignId }, principal, { ...deps, accessLog: silentLog });
  return status.units;
}

function countCalls(port: SpreadsheetPort): { port: SpreadsheetPort; calls: () => number } {
  let calls = 0;
  const count = <T>(call: Promise<T>): Promise<T> => {
    calls++;
    return call;
  };
  return {
    port: {
      listTabs: (id) => count(port.listTabs(id)),
      batchUpdate: (id, requests) => count(port.batchUpdate(id, requests)),
      clearValues: (id, ranges) => count(port.clearValues(id, ranges)),
      writeValues: (id, data) => count(port.writeValues(id, data)),
      ...(port.exclusive ? { exclusive: port.exclusive.bind(port) } : {}),
    },
    calls: () => calls,
  };
}

/** consolidate's `writeSheet`: the write, or the coded reason it failed (logged); never throws. */
export async function sheetAfterConsolidate(
  request: { campaignId: string; version: number },
  principal: Principal,
  deps: SheetOutputDeps & { logger: Logger },
): Promise<SheetOutcome> {
  try {
    return { written: true, ...(await writeCampaignMasterSheet(request, principal, deps)) };
  } catch (error) {
    const failure = sheetFailure(error);
    deps.logger.warn('master sheet not written after consolidate', {
      requestId: deps.requestId,
      campaignId: request.campaignId,
      code: failure.code,
      detail: detailOf(error),
    });
    return { written: false, error: failure };
  }
}

/** The sheet outcome reported beside a stored version: the error's code and Vietnamese message. */
function sheetFailure(error: unknown): { code: string; message: string } {
  const { code, message } = codedFailure(error);
  return { code, message };
}

function detailOf(error: unknown): string {
  return asAppError(error).detail;
}
