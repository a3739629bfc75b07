// The functions the board calls (role checked server-side). Function names are fixed by the cross-team contract;
// request and answer shapes are in shared/api (consolidation.ts, master-list.ts, reviews.ts); answers are read
// leniently here and reduced to what the pages show.
import type {
  DuplicateDecisionValue,
  DuplicateGroup,
  MasterEntry,
} from '../../../shared/consolidation/types';
import type { Connection } from '../core/connection';
import { postJson } from './transport';

export const BOARD_FUNCTIONS = {
  consolidate: 'consolidate',
  consolidationStatus: 'consolidationStatus',
  masterList: 'masterList',
  reviewDuplicates: 'reviewDuplicates',
  writeMasterSheet: 'writeMasterSheet',
  exportMaster: 'exportMaster',
} as const;

export interface ConsolidationRun {
  runId: string;
  state: 'running' | 'done' | 'failed';
  /** 0..1 */
  progress: number;
  message: string;
  master: unknown;
}

type Body = Record<string, unknown>;

function asBody(value: unknown): Body {
  return typeof value === 'object' && value !== null ? (value as Body) : {};
}

/** The master figures of an answer: consolidate answers them at the top level (masterVersion, totals, changes…),
 * consolidationStatus under `result` once done. */
function masterOf(value: unknown): Body | null {
  const body = asBody(value);
  if (body.totals === undefined) return null;
  if (typeof body.masterVersion === 'number') return { ...body, version: body.masterVersion };
  return body.version !== undefined ? body : null;
}

export function toRun(value: unknown): ConsolidationRun {
  const body = asBody(value);
  const master = body.master ?? masterOf(body.result) ?? masterOf(body);
  const state =
    body.state === 'running' || body.state === 'failed' ? body.state : master ? 'done' : 'running';
  return {
    runId: typeof body.runId === 'string' ? body.runId : '',
    state,
    progress: typeof body.progress === 'number' ? body.progress : state === 'done' ? 1 : 0,
    message: typeof body.message === 'string' ? body.message : '',
    master,
  };
}

export function startConsolidation(connection: Connection): ConsolidationRun {
  return toRun(postJson(connection, BOARD_FUNCTIONS.consolidate, { campaignId: connection.campaignId }));
}

export function consolidationStatus(connection: Connection, runId: string): ConsolidationRun {
  const body = postJson(connection, BOARD_FUNCTIONS.consolidationStatus, {
    campaignId: connection.campaignId,
    runId,
  });
  return toRun(body);
}

export interface MasterListAnswer {
  version: number;
  entries: MasterEntry[];
  duplicates: DuplicateGroup[];
}

export function masterList(connection: Connection): MasterListAnswer {
  const body = asBody(
    postJson(connection, BOARD_FUNCTIONS.masterList, { campaignId: connection.campaignId }),
  );
  const master = asBody(body.master ?? body);
  return {
    version: typeof master.version === 'number' ? master.version : 0,
    entries: Array.isArray(master.entries) ? (master.entries as MasterEntry[]) : [],
    duplicates: Array.isArray(master.duplicates) ? (master.duplicates as DuplicateGroup[]) : [],
  };
}

export function reviewDuplicates(
  connection: Connection,
  group: { groupId: string; memberKeys: string[] },
  decision: DuplicateDecisionValue,
): unknown {
  return postJson(connection, BOARD_FUNCTIONS.reviewDuplicates, {
    campaignId: connection.campaignId,
    groupId: group.groupId,
    memberKeys: group.memberKeys,
    decision,
  });
}

export function boardCall(connection: Connection, name: 'writeMasterSheet' | 'exportMaster'): Body {
  return asBody(postJson(connection, BOARD_FUNCTIONS[name], { campaignId: connection.campaignId }));
}
