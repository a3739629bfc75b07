// HTTP function importWorkbook: POST { campaignId, unitId, fileBase64, fileName? } (the board for a unit, or the
// unit's editor) → { fileHash, submissions: [{ kind, sheetName, submissionKey, rows, response }], notices }. Each
// recognised list goes through submitNominations (with its receipt mail); the same file twice stores nothing new.
import { importWorkbookRequestSchema } from '../../shared/api/master-outputs';
import { importUnitWorkbook } from '../app/submissions/import-workbook';
import { submitNominations } from '../app/submissions/submit-nominations';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const importWorkbookHandler = jsonEndpoint(
  {
    name: 'importWorkbook',
    schema: importWorkbookRequestSchema,
    run: (body, principal, requestId) => {
      const s = services();
      const submit = (
        request: Parameters<typeof submitNominations>[0],
        by: Parameters<typeof submitNominations>[1],
      ) => submitNominations(request, by, s);
      return importUnitWorkbook(body, principal, { ...s, readSheets: s.xlsx.readSheets, submit, requestId });
    },
  },
  endpointDeps,
);
