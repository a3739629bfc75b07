// HTTP function submitNominations: POST { campaignId, unitId, kind, grid, submissionKey }
// → { version, versionId, status, summary, issues, replayed, submittedAt, late }; then the unit's receipt is mailed
// (exactly once per version; a mail failure never fails the submission).
import { submitNominationsRequestSchema } from '../../shared/api/nominations';
import { submitNominations } from '../app/submissions/submit-nominations';
import { services } from '../composition';
import { receiptAfterSubmit } from '../mail-composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const submitNominationsHandler = jsonEndpoint(
  {
    name: 'submitNominations',
    schema: submitNominationsRequestSchema,
    run: async (body, principal) => {
      const result = await submitNominations(body, principal, services());
      await receiptAfterSubmit(services(), { request: body, result });
      return result;
    },
  },
  endpointDeps,
);
