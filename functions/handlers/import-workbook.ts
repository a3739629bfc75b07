// HTTP function importWorkbook: POST { campaignId, unitId, fileBase64, fileName? } (the board for a unit, or the
// unit's editor) → { fileHash, submissions: [{ kind, sheetName, submissionKey, rows, response }], notices }. Each
// recognised list goes through submitNominations (with its receipt mail); the same file twice stores nothing new.
import { importWorkbookRequestSchema } from '../../shared/api/master-outputs';
import type { SubmitNominationsRequest } from '../../shared/api/nominations';
import type { Principal } from '../app/ports';
import { importUnitWorkbook } from '../app/submissions/import-workbook';
import { submitNominations } from '../app/submissions/submit-nominations';
import { type Services, services } from '../composition';
import { receiptAfterSubmit } from '../mail-composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const importWorkbookHandler = jsonEndpoint(
  {
    name: 'importWorkbook',
    schema: importWorkbookRequestSchema,
    run: (body, principal, requestId) => {
      const s = services();
      const deps = { ...s, readSheets: s.xlsx.readSheets, submit: submitWithReceipt(s), requestId };
      return importUnitWorkbook(body, principal, deps);
    },
  },
  endpointDeps,
);

function submitWithReceipt(s: Services) {
  return async (request: SubmitNominationsRequest, principal: Principal) => {
    const result = await submitNominations(request, principal, s);
    await receiptAfterSubmit(s, { request, result });
    return result;
  };
}
