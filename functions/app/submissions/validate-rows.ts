// validateRows: the issues validateGrid finds in a unit's grid, with a summary. Stores nothing.
import type { ValidateRowsRequest, ValidateRowsResponse } from '../../../shared/api/nominations';
import { defaultEvaluationYear } from '../../../shared/eligibility/evaluation-year';
import type { Grid } from '../../../shared/grid/types';
import { localDate } from '../../../shared/text/dates';
import { rulesForEvent } from '../../../shared/vocab/event-kinds';
import { requireUnit } from '../campaigns/access';
import { loadTarget } from '../campaigns/load-target';
import { validateWithHistory } from '../consolidation/award-history';
import type {
  AwardHistoryRepository,
  CampaignRecord,
  CampaignRepository,
  Clock,
  GridValidator,
  Principal,
  ValidationOutcome,
} from '../ports';

export interface ValidateDeps {
  campaigns: CampaignRepository;
  validate: GridValidator;
  clock: Clock;
  /** Prior awards recorded by the board (reviewNominee "đã khen thưởng"), for the eligibility criteria. */
  awardHistory?: AwardHistoryRepository;
}

export async function validateRows(
  request: ValidateRowsRequest,
  principal: Principal,
  deps: ValidateDeps,
): Promise<ValidateRowsResponse> {
  requireUnit(principal, request.unitId);
  const { campaign } = await loadTarget(deps.campaigns, request.campaignId, request.unitId);
  const outcome = await runValidation(request, campaign, deps);
  return { issues: outcome.issues, summary: outcome.summary };
}

export function runValidation(
  request: ValidateRowsRequest,
  campaign: CampaignRecord,
  deps: Pick<ValidateDeps, 'validate' | 'clock' | 'awardHistory'>,
): Promise<ValidationOutcome> {
  const today = localDate(deps.clock.now(), campaign.timeZone);
  const deadline = localDate(new Date(campaign.deadline), campaign.timeZone);
  const evaluationYear = defaultEvaluationYear({ deadline, eventKind: campaign.eventKind });
  const input = { kind: request.kind, today, evaluationYear, rules: rulesOf(campaign) };
  return validateWithHistory(deps.validate, deps.awardHistory, toGrid(request.grid), input);
}

/** The campaign's rules over its event kind's defaults (shared/vocab/event-kinds.ts), with its award subset as the allowed awards when one is configured. */
export function rulesOf(campaign: CampaignRecord): CampaignRecord['rules'] {
  const rules = rulesForEvent(campaign.eventKind, campaign.rules);
  if (campaign.awards.length === 0) return rules;
  return { ...rules, allowedAwards: campaign.awards };
}

function toGrid(grid: ValidateRowsRequest['grid']): Grid {
  return {
    header: grid.header,
    rows: grid.rows,
    firstRow: grid.firstRow,
    ...(grid.firstColumn === undefined ? {} : { firstColumn: grid.firstColumn }),
    ...(grid.sheetName === undefined ? {} : { sheetName: grid.sheetName }),
  };
}
