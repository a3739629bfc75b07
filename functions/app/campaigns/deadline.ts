// Deadline arithmetic in the campaign's time zone.
import { localDate } from '../../../shared/text/dates';
import type { CampaignRecord } from '../ports';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function daysToDeadline(campaign: CampaignRecord, now: Date): number {
  const today = Date.parse(`${localDate(now, campaign.timeZone)}T00:00:00Z`);
  const due = Date.parse(`${localDate(new Date(campaign.deadline), campaign.timeZone)}T00:00:00Z`);
  return Math.round((due - today) / DAY_MS);
}

export type Acceptance = 'on-time' | 'late' | 'refused-deadline' | 'refused-closed';

export function acceptance(campaign: CampaignRecord, now: Date): Acceptance {
  if (!campaign.open) return 'refused-closed';
  const deadline = Date.parse(campaign.deadline);
  if (now.getTime() <= deadline) return 'on-time';
  if (now.getTime() <= deadline + campaign.graceMinutes * MINUTE_MS) return 'late';
  return 'refused-deadline';
}
