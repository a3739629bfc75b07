// CloudEvent function weeklyDigest (Pub/Sub messagePublished; Cloud Scheduler Monday 07:00 Asia/Ho_Chi_Minh).
import type { CloudEvent } from '@google-cloud/functions-framework';
import { handleScheduleEvent, type ScheduleHandlerDeps } from '../app/mail/schedule-event';
import type { PubSubMessagePublished } from '../app/mail/schedule-trigger';
import { runWeeklyDigest } from '../app/mail/schedules';

export function weeklyDigestHandler(deps: () => ScheduleHandlerDeps) {
  return async (ce: CloudEvent<PubSubMessagePublished>): Promise<void> => {
    await handleScheduleEvent('weeklyDigest', ce.data, deps(), runWeeklyDigest);
  };
}
