// The two scheduled use cases. Idempotent on the Pub/Sub message id (a finished run is not repeated) and on the
// schedule period (delivery keys carry the ISO week, or the deadline and reminder offset), so a retried trigger,
// a duplicated message or two racing instances never send a message twice. Each run also retries open
// deliveries left by earlier runs (failed or deferred by the daily cap).

import { localDate } from '../../../shared/text/dates';
import { type DeliveryReport, type Dispatch, deliver, type MailDeps, retryOpen } from './deliver';
import { buildDigestView, reminderViewOf } from './map-views';
import { daysBetween, dueReminder, isoWeek, reminderPeriod } from './period';
import type { CampaignMailInfo, MailDataSource, UnitStatusWithContacts } from './ports';
import type { ScheduleTrigger } from './schedule-trigger';
import { renderDigest } from './templates/digest';
import { renderReminder } from './templates/reminder';

export interface ScheduleDeps extends MailDeps {
  source: MailDataSource;
  reminderOffsets: number[];
}

export interface ScheduleReport {
  runId: string;
  /** True when this message id had already been processed to the end. */
  duplicate: boolean;
  date: string;
  period: string;
  due: DeliveryReport;
  retried: DeliveryReport;
}

const DAY_MS = 86_400_000;

export async function runWeeklyDigest(deps: ScheduleDeps, trigger: ScheduleTrigger): Promise<ScheduleReport> {
  return runOnce(deps, `weeklyDigest:${trigger.messageId}`, trigger, async (date) => {
    const period = isoWeek(date);
    const campaigns = await selectedCampaigns(deps, trigger);
    const dispatches = await Promise.all(campaigns.map((c) => digestDispatch(deps, c, date, period)));
    return { period, dispatches, retryKind: 'digest' as const };
  });
}

export async function runDeadlineReminders(
  deps: ScheduleDeps,
  trigger: ScheduleTrigger,
): Promise<ScheduleReport> {
  return runOnce(deps, `deadlineReminders:${trigger.messageId}`, trigger, async (date) => {
    const campaigns = await selectedCampaigns(deps, trigger);
    const perCampaign = await Promise.all(campaigns.map((c) => reminderDispatches(deps, c, date)));
    return { period: date, dispatches: perCampaign.flat(), retryKind: undefined };
  });
}

interface Planned {
  period: string;
  dispatches: Dispatch[];
  retryKind: 'digest' | undefined;
}

async function runOnce(
  deps: ScheduleDeps,
  runId: string,
  trigger: ScheduleTrigger,
  plan: (date: string) => Promise<Planned>,
): Promise<ScheduleReport> {
  const now = deps.clock.now();
  const date = trigger.date ?? localDate(now, deps.settings.timeZone);
  if ((await deps.log.startRun(runId, now.toISOString())) === 'done') return skippedReport(runId, date);
  const planned = await plan(date);
  const due = await deliver(deps, planned.dispatches);
  const retried = await retryOpen(deps, planned.retryKind, due.deliveryIds);
  await deps.log.finishRun(runId, deps.clock.now().toISOString());
  return { runId, duplicate: false, date, period: planned.period, due, retried };
}

function skippedReport(runId: string, date: string): ScheduleReport {
  const empty = { sent: 0, failed: 0, deferred: 0, expired: 0, skipped: 0, messages: 0, deliveryIds: [] };
  return { runId, duplicate: true, date, period: '', due: empty, retried: { ...empty, deliveryIds: [] } };
}

async function selectedCampaigns(deps: ScheduleDeps, trigger: ScheduleTrigger): Promise<CampaignMailInfo[]> {
  const all = await deps.source.activeCampaigns();
  return trigger.campaignIds ? all.filter((c) => trigger.campaignIds?.includes(c.campaignId)) : all;
}

function expiresIn(deps: ScheduleDeps, days: number): string {
  return new Date(deps.clock.now().getTime() + days * DAY_MS).toISOString();
}

async function digestDispatch(
  deps: ScheduleDeps,
  c: CampaignMailInfo,
  date: string,
  period: string,
): Promise<Dispatch> {
  const view = buildDigestView(
    await deps.source.digestInput(c.campaignId, date),
    date,
    deps.settings.timeZone,
  );
  const content = renderDigest({ ...view, week: period });
  return {
    kind: 'digest',
    campaignId: c.campaignId,
    period,
    recipients: c.board,
    content,
    expiresAt: expiresIn(deps, 6),
  };
}

async function reminderDispatches(
  deps: ScheduleDeps,
  c: CampaignMailInfo,
  date: string,
): Promise<Dispatch[]> {
  const due = dueReminder(deps.reminderOffsets, daysBetween(date, c.deadline));
  if (due === null) return [];
  const period = reminderPeriod(c.deadline, due);
  const units = await deps.source.unitStatuses(c.campaignId);
  return units.flatMap((u) => reminderFor(deps, c, date, period, u));
}

function reminderFor(
  deps: ScheduleDeps,
  c: CampaignMailInfo,
  date: string,
  period: string,
  unit: UnitStatusWithContacts,
): Dispatch[] {
  const view = reminderViewOf(c.campaignName, c.deadline, date, unit);
  if (view === null || unit.contacts.length === 0) return [];
  const content = renderReminder(view);
  return [
    {
      kind: 'reminder',
      campaignId: c.campaignId,
      period: `${period}:${unit.unitId}`,
      recipients: unit.contacts,
      content,
      expiresAt: expiresIn(deps, 2),
    },
  ];
}
