// validateRows: the issues validateGrid finds in a unit's grid, with a summary. Stores nothing.
import type { ValidateRowsRequest, ValidateRowsResponse } from '../../../shared/api/nominations';
import type { Grid } from '../../../shared/grid/types';
import { localDate } from '../../../shared/text/dates';
import { rulesForEvent } from '../../../shared/vocab/event-kinds';
import { requireUnit } from '../campaigns/access';
import { campaignEvaluationYear } from '../campaigns/evaluation-year';
import { loadTarget } from '../campaigns/load-target';
import { historyEntriesFor } from '../consolidation/award-history';
import type {
  AwardHistoryRepository,
  CampaignRecord,
  CampaignRepository,
  Clock,
  GridValidator,
  Principal,
  SubmissionRepository,
  ValidationInput,
  ValidationOutcome,
} from '../ports';
import { campaignProposalsFor } from './campaign-proposals';

export interface ValidateDeps {
  campaigns: CampaignRepository;
  validate: GridValidator;
  clock: Clock;
  /** Prior awards recorded by the board (reviewNominee "đã khen thưởng"), for the eligibility criteria. */
  awardHistory?: AwardHistoryRepository;
  /** The campaign's stored lists: the other units' proposals of the same year (campaign-proposals.ts). */
  submissions?: SubmissionRepository;
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

/**
 * Validates the grid for the campaign's evaluation year. A first pass finds the nominees; the award history and,
 * when a row needs them, the campaign's proposals (this grid's rows and the other units' lists) are read, and the grid is validated again with them.
 */
export async function runValidation(
  request: ValidateRowsRequest,
  campaign: CampaignRecord,
  deps: Pick<ValidateDeps, 'validate' | 'clock' | 'awardHistory' | 'campaigns' | 'submissions'>,
): Promise<ValidationOutcome> {
  const today = localDate(deps.clock.now(), campaign.timeZone);
  const evaluationYear = campaignEvaluationYear(campaign);
  const input: ValidationInput = { kind: request.kind, today, evaluationYear, rules: rulesOf(campaign) };
  const grid = toGrid(request.grid);
  const first = deps.validate(grid, input);
  const target = { campaign, unitId: request.unitId, kind: request.kind };
  const [awardHistory, campaignProposals] = await Promise.all([
    historyEntriesFor(deps.awardHistory, first),
    campaignProposalsFor(deps, target, first),
  ]);
  if (!awardHistory && !campaignProposals) return first;
  return deps.validate(grid, {
    ...input,
    ...(awardHistory ? { awardHistory } : {}),
    ...(campaignProposals ? { campaignProposals } : {}),
  });
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
