// HTTP function submitNominations: POST { campaignId, unitId, kind, grid, submissionKey }
// → { version, versionId, status, summary, issues, replayed, submittedAt, late }.
import { submitNominationsRequestSchema } from '../../shared/api/nominations';
import { submitNominations } from '../app/submit-nominations';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const submitNominationsHandler = jsonEndpoint(
  {
    name: 'submitNominations',
    schema: submitNominationsRequestSchema,
    run: (body, principal) => submitNominations(body, principal, services()),
  },
  endpointDeps,
);
