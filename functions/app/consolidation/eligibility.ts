// Eligibility of each master entry's representative row: the criteria of the proposed award (shared/eligibility)
// against what the row states, the award history and the awards proposed for the same nominee in any unit's list
// (all rows, with errors or not), evaluated for the campaign's year.

import type { Problem } from '../../../shared/checks/problem';
import type { EligibilityFn, EligibilityResult, SubmissionRow } from '../../../shared/consolidation/types';
import { checkEligibility } from '../../../shared/eligibility/evaluate';
import type { NomineeFacts } from '../../../shared/eligibility/facts';
import { historyFor } from '../../../shared/eligibility/history';
import { ProposalIndex } from '../../../shared/eligibility/proposals';
import { issueMessage } from '../../../shared/issues';
import type { AwardHistoryEntry } from '../../../shared/schema/campaign-rules';
import { campaignEvaluationYear } from '../campaigns/evaluation-year';
import type { CampaignRecord } from '../ports';
import { proposalOf } from '../submissions/campaign-proposals';

export function eligibilityFn(
  campaign: CampaignRecord,
  history: readonly AwardHistoryEntry[],
  rows: readonly SubmissionRow[] = [],
): EligibilityFn | undefined {
  const rules = campaign.rules;
  if (rules.checkEligibility === false) return undefined;
  const evaluationYear = campaignEvaluationYear(campaign);
  const thresholds = rules.thresholds ?? {};
  const proposals = new ProposalIndex(rows.flatMap((row) => proposalOf(row.data)));
  return (row: SubmissionRow) => {
    const award = row.data.award;
    if (!award) return undefined;
    const data = row.data as NomineeFacts;
    const proposedTitles = proposals.titlesFor(data);
    const input = {
      kind: row.kind,
      data,
      history: historyFor(data, history),
      evaluationYear,
      thresholds,
      proposedTitles,
    };
    return resultOf(award, checkEligibility(award, input));
  };
}

export function resultOf(award: string, problems: readonly Problem[]): EligibilityResult {
  const failed = problems.some((p) => p.code !== 'eligibility.unverifiable');
  return {
    eligible: problems.length === 0 ? true : failed ? false : null,
    award,
    reasons: problems.map((p) => ({ code: p.code, message: issueMessage(p.code, p.params) })),
  };
}
