// HTTP function certificates (board only): POST { campaignId, decisionNumber, signer? } → one PDF with a certificate
// page per awardee of a recorded decision: { decisionNumber, decisionDate, pages, file: { name, title, mimeType,
// size, contentBase64 } }. The PDF renderer (pdf-lib, embedded DejaVu Serif) is loaded on first use.
import { certificatesRequestSchema } from '../../shared/api/decisions';
import { certificates } from '../app/decisions/certificates';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const certificatesHandler = jsonEndpoint(
  {
    name: 'certificates',
    schema: certificatesRequestSchema,
    run: (body, principal, requestId) =>
      certificates(body, principal, {
        ...services(),
        requestId,
        renderCertificates: async (pages, title) =>
          (await import('../adapters/pdf/certificates-pdf')).renderCertificatesPdf(pages, title),
      }),
  },
  endpointDeps,
);
