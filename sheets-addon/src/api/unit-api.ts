// The functions a unit calls: validateRows, submitNominations, campaignStatus.
import {
  type CampaignStatusResponse,
  campaignStatusResponseSchema,
} from '../../../shared/api/campaign-status';
import type { GridInput } from '../../../shared/api/grid';
import {
  type SubmitNominationsResponse,
  submitNominationsResponseSchema,
  type ValidateRowsResponse,
  validateRowsResponseSchema,
} from '../../../shared/api/nominations';
import type { NominationKind } from '../../../shared/grid/types';
import type { Connection } from '../core/connection';
import { parseAnswer } from './parse';
import { postJson } from './transport';

function target(connection: Connection, kind: NominationKind, grid: GridInput) {
  return { campaignId: connection.campaignId, unitId: connection.unitId, kind, grid };
}

export function validateRows(
  connection: Connection,
  kind: NominationKind,
  grid: GridInput,
): ValidateRowsResponse {
  const body = postJson(connection, 'validateRows', target(connection, kind, grid));
  return parseAnswer(validateRowsResponseSchema, body);
}

export function submitNominations(
  connection: Connection,
  kind: NominationKind,
  grid: GridInput,
  submissionKey: string,
): SubmitNominationsResponse {
  const body = postJson(connection, 'submitNominations', {
    ...target(connection, kind, grid),
    submissionKey,
  });
  return parseAnswer(submitNominationsResponseSchema, body);
}

/** With a unitId: that unit's status; without: every unit (board). Also returns the raw body for extra fields. */
export function campaignStatus(
  connection: Connection,
  unitId?: string,
): { status: CampaignStatusResponse; raw: unknown } {
  const request = unitId
    ? { campaignId: connection.campaignId, unitId }
    : { campaignId: connection.campaignId };
  const raw = postJson(connection, 'campaignStatus', request);
  return { status: parseAnswer(campaignStatusResponseSchema, raw), raw };
}
