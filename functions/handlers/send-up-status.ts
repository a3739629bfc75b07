// HTTP function sendUpStatus: POST { campaignId } → per nominee sent up, the parent board's review state and note
// (board only).
import { sendUpStatusRequestSchema } from '../../shared/api/chains';
import { sendUpStatus } from '../app/campaigns/send-up-status';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const sendUpStatusHandler = jsonEndpoint(
  {
    name: 'sendUpStatus',
    schema: sendUpStatusRequestSchema,
    run: (body, principal) => sendUpStatus(body, principal, services()),
  },
  endpointDeps,
);
