// HTTP function consolidate: POST { campaignId, dryRun?, runId?, notifyUnits?, writeSheet? } → master version
// figures (board only); with notifyUnits each submitting unit is mailed its summary, once per master version; with
// writeSheet the version is written to the campaign's master spreadsheet and the outcome reported in `sheet` (a
// failed write never loses the stored version).
import { consolidateWithSheetRequestSchema } from '../../shared/api/master-outputs';
import { consolidate } from '../app/consolidation/consolidate';
import { sheetAfterConsolidate } from '../app/outputs/write-master-sheet';
import { consolidateDeps, services } from '../composition';
import { summariesAfterConsolidate } from '../mail-composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const consolidateHandler = jsonEndpoint(
  {
    name: 'consolidate',
    schema: consolidateWithSheetRequestSchema,
    run: async (body, principal, requestId) => {
      const s = services();
      const result = await consolidate(body, principal, consolidateDeps(s));
      if (result.dryRun) return result;
      if (body.notifyUnits) await summariesAfterConsolidate(s, body.campaignId);
      if (!body.writeSheet) return result;
      const target = { campaignId: body.campaignId, version: result.masterVersion };
      return { ...result, sheet: await sheetAfterConsolidate(target, principal, { ...s, requestId }) };
    },
  },
  endpointDeps,
);
