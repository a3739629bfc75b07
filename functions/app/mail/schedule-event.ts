// The common body of the scheduled handlers: parse the Pub/Sub CloudEvent, run the use case, log the figures.
// A malformed event is logged and acknowledged (redelivery would not fix it); an infrastructure failure
// (Firestore down) is rethrown so Pub/Sub redelivers, which is safe because the runs are idempotent.
import type { Logger } from '../ports';
import { parseScheduleTrigger, type ScheduleTrigger } from './schedule-trigger';
import type { ScheduleDeps, ScheduleReport } from './schedules';

export interface ScheduleHandlerDeps {
  schedule: ScheduleDeps;
  logger: Logger;
}

export type ScheduleUseCase = (deps: ScheduleDeps, trigger: ScheduleTrigger) => Promise<ScheduleReport>;

export async function handleScheduleEvent(
  name: string,
  data: unknown,
  deps: ScheduleHandlerDeps,
  useCase: ScheduleUseCase,
): Promise<ScheduleReport | null> {
  const trigger = parseScheduleTrigger(data);
  if (trigger === null) {
    deps.logger.warn('schedule event ignored: not a Pub/Sub message', {
      function: name,
      code: 'MAIL_EVENT_INVALID',
    });
    return null;
  }
  const report = await useCase(deps.schedule, trigger);
  deps.logger.info('schedule run finished', fields(name, report));
  return report;
}

function fields(name: string, r: ScheduleReport): Record<string, string | number | boolean> {
  return {
    function: name,
    runId: r.runId,
    duplicate: r.duplicate,
    period: r.period,
    sent: r.due.sent + r.retried.sent,
    failed: r.due.failed + r.retried.failed,
    deferred: r.due.deferred + r.retried.deferred,
    expired: r.due.expired + r.retried.expired,
    messages: r.due.messages + r.retried.messages,
  };
}
