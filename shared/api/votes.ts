// Council vote (Hội đồng Thi đua – Khen thưởng biểu quyết): voteRound (board: open, status, close, minutes) and
// castBallot (a council member: read the open round and their own ballot, cast it). One ballot per member per round,
// changeable until the round closes, never shown to anyone but its caster: while a round is open the board sees who
// has voted (turnout), after close only the counts per nominee.
import { z } from 'zod';
import { voteThresholdSchema } from '../schema/campaign-rules';
import { campaignIdSchema } from './ids';
import { exportedFileSchema } from './master-outputs';

/** At most this many nominees per round: with summaries of ≤ 600 characters a round stays far under 1 MiB. */
export const MAX_ROUND_NOMINEES = 300;
/** The achievement summary shown to the council is cut at this many characters. */
export const ROUND_ACHIEVEMENTS_MAX = 600;

export const VOTE_CHOICES = ['agree', 'disagree'] as const;
export const voteChoiceSchema = z.enum(VOTE_CHOICES);
export type VoteChoice = z.infer<typeof voteChoiceSchema>;

const nomineeIdSchema = z.string().min(3).max(100);
const roundNumberSchema = z.int().min(1).max(1_000_000);

/** What the council sees of a nominee of the round (no CCCD, birth date, phone or email). */
export const roundNomineeSchema = z.object({
  nomineeId: z.string(),
  kind: z.enum(['individual', 'collective']),
  displayName: z.string(),
  /** Names of the nominating units. */
  units: z.array(z.string()),
  /** The award proposed (the board's award decision, else the unit's proposal); "" when none. */
  awardCode: z.string(),
  awardLabel: z.string(),
  /** Tóm tắt thành tích, cut at ROUND_ACHIEVEMENTS_MAX characters. */
  achievements: z.string(),
});
export type RoundNominee = z.infer<typeof roundNomineeSchema>;

export const roundStateSchema = z.enum(['open', 'closed']);

