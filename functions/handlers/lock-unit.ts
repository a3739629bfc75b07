// HTTP function lockUnit (board only): POST { campaignId, unitId, action: "lock" | "reopen", note? }
// → { campaignId, lock, changed }; while locked, submitNominations refuses the unit with UNIT_LOCKED.
import { lockUnitRequestSchema } from '../../shared/api/campaign-status';
import { lockUnit } from '../app/campaigns/lock-unit';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const lockUnitHandler = jsonEndpoint(
  {
    name: 'lockUnit',
    schema: lockUnitRequestSchema,
    run: (body, principal) => lockUnit(body, principal, services()),
  },
  endpointDeps,
);
