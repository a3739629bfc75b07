// HTTP function consolidate: POST { campaignId, dryRun?, runId?, notifyUnits?, writeSheet? } → master version
// figures (board only); with notifyUnits each submitting unit is mailed its summary, once per master version; with
// writeSheet the version is written to the campaign's master spreadsheet and the outcome reported in `sheet` (a
// failed write never loses the stored version). Both follow the commit through the notifier.
import { consolidateWithSheetRequestSchema } from '../../shared/api/master-outputs';
import { consolidate } from '../app/consolidation/consolidate';
import { consolidateDeps, services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const consolidateHandler = jsonEndpoint(
  {
    name: 'consolidate',
    schema: consolidateWithSheetRequestSchema,
    run: (body, principal, requestId) => consolidate(body, principal, consolidateDeps(services(), requestId)),
  },
  endpointDeps,
);
