// Per-campaign configuration of validation: which awards may be proposed, extra movements, eligibility
// thresholds (keyed by criterion id, see shared/eligibility/rules.ts), additional required fields, limits.
import { z } from 'zod';
import type { CampaignProposal } from '../eligibility/proposals';
import type { NominationKind } from '../grid/types';
import { DOSSIER_DOC_CODES } from '../vocab/dossier-documents';
import { FIELDS } from './fields';

const fieldKeys = FIELDS.map((f) => f.key) as [string, ...string[]];

export const campaignRulesSchema = z.object({
  /** Award codes that may be proposed; absent = every award. */
  allowedAwards: z.array(z.string()).optional(),
  /** Movements added to (or replacing by code) the base vocabulary. */
  movements: z
    .array(
      z.object({
        code: z.string().min(1),
        label: z.string().min(1),
        aliases: z.array(z.string()).default([]),
      }),
    )
    .optional(),
  /** Overrides of criterion thresholds, keyed by criterion id ("CSTD_TINH.consecutiveYears": 3). */
  thresholds: z.record(z.string(), z.number()).optional(),
  /** Fields every row must fill (and whose column must exist), beyond the name, birth year and gender. */
  requiredFields: z.array(z.enum(fieldKeys)).optional(),
  /**
   * A row that proposes an award or an honour must carry a "Tóm tắt thành tích" (default true): without an
   * account of achievements the proposal cannot be considered. Set false to relax it (e.g. a list of delegates
   * whose accounts are filed separately).
   */
  achievementsRequired: z.boolean().optional(),
  /** Minimum length (characters) of the achievement summary; overrides achievementLength.min. */
  achievementsMinLength: z.number().int().nonnegative().optional(),
  achievementLength: z
    .object({ min: z.number().int().nonnegative(), max: z.number().int().positive() })
    .partial()
    .optional(),
  birthYearRange: z.object({ min: z.number().int(), max: z.number().int() }).partial().optional(),
  /** What a row proposes when it marks nothing (a list that is all delegates, or all honoured). */
  defaultProposal: z.enum(['delegate', 'honoured']).optional(),
  /** Each delegate must already hold at least one award (e.g. Hải Dương 2020). */
  delegateMustHoldAward: z.boolean().optional(),
  /** Year the achievements are assessed for; default: defaultEvaluationYear of the campaign's deadline and kind. */
  evaluationYear: z.number().int().optional(),
  /** Set false to skip the eligibility criteria (field checks still run). */
  checkEligibility: z.boolean().optional(),
  /**
   * Council vote thresholds (voteRound): a nominee passes when its agree votes reach `share` of the council's
   * members (or of the ballots cast), per award code, else `default`. Absent: DEFAULT_VOTE_THRESHOLD — a default
   * NOT checked against a legal text (docs/domain.md states no figure for the council vote): "ngưỡng mặc định,
   * chưa đối chiếu văn bản".
   */
  voteThresholds: z
    .object({
      default: z.lazy(() => voteThresholdSchema).optional(),
      byAward: z
        .record(
          z.string(),
          z.lazy(() => voteThresholdSchema),
        )
        .optional(),
    })
    .optional(),
  /**
   * Documents a row's dossier ("Hồ sơ" column) must hold, keyed by award code, "*" (any other award), "delegate"
   * or "honoured"; merged key by key over the defaults of shared/checks/dossier-checklist.ts (an empty list drops
   * a requirement). Missing documents are warnings, checked on lists that have a "Hồ sơ" column.
   */
  dossierChecklist: z.record(z.string(), z.array(z.enum(DOSSIER_DOC_CODES))).optional(),
  /** An award proposal whose row claims initiatives needs their recognition (SANGKIEN) in its dossier (default true). */
  dossierInitiativeProof: z.boolean().optional(),
});

/** The rule a nominee is judged by in a council vote: agree votes ≥ share × base (> when strictlyAbove). */
export const voteThresholdSchema = z.object({
  share: z.number().gt(0).max(1),
  /** members: of the council's active members at close; votes: of the ballots cast. */
  of: z.enum(['members', 'votes']),
  strictlyAbove: z.boolean().optional(),
});
export type VoteThreshold = z.infer<typeof voteThresholdSchema>;

/** More than half of the council's members agree. UNVERIFIED: no decree figure in docs/domain.md. */
export const DEFAULT_VOTE_THRESHOLD: VoteThreshold = { share: 0.5, of: 'members', strictlyAbove: true };
export const DEFAULT_VOTE_THRESHOLD_NOTE = 'ngưỡng mặc định, chưa đối chiếu văn bản';

export type CampaignRules = z.input<typeof campaignRulesSchema>;

/** A prior award of a nominee, from the board's records or a previous campaign. */
export interface AwardHistoryEntry {
  awardCode: string;
  year: number;
  decisionNumber?: string;
  decisionDate?: string;
  /** Whose award: matched by CCCD, else by name + birth year (individuals) or name (collectives). Entries
   * with no identity apply to every row (validating one nominee). */
  cccd?: string;
  fullName?: string;
  birthYear?: number;
  collectiveName?: string;
}

export const awardHistoryEntrySchema = z.object({
  awardCode: z.string().min(1),
  year: z.number().int(),
  decisionNumber: z.string().optional(),
  decisionDate: z.string().optional(),
  cccd: z.string().optional(),
  fullName: z.string().optional(),
  birthYear: z.number().int().optional(),
  collectiveName: z.string().optional(),
});

export interface ValidationContext {
  kind: NominationKind;
  rules?: CampaignRules;
  /** YYYY-MM-DD; default: the current date. The upper bound of year range checks derives from it. */
  today?: string;
  /**
   * The campaign's evaluation year (defaultEvaluationYear({ deadline, eventKind }) unless the rules set one);
   * rules.evaluationYear wins. Only when neither is given does the year of `today` stand in (tests, ad-hoc checks).
   */
  evaluationYear?: number;
  awardHistory?: AwardHistoryEntry[];
  /** Awards proposed in the same campaign (other rows, other units): titles of the evaluation year. */
  campaignProposals?: readonly CampaignProposal[];
}
