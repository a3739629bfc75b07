// HTTP function recordDecision (board only): POST { campaignId, decisionNumber, decisionDate, nomineeIds? } → the
// entries marked "đã khen thưởng" with their award history: { campaignId, version, decisionNumber, decisionDate,
// recorded, unchanged, awarded: [{ nomineeId, displayName, awardCode, awardHistoryId, changed }] }.
import { recordDecisionRequestSchema } from '../../shared/api/decisions';
import { recordDecision } from '../app/decisions/record-decision';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const recordDecisionHandler = jsonEndpoint(
  {
    name: 'recordDecision',
    schema: recordDecisionRequestSchema,
    run: (body, principal) => recordDecision(body, principal, services()),
  },
  endpointDeps,
);
