// The campaign's evaluation year as every use case applies it: rules.evaluationYear (an explicit override in the
// rules in force) over the campaign's stored evaluationYear, over the default of its deadline and kind (for a
// campaign stored before the field existed). Never the server clock.
import { defaultEvaluationYear } from '../../../shared/eligibility/evaluation-year';
import { localDate } from '../../../shared/text/dates';
import type { CampaignRecord } from '../ports';

type YearSource = Pick<CampaignRecord, 'deadline' | 'eventKind' | 'timeZone' | 'evaluationYear' | 'rules'>;

export function campaignEvaluationYear(campaign: YearSource): number {
  return campaign.rules.evaluationYear ?? campaign.evaluationYear ?? yearOfDeadline(campaign);
}

/** The default of the campaign's deadline (its local date in the campaign's time zone) and kind. */
export function yearOfDeadline(
  campaign: Pick<CampaignRecord, 'deadline' | 'eventKind' | 'timeZone'>,
): number {
  const deadline = localDate(new Date(campaign.deadline), campaign.timeZone);
  return defaultEvaluationYear({ deadline, eventKind: campaign.eventKind });
}
