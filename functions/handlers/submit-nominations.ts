// HTTP function submitNominations: POST { campaignId, unitId, kind, grid, submissionKey }
// → { version, versionId, status, summary, issues, replayed, submittedAt, late }; the use case then has the unit's
// receipt mailed through the notifier (exactly once per version; a mail failure never fails the submission).
import { submitNominationsRequestSchema } from '../../shared/api/nominations';
import { submitNominations } from '../app/submissions/submit-nominations';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';
import { prefetchTarget } from './prefetch';

export const submitNominationsHandler = jsonEndpoint(
  {
    name: 'submitNominations',
    schema: submitNominationsRequestSchema,
    run: (body, principal) => submitNominations(body, principal, services()),
    prefetch: (value) => prefetchTarget(services().campaigns, value),
  },
  endpointDeps,
);
