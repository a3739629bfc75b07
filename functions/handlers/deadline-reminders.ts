// CloudEvent function deadlineReminders (Pub/Sub messagePublished; Cloud Scheduler daily 07:30 Asia/Ho_Chi_Minh).
import type { CloudEvent } from '@google-cloud/functions-framework';
import { handleScheduleEvent, type ScheduleHandlerDeps } from '../app/mail/schedule-event';
import type { PubSubMessagePublished } from '../app/mail/schedule-trigger';
import { runDeadlineReminders } from '../app/mail/schedules';

export function deadlineRemindersHandler(deps: () => ScheduleHandlerDeps) {
  return async (ce: CloudEvent<PubSubMessagePublished>): Promise<void> => {
    await handleScheduleEvent('deadlineReminders', ce.data, deps(), runDeadlineReminders);
  };
}
