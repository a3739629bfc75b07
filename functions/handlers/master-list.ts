// HTTP function masterList: POST { campaignId, version?, unitId?, pageSize?, pageToken? } → one page of a master version.
import { masterListRequestSchema } from '../../shared/api/master-list';
import { masterList } from '../app/consolidation/master-list';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const masterListHandler = jsonEndpoint(
  {
    name: 'masterList',
    schema: masterListRequestSchema,
    run: (body, principal, requestId) => masterList(body, principal, { ...services(), requestId }),
  },
  endpointDeps,
);
