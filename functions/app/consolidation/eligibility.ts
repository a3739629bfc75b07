// Eligibility of each master entry's representative row: the criteria of the proposed award (shared/eligibility)
// against what the row states and the award history, evaluated for the campaign's year.

import type { Problem } from '../../../shared/checks/problem';
import type { EligibilityFn, EligibilityResult, SubmissionRow } from '../../../shared/consolidation/types';
import { checkEligibility } from '../../../shared/eligibility/evaluate';
import { defaultEvaluationYear } from '../../../shared/eligibility/evaluation-year';
import type { NomineeFacts } from '../../../shared/eligibility/facts';
import { historyFor } from '../../../shared/eligibility/history';
import { issueMessage } from '../../../shared/issues';
import type { AwardHistoryEntry } from '../../../shared/schema/campaign-rules';
import type { CampaignRecord } from '../ports';
import { deadlineDate } from './inputs';

export function eligibilityFn(
  campaign: CampaignRecord,
  history: readonly AwardHistoryEntry[],
): EligibilityFn | undefined {
  const rules = campaign.rules;
  if (rules.checkEligibility === false) return undefined;
  const deadline = deadlineDate(campaign);
  const evaluationYear =
    rules.evaluationYear ?? defaultEvaluationYear({ deadline, eventKind: campaign.eventKind });
  const thresholds = rules.thresholds ?? {};
  return (row: SubmissionRow) => {
    const award = row.data.award;
    if (!award) return undefined;
    const data = row.data as NomineeFacts;
    const input = { kind: row.kind, data, history: historyFor(data, history), evaluationYear, thresholds };
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
