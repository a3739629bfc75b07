// Registers every function with the Functions Framework. Nothing else happens here: handlers live in
// handlers/ (one file per function), use cases in app/, SDK calls in adapters/.
import * as functions from '@google-cloud/functions-framework';
import { adminCampaignHandler } from './handlers/admin-campaign';
import { campaignStatusHandler } from './handlers/campaign-status';
import { submitNominationsHandler } from './handlers/submit-nominations';
import { validateRowsHandler } from './handlers/validate-rows';

functions.http('validateRows', validateRowsHandler);
functions.http('submitNominations', submitNominationsHandler);
functions.http('campaignStatus', campaignStatusHandler);
functions.http('adminCampaign', adminCampaignHandler);
// Later issues register here: consolidate, masterList, reviewDuplicates, reviewNominee, writeMasterSheet,
// exportMaster, importWorkbook (HTTP) and weeklyDigest, deadlineReminders (functions.cloudEvent).
