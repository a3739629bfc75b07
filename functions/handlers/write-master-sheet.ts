// HTTP function writeMasterSheet (board only): POST { campaignId, version? } → the master version written to the
// campaign's master spreadsheet: { spreadsheetId, version, tabs: [{ title, rows }], calls, cells }.
import { writeMasterSheetRequestSchema } from '../../shared/api/master-outputs';
import { writeCampaignMasterSheet } from '../app/outputs/write-master-sheet';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const writeMasterSheetHandler = jsonEndpoint(
  {
    name: 'writeMasterSheet',
    schema: writeMasterSheetRequestSchema,
    run: (body, principal, requestId) =>
      writeCampaignMasterSheet(body, principal, { ...services(), requestId }),
  },
  endpointDeps,
);
