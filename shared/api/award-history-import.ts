// importAwardHistory (board only): a workbook of past award decisions (name, CCCD or birth date/year, unit, award,
// year, decision number and date) → award-history records, the ones eligibility reads. Record ids derive from the
// content (nominee key, award, year, decision number), so importing the same decisions again adds nothing.
import { z } from 'zod';
import { issueSchema } from './grid';
import { campaignIdSchema } from './ids';
import { fileBase64Schema } from './master-outputs';

export const importAwardHistoryRequestSchema = z.object({
  /** The campaign the import is recorded under (its board imports; records serve every campaign). */
  campaignId: campaignIdSchema,
  fileBase64: fileBase64Schema,
  /** Shown in the access log; not used otherwise. */
  fileName: z.string().trim().min(1).max(255).optional(),
});

export type ImportAwardHistoryRequest = z.infer<typeof importAwardHistoryRequestSchema>;

export const awardImportIssueSchema = issueSchema.extend({ sheetName: z.string() });

export const importAwardHistoryResponseSchema = z.object({
  fileHash: z.string(),
  sheets: z.array(
    z.object({
      sheetName: z.string(),
      headerRow: z.int(),
      rows: z.int(),
      /** Field → 1-based column of the sheet. */
      columns: z.record(z.string(), z.int()),
    }),
  ),
  /** Sheets without an award-list header. */
  skippedSheets: z.array(z.string()),
  /** Data rows read over all sheets. */
  rows: z.int(),
  /** Records created now. */
  added: z.int(),
  /** Records already stored (an earlier import, a reviewNominee "đã khen thưởng", or twice in this file). */
  existing: z.int(),
  /** Rows with an error: nothing recorded for them. */
  invalidRows: z.int(),
  /** Cell-level issues with the workbook's own sheet, row and column. */
  issues: z.array(awardImportIssueSchema),
});

export type ImportAwardHistoryResponse = z.infer<typeof importAwardHistoryResponseSchema>;
