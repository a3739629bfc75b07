// HTTP function decisionDrafts (board only): POST { campaignId, kinds?, date? } → .docx drafts of the Tờ trình and
// the Quyết định khen thưởng from the approved entries: { version, entries, files: [{ kind, name, title, mimeType,
// size, contentBase64 }] }. The docx renderer is loaded on first use.
import { decisionDraftsRequestSchema } from '../../shared/api/decisions';
import { decisionDrafts } from '../app/decisions/decision-drafts';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const decisionDraftsHandler = jsonEndpoint(
  {
    name: 'decisionDrafts',
    schema: decisionDraftsRequestSchema,
    run: (body, principal, requestId) =>
      decisionDrafts(body, principal, {
        ...services(),
        requestId,
        renderDocx: async (doc) => (await import('../adapters/docx/decision-docx')).renderDecisionDocx(doc),
      }),
  },
  endpointDeps,
);
