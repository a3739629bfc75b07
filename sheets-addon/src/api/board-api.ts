// The functions the board calls (role checked server-side). Function names are fixed by the cross-team contract;
// request and answer shapes are in shared/api (consolidation.ts, master-list.ts, reviews.ts); answers are read
// leniently here and reduced to what the pages show.

import { type LockUnitResponse, lockUnitResponseSchema } from '../../../shared/api/campaign-status';
import {
  type CertificatesResponse,
  certificatesResponseSchema,
  type DecisionDraftKind,
  type DecisionDraftsResponse,
  decisionDraftsResponseSchema,
  type RecordDecisionResponse,
  recordDecisionResponseSchema,
} from '../../../shared/api/decisions';
import { type ExportMasterResponse, exportMasterResponseSchema } from '../../../shared/api/master-outputs';
import type {
  DuplicateDecisionValue,
  DuplicateGroup,
  MasterEntry,
} from '../../../shared/consolidation/types';
import type { Connection } from '../core/connection';
import type { ConsolidateOptions, RunReading } from '../core/consolidation-view';
import { hasCode } from '../core/errors';
import { parseReviewResults, type ReviewItem } from '../core/review-diff';
import { parseAnswer } from './parse';
import { postJson } from './transport';

export const BOARD_FUNCTIONS = {
  consolidate: 'consolidate',
  consolidationStatus: 'consolidationStatus',
  masterList: 'masterList',
  reviewDuplicates: 'reviewDuplicates',
  writeMasterSheet: 'writeMasterSheet',
  exportMaster: 'exportMaster',
  reviewNominees: 'reviewNominees',
  lockUnit: 'lockUnit',
} as const;

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

const int = (value: unknown): number => (typeof value === 'number' && value >= 0 ? Math.floor(value) : 0);

function stateOf(body: Body, master: Body | null): RunReading['state'] {
  if (body.state === 'running' || body.state === 'failed') return body.state;
  return master ? 'done' : 'running';
}

export function toRun(value: unknown): RunReading {
  const body = asBody(value);
  const master = masterOf(body.master) ?? masterOf(body.result) ?? masterOf(body);
  const state = stateOf(body, master);
  return {
    runId: typeof body.runId === 'string' ? body.runId : '',
    state,
    stage: typeof body.stage === 'string' ? body.stage : state === 'done' ? 'done' : '',
    done: int(body.done),
    total: int(body.total),
    progress: typeof body.progress === 'number' ? body.progress : state === 'done' ? 1 : 0,
    message: typeof body.message === 'string' ? body.message : '',
    master,
    sheet: body.sheet ?? null,
  };
}

/** Runs a consolidation under the page's runId; answers when the version is stored (and mailed/written). */
export function startConsolidation(
  connection: Connection,
  runId: string,
  options: ConsolidateOptions,
): RunReading {
  const request = { campaignId: connection.campaignId, runId, ...options };
  return toRun(postJson(connection, BOARD_FUNCTIONS.consolidate, request));
}

export function consolidationStatus(connection: Connection, runId: string): RunReading {
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

/** The official xlsx files of the current master version (all layouts), as base64. */
export function exportMasterFiles(connection: Connection): ExportMasterResponse {
  const body = postJson(connection, BOARD_FUNCTIONS.exportMaster, { campaignId: connection.campaignId });
  return parseAnswer(exportMasterResponseSchema, body);
}

export function boardCall(connection: Connection, name: 'writeMasterSheet'): Body {
  return asBody(postJson(connection, BOARD_FUNCTIONS[name], { campaignId: connection.campaignId }));
}

/** One call for every changed review row (batch function of the server; see core/review-diff.ts). */
export function reviewNominees(
  connection: Connection,
  reviews: ReviewItem[],
): ReturnType<typeof parseReviewResults> {
  const body = postJson(connection, BOARD_FUNCTIONS.reviewNominees, {
    campaignId: connection.campaignId,
    reviews,
  });
  return parseReviewResults(body);
}

/** Locks a unit's accepted list (further submissions refused with UNIT_LOCKED) or reopens it. */
export function lockUnit(
  connection: Connection,
  unitId: string,
  action: 'lock' | 'reopen',
): LockUnitResponse {
  const body = postJson(connection, BOARD_FUNCTIONS.lockUnit, {
    campaignId: connection.campaignId,
    unitId,
    action,
  });
  return parseAnswer(lockUnitResponseSchema, body);
}

export const DECISION_FUNCTIONS = {
  decisionDrafts: 'decisionDrafts',
  recordDecision: 'recordDecision',
  certificates: 'certificates',
} as const;

/** The .docx drafts (Tờ trình, Quyết định with its annexed list) of the approved entries, as base64. */
export function decisionDrafts(connection: Connection, kinds?: DecisionDraftKind[]): DecisionDraftsResponse {
  const request = { campaignId: connection.campaignId, ...(kinds ? { kinds } : {}) };
  const body = postJson(connection, DECISION_FUNCTIONS.decisionDrafts, request);
  return parseAnswer(decisionDraftsResponseSchema, body);
}

/**
 * How many entries are approved now (the ones recordDecision would mark): the entry count of the Tờ trình draft,
 * read from the current reviews (masterList shows reviews only as of the last consolidation); 0 when none is.
 */
export function approvedEntryCount(connection: Connection): number {
  try {
    return decisionDrafts(connection, ['toTrinh']).entries;
  } catch (error) {
    if (hasCode(error, 'DECISION_NO_APPROVED_ENTRIES')) return 0;
    throw error;
  }
}

/**
 * Marks every approved entry "đã khen thưởng" by the decision. The request depends only on the number and date, so
 * a retry (double click, timeout) is the same call: the server answers the entries it already carries `unchanged`.
 */
export function recordDecision(
  connection: Connection,
  decision: { decisionNumber: string; decisionDate: string },
): RecordDecisionResponse {
  const body = postJson(connection, DECISION_FUNCTIONS.recordDecision, {
    campaignId: connection.campaignId,
    ...decision,
  });
  return parseAnswer(recordDecisionResponseSchema, body);
}

/** The certificates (one PDF page per awardee) of a recorded decision. */
export function certificates(connection: Connection, decisionNumber: string): CertificatesResponse {
  const body = postJson(connection, DECISION_FUNCTIONS.certificates, {
    campaignId: connection.campaignId,
    decisionNumber,
  });
  return parseAnswer(certificatesResponseSchema, body);
}
