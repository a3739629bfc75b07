// HTTP function sendUp: POST { campaignId, states?, kinds?, submissionKey? } → the lists submitted to the parent
// campaign as this campaign's unit there (board only); receipts follow through the notifier like any submission.
import { sendUpRequestSchema } from '../../shared/api/chains';
import { sendUp } from '../app/campaigns/send-up';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const sendUpHandler = jsonEndpoint(
  {
    name: 'sendUp',
    schema: sendUpRequestSchema,
    run: (body, principal) => sendUp(body, principal, services()),
  },
  endpointDeps,
);
