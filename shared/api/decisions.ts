// The award decision (board only): decisionDrafts (the Tờ trình and the Quyết định khen thưởng with its annexed list,
// as .docx drafts in the format of NĐ 30/2020/NĐ-CP, from the approved entries), recordDecision (the decision
// number and date mark the entries "đã khen thưởng" and write the award history in one step) and certificates
// (giấy khen: a PDF with one page per awardee of a recorded decision).
//
// Typical calls:
//   decisionDrafts  { campaignId: 'ls-dhtt-2026', date: '2026-09-01' }
//     → { version: 3, entries: 42, files: [{ kind: 'toTrinh', name, mimeType, contentBase64, … }, { kind: 'quyetDinh', … }] }
//   recordDecision  { campaignId: 'ls-dhtt-2026', decisionNumber: '1234/QĐ-UBND', decisionDate: '2026-09-15' }
//     → { version: 3, recorded: 42, unchanged: 0, awarded: [{ nomineeId, displayName, awardCode, awardHistoryId, changed }] }
//     (nomineeIds left out: every approved entry; recording the same decision again answers recorded: 0.)
//   certificates    { campaignId: 'ls-dhtt-2026', decisionNumber: '1234/QĐ-UBND' }
//     → { pages: 42, file: { name: 'giay-khen-….pdf', mimeType: 'application/pdf', contentBase64, … } }
import { z } from 'zod';
import { campaignIdSchema } from './ids';

/** toTrinh: Tờ trình đề nghị khen thưởng (the board to the Chairman); quyetDinh: Quyết định khen thưởng. */
export const DECISION_DRAFT_KINDS = ['toTrinh', 'quyetDinh'] as const;

export type DecisionDraftKind = (typeof DECISION_DRAFT_KINDS)[number];

/**
 * A decision number "số/ký hiệu" as NĐ 30/2020 writes it: digits, a slash, the document kind and the issuer's
 * abbreviation joined by hyphens, e.g. "1234/QĐ-UBND", "56/QĐ-CT". Refused otherwise (DECISION_NUMBER_INVALID).
 */
export const DECISION_NUMBER_PATTERN = /^[0-9]{1,6}\/QĐ-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u;

const nomineeIdSchema = z.string().min(3).max(100);

export const decisionDraftsRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** Which drafts; default both, in this order. */
  kinds: z
    .array(z.enum(DECISION_DRAFT_KINDS))
    .min(1)
    .max(DECISION_DRAFT_KINDS.length)
    .refine((list) => new Set(list).size === list.length, 'kinds repeat')
    .default([...DECISION_DRAFT_KINDS]),
  /** Date printed on the drafts (YYYY-MM-DD); default: "ngày … tháng … năm …" left to fill by hand. */
  date: z.iso.date().optional(),
});

export type DecisionDraftsRequest = z.input<typeof decisionDraftsRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type DecisionDraftsBody = z.output<typeof decisionDraftsRequestSchema>;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';

export const decisionFileSchema = z.object({
  /** e.g. "du-thao-quyet-dinh-ls-dhtt-2026-v3.docx". */
  name: z.string(),
  title: z.string(),
  mimeType: z.string(),
  size: z.int().min(0),
  contentBase64: z.string(),
});

export type DecisionFile = z.infer<typeof decisionFileSchema>;

export const decisionDraftsResponseSchema = z.object({
  /** The master version the approved entries were read from (the latest). */
  version: z.int().min(1),
  /** Approved entries in the annexed list. */
  entries: z.int().min(0),
  files: z.array(decisionFileSchema.extend({ kind: z.enum(DECISION_DRAFT_KINDS) })),
});

export type DecisionDraftsResponse = z.infer<typeof decisionDraftsResponseSchema>;

export const recordDecisionRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** The signed decision's number, e.g. "1234/QĐ-UBND" (DECISION_NUMBER_PATTERN). */
  decisionNumber: z.string().trim().max(100),
  /** The decision's date, YYYY-MM-DD; not after today (DECISION_DATE_INVALID). */
  decisionDate: z.string().trim().max(20),
  /** The entries the decision awards (all must be approved, or already awarded by this decision); default: every approved entry. */
  nomineeIds: z.array(nomineeIdSchema).min(1).max(5000).optional(),
});

export type RecordDecisionRequest = z.input<typeof recordDecisionRequestSchema>;
export type RecordDecisionBody = z.output<typeof recordDecisionRequestSchema>;

export const awardedEntrySchema = z.object({
  nomineeId: z.string(),
  displayName: z.string(),
  /** The award given: the board's award decision, else the proposed award. */
  awardCode: z.string(),
  /** The award-history record (null when the entry has no key: no CCCD, no name and birth year). */
  awardHistoryId: z.string().nullable(),
  /** false: this decision was already recorded on this entry (a retry); nothing written. */
  changed: z.boolean(),
});

export type AwardedEntry = z.infer<typeof awardedEntrySchema>;

export const recordDecisionResponseSchema = z.object({
  campaignId: z.string(),
  /** The master version the entries were read from (the latest). */
  version: z.int().min(1),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  /** Entries marked awarded by this request (review, log entry and award history written together). */
  recorded: z.int().min(0),
  /** Entries that already carried this decision. */
  unchanged: z.int().min(0),
  awarded: z.array(awardedEntrySchema),
});

export type RecordDecisionResponse = z.infer<typeof recordDecisionResponseSchema>;

export const certificatesRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** A recorded decision (recordDecision); its awardees get one page each. */
  decisionNumber: z.string().trim().min(1).max(100),
  /** Signature block; default the campaign's issuing body signer. */
  signer: z
    .object({
      titles: z.array(z.string().trim().min(1).max(200)).max(4),
      name: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
});

export type CertificatesRequest = z.input<typeof certificatesRequestSchema>;
export type CertificatesBody = z.output<typeof certificatesRequestSchema>;

export const certificatesResponseSchema = z.object({
  decisionNumber: z.string(),
  decisionDate: z.string(),
  /** One page per awardee, in the order of the annexed list. */
  pages: z.int().min(1),
  file: decisionFileSchema,
});

export type CertificatesResponse = z.infer<typeof certificatesResponseSchema>;
