// HTTP function consolidate: POST { campaignId, dryRun?, runId?, notifyUnits? } → master version figures (board
// only); with notifyUnits each submitting unit is mailed its summary, once per master version.
import { consolidateRequestSchema } from '../../shared/api/consolidation';
import { consolidate } from '../app/consolidate';
import { services } from '../composition';
import { summariesAfterConsolidate } from '../mail-composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const consolidateHandler = jsonEndpoint(
  {
    name: 'consolidate',
    schema: consolidateRequestSchema,
    run: async (body, principal) => {
      const result = await consolidate(body, principal, services());
      if (body.notifyUnits && !result.dryRun) await summariesAfterConsolidate(services(), body.campaignId);
      return result;
    },
  },
  endpointDeps,
);
