// Registers every function with the Functions Framework. Nothing else happens here: handlers live in
// handlers/ (one file per function), use cases in app/, SDK calls in adapters/.
// Each function is registered lazily (handlers/lazy.ts): its handler module, and with it the SDKs it needs, is
// imported on the first invocation. A Cloud Run instance serves one function, so it loads only that function's
// module graph; importing this module costs the Functions Framework and the lazy wrapper only.
import * as functions from '@google-cloud/functions-framework';
import type { ScheduleHandlerDeps } from './app/mail/schedule-event';
import type { PubSubMessagePublished } from './app/mail/schedule-trigger';
import { type CloudEventHandler, lazyCloudEvent, lazyHttp } from './handlers/lazy';

type ScheduledFactory = (deps: () => ScheduleHandlerDeps) => CloudEventHandler<PubSubMessagePublished>;

/** A scheduled handler built from its factory and this instance's mail services, both loaded on first use. */
async function scheduled(
  factory: Promise<ScheduledFactory>,
): Promise<CloudEventHandler<PubSubMessagePublished>> {
  const [make, { mailSchedule }] = await Promise.all([factory, import('./composition')]);
  return make(mailSchedule);
}

functions.http(
  'validateRows',
  lazyHttp(() => import('./handlers/validate-rows'), 'validateRowsHandler'),
);
functions.http(
  'submitNominations',
  lazyHttp(() => import('./handlers/submit-nominations'), 'submitNominationsHandler'),
);
functions.http(
  'campaignStatus',
  lazyHttp(() => import('./handlers/campaign-status'), 'campaignStatusHandler'),
);
functions.http(
  'adminCampaign',
  lazyHttp(() => import('./handlers/admin-campaign'), 'adminCampaignHandler'),
);
functions.http(
  'consolidate',
  lazyHttp(() => import('./handlers/consolidate'), 'consolidateHandler'),
);
functions.http(
  'consolidationStatus',
  lazyHttp(() => import('./handlers/consolidation-status'), 'consolidationStatusHandler'),
);
functions.http(
  'masterList',
  lazyHttp(() => import('./handlers/master-list'), 'masterListHandler'),
);
functions.http(
  'reviewDuplicates',
  lazyHttp(() => import('./handlers/review-duplicates'), 'reviewDuplicatesHandler'),
);
functions.http(
  'reviewNominee',
  lazyHttp(() => import('./handlers/review-nominee'), 'reviewNomineeHandler'),
);
functions.http(
  'writeMasterSheet',
  lazyHttp(() => import('./handlers/write-master-sheet'), 'writeMasterSheetHandler'),
);
functions.http(
  'exportMaster',
  lazyHttp(() => import('./handlers/export-master'), 'exportMasterHandler'),
);
functions.http(
  'importWorkbook',
  lazyHttp(() => import('./handlers/import-workbook'), 'importWorkbookHandler'),
);
functions.http(
  'sendUp',
  lazyHttp(() => import('./handlers/send-up'), 'sendUpHandler'),
);
functions.http(
  'sendUpStatus',
  lazyHttp(() => import('./handlers/send-up-status'), 'sendUpStatusHandler'),
);
functions.http(
  'carryForward',
  lazyHttp(() => import('./handlers/carry-forward'), 'carryForwardHandler'),
);
functions.cloudEvent(
  'weeklyDigest',
  lazyCloudEvent('weeklyDigest', () =>
    scheduled(import('./handlers/weekly-digest').then((m) => m.weeklyDigestHandler)),
  ),
);
functions.cloudEvent(
  'deadlineReminders',
  lazyCloudEvent('deadlineReminders', () =>
    scheduled(import('./handlers/deadline-reminders').then((m) => m.deadlineRemindersHandler)),
  ),
);
