// HTTP function importAwardHistory (board only): POST { campaignId, fileBase64, fileName? } → records added, already
// stored, and the cell issues of the rows that could not be recorded.
import { importAwardHistoryRequestSchema } from '../../shared/api/award-history-import';
import { importAwardHistory } from '../app/consolidation/import-award-history';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const importAwardHistoryHandler = jsonEndpoint(
  {
    name: 'importAwardHistory',
    schema: importAwardHistoryRequestSchema,
    run: (body, principal, requestId) => {
      const s = services();
      return importAwardHistory(body, principal, { ...s, readSheets: s.xlsx.readSheets, requestId });
    },
  },
  endpointDeps,
);
