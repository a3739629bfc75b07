// HTTP function unitSubmissions: POST { campaignId, unitId, version?, validity?, offset?, pageSize? } → the unit's
// committed versions and, with `version`, one page of that version's stored rows with their issues.
import { unitSubmissionsRequestSchema } from '../../shared/api/unit-submissions';
import { unitSubmissions } from '../app/submissions/unit-submissions';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const unitSubmissionsHandler = jsonEndpoint(
  {
    name: 'unitSubmissions',
    schema: unitSubmissionsRequestSchema,
    run: (body, principal, requestId) => unitSubmissions(body, principal, { ...services(), requestId }),
  },
  endpointDeps,
);
