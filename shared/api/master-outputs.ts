// The outputs of a master version and the Excel import: writeMasterSheet and exportMaster (board only),
// importWorkbook (the board for a unit, or the unit's own editor), and consolidate's optional sheet write.
import { z } from 'zod';
import { consolidateRequestSchema } from './consolidation';
import { campaignIdSchema, kindSchema, unitIdSchema } from './ids';
import { submitNominationsResponseSchema } from './nominations';

const versionSchema = z.int().min(1);

export const writeMasterSheetRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** A stored master version; default: the current one. */
  version: versionSchema.optional(),
});

export type WriteMasterSheetRequest = z.infer<typeof writeMasterSheetRequestSchema>;

export const writeMasterSheetResponseSchema = z.object({
  spreadsheetId: z.string(),
  version: versionSchema,
  /** The five tabs in sheet order, with their data rows (header excluded). */
  tabs: z.array(z.object({ title: z.string(), rows: z.int().min(0) })),
  /** Sheets API calls made (4 whatever the row count; retries after 429/5xx not counted). */
  calls: z.int().min(0),
  /** Cells written. */
  cells: z.int().min(0),
});

export type WriteMasterSheetResponse = z.infer<typeof writeMasterSheetResponseSchema>;

/** proposal: danh sách đề nghị khen thưởng; delegates: danh sách đại biểu; structure: thống kê cơ cấu đại biểu. */
export const EXPORT_LAYOUTS = ['proposal', 'delegates', 'structure'] as const;

export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export const exportMasterRequestSchema = z.object({
  campaignId: campaignIdSchema,
  version: versionSchema.optional(),
  /** Which official files; default all three, in this order. */
  layouts: z
    .array(z.enum(EXPORT_LAYOUTS))
    .min(1)
    .max(EXPORT_LAYOUTS.length)
    .refine((list) => new Set(list).size === list.length, 'layouts repeat')
    .default([...EXPORT_LAYOUTS]),
  /** Date printed on the documents (YYYY-MM-DD); default: left blank to fill by hand. */
  date: z.iso.date().optional(),
});

export type ExportMasterRequest = z.input<typeof exportMasterRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type ExportMasterBody = z.output<typeof exportMasterRequestSchema>;

export const exportedFileSchema = z.object({
  layout: z.enum(EXPORT_LAYOUTS),
  /** e.g. "danh-sach-de-nghi-khen-thuong-ls-dhtt-2026-v3.xlsx". */
  name: z.string(),
  title: z.string(),
  mimeType: z.string(),
  size: z.int().min(0),
  contentBase64: z.string(),
});

export type ExportedFileBody = z.infer<typeof exportedFileSchema>;

export const exportMasterResponseSchema = z.object({
  version: versionSchema,
  files: z.array(exportedFileSchema),
});

export type ExportMasterResponse = z.infer<typeof exportMasterResponseSchema>;

/** Standard base64 of the file, optionally as a data URL ("data:…;base64,…", as FileReader gives it). */
export const fileBase64Schema = z.string().min(1);

export const importWorkbookRequestSchema = z.object({
  campaignId: campaignIdSchema,
  unitId: unitIdSchema,
  fileBase64: fileBase64Schema,
  /** Shown in the access log; not used otherwise. */
  fileName: z.string().trim().min(1).max(255).optional(),
});

export type ImportWorkbookRequest = z.infer<typeof importWorkbookRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type ImportWorkbookBody = z.output<typeof importWorkbookRequestSchema>;

export const importNoticeSchema = z.object({
  code: z.enum(['IMPORT_LEGACY_CONVERTED', 'IMPORT_LEGACY_SUSPECTED', 'IMPORT_SHEET_SKIPPED']),
  sheetName: z.string(),
  /** Vietnamese, NFC. */
  message: z.string(),
});

export const importWorkbookResponseSchema = z.object({
  /** sha256 of the file, hex; the submission keys derive from it. */
  fileHash: z.string(),
  /** One per recognised list (cá nhân, tập thể): the submitNominations answer for it. */
  submissions: z.array(
    z.object({
      kind: kindSchema,
      sheetName: z.string(),
      submissionKey: z.string(),
      rows: z.int().min(0),
      response: submitNominationsResponseSchema,
    }),
  ),
  notices: z.array(importNoticeSchema),
});

export type ImportWorkbookResponse = z.infer<typeof importWorkbookResponseSchema>;

/** consolidate's request with the optional master sheet write after a stored version. */
export const consolidateWithSheetRequestSchema = consolidateRequestSchema.extend({
  /** After storing (or reusing) the version, write it to the campaign's master spreadsheet. */
  writeSheet: z.boolean().default(false),
});

export type ConsolidateWithSheetRequestBody = z.output<typeof consolidateWithSheetRequestSchema>;

/** What consolidate answers in `sheet` when writeSheet was asked: the write, or why it failed. */
export const sheetOutcomeSchema = z.union([
  writeMasterSheetResponseSchema.extend({ written: z.literal(true) }),
  z.object({ written: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

export type SheetOutcome = z.infer<typeof sheetOutcomeSchema>;
