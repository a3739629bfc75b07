// Cross-field checks of one row once its cells are read: split birth-year columns, birth date vs year, required
// fields, what the row proposes, CCCD consistency, collective member counts, award fit, eligibility, held
// nominations and the delegate-award rule of some campaigns.

import { checkAchievementLength, type LengthLimits } from '../checks/achievements';
import { checkAwardFits } from '../checks/award';
import { crossCheckCccd } from '../checks/cccd';
import { docLabels, dossierCompleteness } from '../checks/dossier-checklist';
import { checkBirthAgreement } from '../checks/years';
import { criteriaFor } from '../eligibility/criteria';
import { checkEligibility } from '../eligibility/evaluate';
import { historyFor } from '../eligibility/history';
import type { ProposalIndex } from '../eligibility/proposals';
import type { AwardHistoryEntry, CampaignRules } from '../schema/campaign-rules';
import { type FieldKey, fieldSpec, PROPOSAL_FIELDS } from '../schema/fields';
import { awardByCode } from '../vocab/awards';
import type { Gender } from '../vocab/genders';
import { SOCIAL_COMPOSITIONS } from '../vocab/social-compositions';
import { SETTERS } from './field-setters';
import { addIssue, addProblems, type RowState, touched } from './row-state';
import type { NominationKind } from './types';

export interface RowCheckSettings {
  kind: NominationKind;
  rules: CampaignRules;
  present: ReadonlySet<FieldKey>;
  /** Sheet column of each present field (0 when unknown). */
  columnOf: (key: string) => number;
  requiredFields: readonly FieldKey[];
  /** An award or honour proposal needs an achievement summary (CampaignRules.achievementsRequired). */
  achievementsRequired: boolean;
  achievementLength: LengthLimits;
  evaluationYear: number;
  thresholds: Readonly<Record<string, number>>;
  history: readonly AwardHistoryEntry[];
  /** Awards proposed in the same campaign, per nominee (ValidationContext.campaignProposals). */
  proposals: ProposalIndex;
}

function resolveSplitBirth(state: RowState): void {
  const { splitMale: male, splitFemale: female } = state;
  if (male !== undefined && female !== undefined) {
    addIssue(state, 'gender.bothColumns', state.splitColumn, 'gender');
    return;
  }
  const found = male ?? female;
  if (found === undefined) return;
  const gender: Gender = male !== undefined ? 'male' : 'female';
  if (state.f.gender === undefined) SETTERS.gender(state, gender);
  if (state.f.birthYear === undefined) SETTERS.birthYear(state, found.year);
  if (found.date !== undefined && state.f.birthDate === undefined) SETTERS.birthDate(state, found.date);
}

function resolveBirth(state: RowState, s: RowCheckSettings): void {
  const { birthDate, birthYear } = state.f;
  if (birthYear !== undefined && state.dateYear !== undefined) {
    const problem = birthDate !== undefined ? checkBirthAgreement(birthDate, birthYear) : undefined;
    const yearOnly = birthDate === undefined && state.dateYear !== birthYear;
    if (problem !== undefined) addProblems(state, [problem], s.columnOf('birthDate'), 'birthDate');
    else if (yearOnly)
      addIssue(state, 'birth.mismatch', s.columnOf('birthDate'), 'birthDate', {
        date: state.dateYear,
        year: birthYear,
      });
  } else if (birthYear === undefined && state.dateYear !== undefined) {
    SETTERS.birthYear(state, state.dateYear);
  }
}

function checkRequired(state: RowState, s: RowCheckSettings): void {
  for (const key of s.requiredFields) {
    if (!s.present.has(key) || touched(state, key)) continue;
    if (key === 'birthYear' && touched(state, 'birthDate')) continue;
    addIssue(state, 'required.missing', s.columnOf(key), key, { label: fieldSpec(key)?.label ?? key });
  }
}

function checkProposal(state: RowState, s: RowCheckSettings): void {
  const f = state.f;
  const proposes =
    f.delegate === true || f.honoured === true || f.award !== undefined || touched(state, 'award');
  if (proposes) return;
  if (s.rules.defaultProposal === 'delegate') SETTERS.delegate(state, true);
  else if (s.rules.defaultProposal === 'honoured') SETTERS.honoured(state, true);
  else if (PROPOSAL_FIELDS.some((f) => s.present.has(f))) addIssue(state, 'row.noProposal', 0, '');
}

function checkCccdConsistency(state: RowState, s: RowCheckSettings): void {
  const { cccd, gender, birthYear } = state.f;
  if (cccd === undefined || cccd.length !== 12) return;
  const problems = crossCheckCccd(cccd, gender, birthYear);
  addProblems(state, problems, s.columnOf('cccd'), 'cccd');
}

