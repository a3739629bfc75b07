// Registers every function with the Functions Framework. Nothing else happens here: handlers live in
// handlers/ (one file per function), use cases in app/, SDK calls in adapters/.
import * as functions from '@google-cloud/functions-framework';
import { adminCampaignHandler } from './handlers/admin-campaign';
import { campaignStatusHandler } from './handlers/campaign-status';
import { consolidateHandler } from './handlers/consolidate';
import { consolidationStatusHandler } from './handlers/consolidation-status';
import { deadlineRemindersHandler } from './handlers/deadline-reminders';
import { exportMasterHandler } from './handlers/export-master';
import { importWorkbookHandler } from './handlers/import-workbook';
import { masterListHandler } from './handlers/master-list';
import { reviewDuplicatesHandler } from './handlers/review-duplicates';
import { reviewNomineeHandler } from './handlers/review-nominee';
import { submitNominationsHandler } from './handlers/submit-nominations';
import { validateRowsHandler } from './handlers/validate-rows';
import { weeklyDigestHandler } from './handlers/weekly-digest';
import { writeMasterSheetHandler } from './handlers/write-master-sheet';
import { mailSchedule } from './mail-composition';

functions.http('validateRows', validateRowsHandler);
functions.http('submitNominations', submitNominationsHandler);
functions.http('campaignStatus', campaignStatusHandler);
functions.http('adminCampaign', adminCampaignHandler);
functions.http('consolidate', consolidateHandler);
functions.http('consolidationStatus', consolidationStatusHandler);
functions.http('masterList', masterListHandler);
functions.http('reviewDuplicates', reviewDuplicatesHandler);
functions.http('reviewNominee', reviewNomineeHandler);
functions.http('writeMasterSheet', writeMasterSheetHandler);
functions.http('exportMaster', exportMasterHandler);
functions.http('importWorkbook', importWorkbookHandler);
functions.cloudEvent('weeklyDigest', weeklyDigestHandler(mailSchedule));
functions.cloudEvent('deadlineReminders', deadlineRemindersHandler(mailSchedule));
