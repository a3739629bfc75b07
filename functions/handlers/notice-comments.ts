// HTTP function noticeComments (board only): POST { campaignId } → the public comments sent on the notice page.
import { noticeCommentsRequestSchema } from '../../shared/api/public-notice';
import { noticeComments } from '../app/notice/notice-comments';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const noticeCommentsHandler = jsonEndpoint(
  {
    name: 'noticeComments',
    schema: noticeCommentsRequestSchema,
    run: (body, principal) => noticeComments(body, principal, { comments: services().noticeComments }),
  },
  endpointDeps,
);