export const roundSummarySchema = z.object({
  round: z.int(),
  title: z.string(),
  state: roundStateSchema,
  nomineeCount: z.int(),
  openedAt: z.string(),
  openedBy: z.string(),
  /** Casting is refused from this instant on, even before the board closes the round. */
  closesAt: z.string().optional(),
  closedAt: z.string().optional(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const nomineeTallySchema = z.object({
  nomineeId: z.string(),
  displayName: z.string(),
  awardCode: z.string(),
  agree: z.int(),
  disagree: z.int(),
  /** Members or ballots, as the threshold says. */
  base: z.int(),
  /** agree / base, 0..1 (0 when base is 0). */
  share: z.number(),
  threshold: voteThresholdSchema,
  /** campaign: from the rules in force; default: ngưỡng mặc định, chưa đối chiếu văn bản. */
  thresholdSource: z.enum(['campaign', 'default']),
  passed: z.boolean(),
});
export type NomineeTally = z.infer<typeof nomineeTallySchema>;

export const roundResultSchema = z.object({
  /** Active council members at close. */
  members: z.int(),
  /** Ballots of those members. */
  ballotsCast: z.int(),
  nominees: z.array(nomineeTallySchema),
  passed: z.int(),
  failed: z.int(),
  /** Review states written through reviewNominees: approved (passed) / ineligible (failed); rows refused. */
  reviews: z.object({ saved: z.int(), unchanged: z.int(), failed: z.int() }),
  /** Set when a default threshold was used: "ngưỡng mặc định, chưa đối chiếu văn bản". */
  thresholdNote: z.string().optional(),
  closedAt: z.string(),
  closedBy: z.string(),
});
export type RoundResult = z.infer<typeof roundResultSchema>;

// ── voteRound (board) ───────────────────────────────────────────────────────────────────────────────────────────

const openSchema = z.object({
  action: z.literal('open'),
  campaignId: campaignIdSchema,
  /** Entries of the latest master version; absent: every entry the board approved. */
  nomineeIds: z.array(nomineeIdSchema).min(1).max(MAX_ROUND_NOMINEES).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  /** ISO date-time with offset: casting is refused from then on. */
  closesAt: z.iso.datetime({ offset: true }).optional(),
});

const roundRefSchema = z.object({ campaignId: campaignIdSchema, round: roundNumberSchema });

export const voteRoundRequestSchema = z.discriminatedUnion('action', [
  openSchema,
  z.object({
    action: z.literal('status'),
    campaignId: campaignIdSchema,
    round: roundNumberSchema.optional(),
  }),
  roundRefSchema.extend({ action: z.literal('close') }),
  /** The result table and the biên bản kiểm phiếu (xlsx) of a closed round. */
  roundRefSchema.extend({ action: z.literal('minutes'), date: z.iso.date().optional() }),
]);
export type VoteRoundRequest = z.input<typeof voteRoundRequestSchema>;
export type VoteRoundBody = z.output<typeof voteRoundRequestSchema>;

export const roundStatusSchema = roundSummarySchema.extend({
  nominees: z.array(roundNomineeSchema),
  /** Active council members now. */
  members: z.int(),
  /** Turnout: who has cast a ballot (never what they voted). */
  voted: z.array(z.string()),
  notVoted: z.array(z.string()),
  /** Only once closed: the counts per nominee. */
  result: roundResultSchema.optional(),
});
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const voteRoundResponseSchema = z.object({
  campaignId: z.string(),
  action: z.enum(['open', 'status', 'close', 'minutes']),
  /** open: false when the same round was open already (a retry). close: false when it was closed already. */
  changed: z.boolean().optional(),
  /** The round acted on (status: the asked or the newest; null when the campaign has none). */
  round: roundStatusSchema.nullable(),
  /** status: every round of the campaign, newest first. */
  rounds: z.array(roundSummarySchema).optional(),
  /** minutes: the biên bản kiểm phiếu with its result table. */
  files: z.array(exportedFileSchema.omit({ layout: true })).optional(),
});
export type VoteRoundResponse = z.infer<typeof voteRoundResponseSchema>;

// ── castBallot (council) ────────────────────────────────────────────────────────────────────────────────────────

export const ballotVoteSchema = z.object({ nomineeId: nomineeIdSchema, vote: voteChoiceSchema });
export type BallotVote = z.infer<typeof ballotVoteSchema>;

export const castBallotRequestSchema = z.discriminatedUnion('action', [
  /** The open round (or the one named) and the caller's own ballot in it. */
  z.object({ action: z.literal('read'), campaignId: campaignIdSchema, round: roundNumberSchema.optional() }),
  /** A whole ballot: one vote for every nominee of the round; replaces the caller's earlier ballot. */
  roundRefSchema.extend({
    action: z.literal('cast'),
    votes: z.array(ballotVoteSchema).min(1).max(MAX_ROUND_NOMINEES),
  }),
]);
export type CastBallotRequest = z.input<typeof castBallotRequestSchema>;
export type CastBallotBody = z.output<typeof castBallotRequestSchema>;

export const ownBallotSchema = z.object({
  votes: z.array(ballotVoteSchema),
  /** 1 for the first ballot, +1 for each change. */
  version: z.int(),
  castAt: z.string(),
});
export type OwnBallot = z.infer<typeof ownBallotSchema>;

export const castBallotResponseSchema = z.object({
  campaignId: z.string(),
  /** null: no round is open (read without a round number). */
  round: roundSummarySchema.extend({ nominees: z.array(roundNomineeSchema) }).nullable(),
  /** The caller's ballot in that round, null before the first. */
  ballot: ownBallotSchema.nullable(),
  /** cast: false when the ballot sent equals the stored one (a retry): nothing written. */
  changed: z.boolean().optional(),
});
export type CastBallotResponse = z.infer<typeof castBallotResponseSchema>;