function defaultDirectLabourer(state: RowState): void {
  const composition = state.f.socialComposition;
  if (state.f.directLabourer !== undefined || composition === undefined) return;
  const entry = SOCIAL_COMPOSITIONS.find((c) => c.code === composition);
  if (entry !== undefined) SETTERS.directLabourer(state, entry.directLabourer);
}

function checkMemberCounts(state: RowState, s: RowCheckSettings): void {
  const total = state.f.memberCount;
  if (total === undefined) return;
  for (const key of ['advancedMembers', 'emulationFighters', 'disciplinedMembers'] as const) {
    const value = state.f[key];
    if (value !== undefined && value > total) {
      addIssue(state, 'collective.memberCounts', s.columnOf(key), key, {
        label: fieldSpec(key)?.label ?? key,
        value,
        total,
      });
    }
  }
}

/** The row proposes an award (even one not recognised) or an honour, not only a delegate seat. */
function proposesRecognition(state: RowState): boolean {
  return state.f.award !== undefined || state.f.honoured === true || touched(state, 'award');
}

function checkAchievements(state: RowState, s: RowCheckSettings): void {
  const text = state.f.achievements;
  if (text === undefined) {
    if (!s.achievementsRequired || touched(state, 'achievements') || !proposesRecognition(state)) return;
    addIssue(state, 'achievements.missing', s.columnOf('achievements'), 'achievements');
    return;
  }
  const problem = checkAchievementLength(text, s.achievementLength);
  if (problem !== undefined) addProblems(state, [problem], s.columnOf('achievements'), 'achievements');
}

function checkAward(state: RowState, s: RowCheckSettings): void {
  const award = state.f.award;
  if (award === undefined) return;
  const column = s.columnOf('award');
  const fits = checkAwardFits(award, s.kind, s.rules.allowedAwards);
  addProblems(state, fits, column, 'award');
  if (fits.length > 0 || s.rules.checkEligibility === false || criteriaFor(award, s.kind) === undefined)
    return;
  const input = {
    kind: s.kind,
    data: state.f,
    history: historyFor(state.f, s.history),
    evaluationYear: s.evaluationYear,
    thresholds: s.thresholds,
    proposedTitles: s.proposals.size > 0 ? s.proposals.titlesFor(state.f) : undefined,
  };
  addProblems(state, checkEligibility(award, input), column, 'award');
}

function checkHeld(state: RowState, s: RowCheckSettings): void {
  const reasons: string[] = [];
  if (state.f.disciplined === true) reasons.push('đang bị kỷ luật');
  if (state.f.underReview === true)
    reasons.push('đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại');
  if (reasons.length === 0) return;
  const key = state.f.underReview === true ? 'underReview' : 'disciplined';
  addIssue(state, 'eligibility.held', s.columnOf(key), key, { reason: reasons.join(' và ') });
}

function checkDelegateAward(state: RowState, s: RowCheckSettings): void {
  if (s.rules.delegateMustHoldAward !== true || state.f.delegate !== true) return;
  if (state.f.priorAwards !== undefined || historyFor(state.f, s.history).length > 0) return;
  addIssue(state, 'eligibility.delegateNoAward', s.columnOf('priorAwards'), 'priorAwards');
}

function proposalWords(state: RowState): string {
  const award = state.f.award;
  if (award !== undefined) return `"${awardByCode(award)?.label ?? award}"`;
  return state.f.delegate === true ? 'đại biểu' : 'biểu dương';
}

/** Lists with a "Hồ sơ" column: the documents the row's proposal requires and its dossier lacks (a warning). */
function checkDossierDocs(state: RowState, s: RowCheckSettings): void {
  if (!s.present.has('dossier')) return;
  const f = state.f;
  const row = {
    award: f.award,
    delegate: f.delegate,
    honoured: f.honoured,
    initiatives: f.initiatives,
    dossier: state.data.dossier as string | undefined,
  };
  const { missing } = dossierCompleteness(row, s.rules);
  if (missing.length === 0) return;
  addIssue(state, 'dossier.missing', s.columnOf('dossier'), 'dossier', {
    proposal: proposalWords(state),
    missing: docLabels(missing),
  });
}

export function checkRow(state: RowState, s: RowCheckSettings): void {
  resolveSplitBirth(state);
  resolveBirth(state, s);
  checkRequired(state, s);
  checkProposal(state, s);
  checkCccdConsistency(state, s);
  defaultDirectLabourer(state);
  checkMemberCounts(state, s);
  checkAchievements(state, s);
  checkAward(state, s);
  checkHeld(state, s);
  checkDelegateAward(state, s);
  checkDossierDocs(state, s);
}
