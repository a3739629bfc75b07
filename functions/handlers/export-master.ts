// HTTP function exportMaster (board only): POST { campaignId, version?, layouts?, date? } → the official xlsx files
// of a master version: { version, files: [{ layout, name, title, mimeType, size, contentBase64 }] }.
import { exportMasterRequestSchema } from '../../shared/api/master-outputs';
import { exportMaster } from '../app/outputs/export-master';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const exportMasterHandler = jsonEndpoint(
  {
    name: 'exportMaster',
    schema: exportMasterRequestSchema,
    run: (body, principal, requestId) => {
      const s = services();
      return exportMaster(body, principal, { ...s, render: s.xlsx.render, requestId });
    },
  },
  endpointDeps,
);
