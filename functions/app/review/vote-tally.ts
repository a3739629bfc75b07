// The count of a closed voting round (pure): per nominee the agree and disagree votes of the council's active
// members, the share against the threshold of its award (the campaign's voteThresholds, else the default, which is
// NOT checked against a legal text: "ngưỡng mặc định, chưa đối chiếu văn bản").
import type { NomineeTally, RoundNominee } from '../../../shared/api/votes';
import {
  type CampaignRules,
  DEFAULT_VOTE_THRESHOLD,
  DEFAULT_VOTE_THRESHOLD_NOTE,
  type VoteThreshold,
} from '../../../shared/schema/campaign-rules';
import type { Ballot } from '../ports';

export interface TallyInput {
  nominees: readonly RoundNominee[];
  /** Emails of the council's active members at close. */
  members: readonly string[];
  ballots: readonly Ballot[];
  rules: CampaignRules;
}

export interface Tally {
  members: number;
  ballotsCast: number;
  nominees: NomineeTally[];
  /** Ballot version counted per member. */
  counted: Record<string, number>;
  thresholdNote?: string;
}

export function tallyRound(input: TallyInput): Tally {
  const members = new Set(input.members);
  const ballots = input.ballots.filter((b) => members.has(b.email));
  const counted = Object.fromEntries(ballots.map((b) => [b.email, b.version]));
  const votes = ballots.map((b) => new Map(b.votes.map((v) => [v.nomineeId, v.vote])));
  const nominees = input.nominees.map((nominee) => {
    const agree = votes.filter((v) => v.get(nominee.nomineeId) === 'agree').length;
    const disagree = votes.filter((v) => v.get(nominee.nomineeId) === 'disagree').length;
    const { threshold, source } = thresholdFor(input.rules, nominee.awardCode);
    const base = threshold.of === 'members' ? members.size : ballots.length;
    return {
      nomineeId: nominee.nomineeId,
      displayName: nominee.displayName,
      awardCode: nominee.awardCode,
      agree,
      disagree,
      base,
      share: base === 0 ? 0 : Math.round((agree / base) * 10_000) / 10_000,
      threshold,
      thresholdSource: source,
      passed: passes(agree, base, threshold),
    };
  });
  const usesDefault = nominees.some((n) => n.thresholdSource === 'default');
  return {
    members: members.size,
    ballotsCast: ballots.length,
    nominees,
    counted,
    ...(usesDefault ? { thresholdNote: DEFAULT_VOTE_THRESHOLD_NOTE } : {}),
  };
}

export function thresholdFor(
  rules: CampaignRules,
  awardCode: string,
): { threshold: VoteThreshold; source: 'campaign' | 'default' } {
  const own = rules.voteThresholds?.byAward?.[awardCode] ?? rules.voteThresholds?.default;
  return own
    ? { threshold: own, source: 'campaign' }
    : { threshold: DEFAULT_VOTE_THRESHOLD, source: 'default' };
}

/** agree ≥ share × base (> when strictlyAbove); shares such as 2/3 are compared with a tolerance of 1e-9. */
export function passes(agree: number, base: number, threshold: VoteThreshold): boolean {
  if (base === 0) return false;
  const ratio = agree / base;
  const EPSILON = 1e-9;
  return threshold.strictlyAbove === true
    ? ratio > threshold.share + EPSILON
    : ratio >= threshold.share - EPSILON;
}

/** "55,56%" */
export function percent(share: number): string {
  return `${(share * 100).toFixed(2).replace('.', ',')}%`;
}

/** The threshold in words, e.g. "trên 50% tổng số thành viên Hội đồng". */
export function thresholdText(threshold: VoteThreshold): string {
  const word = threshold.strictlyAbove === true ? 'trên' : 'từ';
  const of = threshold.of === 'members' ? 'tổng số thành viên Hội đồng' : 'số phiếu hợp lệ';
  const pct = `${Math.round(threshold.share * 10_000) / 100}`.replace('.', ',');
  return `${word} ${pct}% ${of}${threshold.strictlyAbove === true ? '' : ' trở lên'}`;
}
