// Registers every function of the one function list (shared/api/functions.ts) with the Functions Framework.
// Nothing else happens here: handlers live in handlers/ (one file per function), use cases in app/, SDK calls in
// adapters/. Each function is registered lazily (handlers/lazy.ts): its handler module, and with it the SDKs it
// needs, is imported on the first invocation. A Cloud Run instance serves one function, so it loads only that
// function's module graph; importing this module costs the Functions Framework and the lazy wrapper only.
import * as functions from '@google-cloud/functions-framework';
import { FUNCTIONS, type HandlerModule } from '../shared/api/functions';
import type { ScheduleHandlerDeps } from './app/mail/schedule-event';
import type { PubSubMessagePublished } from './app/mail/schedule-trigger';
import { type CloudEventHandler, type HttpHandler, lazyCloudEvent, lazyHttp } from './handlers/lazy';

type ScheduledFactory = (deps: () => ScheduleHandlerDeps) => CloudEventHandler<PubSubMessagePublished>;

/** Static imports, so the bundler splits each handler module into its own chunk; keyed by the list's `handler`. */
const HANDLER_MODULES = {
  'validate-rows': () => import('./handlers/validate-rows'),
  'submit-nominations': () => import('./handlers/submit-nominations'),
  'campaign-status': () => import('./handlers/campaign-status'),
  'admin-campaign': () => import('./handlers/admin-campaign'),
  consolidate: () => import('./handlers/consolidate'),
  'consolidation-status': () => import('./handlers/consolidation-status'),
  'master-list': () => import('./handlers/master-list'),
  'review-duplicates': () => import('./handlers/review-duplicates'),
  'review-nominee': () => import('./handlers/review-nominee'),
  'review-nominees': () => import('./handlers/review-nominees'),
  'lock-unit': () => import('./handlers/lock-unit'),
  'write-master-sheet': () => import('./handlers/write-master-sheet'),
  'export-master': () => import('./handlers/export-master'),
  'import-workbook': () => import('./handlers/import-workbook'),
  'unit-submissions': () => import('./handlers/unit-submissions'),
  'admin-province': () => import('./handlers/admin-province'),
  'import-award-history': () => import('./handlers/import-award-history'),
  'send-up': () => import('./handlers/send-up'),
  'send-up-status': () => import('./handlers/send-up-status'),
  'carry-forward': () => import('./handlers/carry-forward'),
  'vote-round': () => import('./handlers/vote-round'),
  'cast-ballot': () => import('./handlers/cast-ballot'),
  'weekly-digest': () => import('./handlers/weekly-digest'),
  'deadline-reminders': () => import('./handlers/deadline-reminders'),
  'decision-drafts': () => import('./handlers/decision-drafts'),
  'record-decision': () => import('./handlers/record-decision'),
  certificates: () => import('./handlers/certificates'),
  'public-notice': () => import('./handlers/public-notice'),
  'notice-comments': () => import('./handlers/notice-comments'),
} satisfies Record<HandlerModule, () => Promise<unknown>>;

function load<T>(handler: HandlerModule): () => Promise<Record<string, T>> {
  return HANDLER_MODULES[handler] as unknown as () => Promise<Record<string, T>>;
}

/** A scheduled handler built from its factory and this instance's mail services, both loaded on first use. */
async function scheduled(
  factory: Promise<ScheduledFactory>,
): Promise<CloudEventHandler<PubSubMessagePublished>> {
  const [make, { mailSchedule }] = await Promise.all([factory, import('./composition')]);
  return make(mailSchedule);
}

for (const f of FUNCTIONS) {
  if (f.kind === 'http') functions.http(f.name, lazyHttp(load<HttpHandler>(f.handler), f.handlerExport));
  else {
    const factory = load<ScheduledFactory>(f.handler);
    functions.cloudEvent(
      f.name,
      lazyCloudEvent(f.name, () => scheduled(factory().then((m) => m[f.handlerExport] as ScheduledFactory))),
    );
  }
}
