// Pair verdicts: whether two candidate rows are the same nominee, exactly or probably, with a score and reasons.
// Near-misses return null: different CCCD, different known birth years, different known genders.

import type { MatchRow } from './match-rows';
import { sortedTokens, withinOneEdit } from './name-keys';
import { compareOrgNames, type OrgMatch, parseOrgName } from './org-names';
import type { DuplicateReasonCode } from './types';

/** Reason codes in bit order: a verdict's `reasons` is a bit mask over this list. */
export const REASON_BITS: DuplicateReasonCode[] = [
  'DUP_SAME_CCCD',
  'DUP_SAME_NAME_BIRTH_WORKPLACE',
  'DUP_SAME_NAME_BIRTH_YEAR',
  'DUP_NAME_ACCENTS',
  'DUP_NAME_TYPO',
  'DUP_NAME_SWAPPED',
  'DUP_SAME_COLLECTIVE',
  'DUP_COLLECTIVE_NAME',
];

const bit = (code: DuplicateReasonCode): number => 1 << REASON_BITS.indexOf(code);

export interface Verdict {
  exact: boolean;
  score: number;
  reasons: number;
}

const CODES_BY_MASK = new Map<number, DuplicateReasonCode[]>();

/** The reason codes of a mask, in bit order (a fresh array; the lists are computed once per mask). */
export function reasonCodes(mask: number): DuplicateReasonCode[] {
  let codes = CODES_BY_MASK.get(mask);
  if (codes === undefined) {
    codes = REASON_BITS.filter((_, i) => (mask & (1 << i)) !== 0);
    if (CODES_BY_MASK.size < 1024) CODES_BY_MASK.set(mask, codes);
  }
  return codes.slice();
}

export function compareRows(a: MatchRow, b: MatchRow): Verdict | null {
  if (a.kind !== b.kind) return null;
  return a.kind === 'individual' ? compareIndividuals(a, b) : compareCollectives(a, b);
}

function compareIndividuals(a: MatchRow, b: MatchRow): Verdict | null {
  if (a.cccd && b.cccd)
    return a.cccd === b.cccd ? { exact: true, score: 1, reasons: bit('DUP_SAME_CCCD') } : null;
  if (a.gender && b.gender && a.gender !== b.gender) return null;
  if (a.year !== null && b.year !== null && a.year !== b.year) return null;
  const conflict = dateConflict(a, b);
  // With conflicting birth dates no verdict depends on the workplace, so it is not compared.
  const workplace = conflict ? 'missing' : workplaceMatch(a, b);
  const sameDate = a.birthDate !== null && a.birthDate === b.birthDate;
  if (a.exact === b.exact && sameDate && workplace === 'same') {
    return { exact: true, score: 1, reasons: bit('DUP_SAME_NAME_BIRTH_WORKPLACE') };
  }
  const evidence = {
    sameDate,
    sameWork: workplace === 'same' || workplace === 'variant',
    dateConflict: conflict,
  };
  if (a.folded === b.folded) return sameNameVerdict(a, b, evidence);
  if (sortedTokens(a.folded) === sortedTokens(b.folded)) return swappedVerdict(a, b, evidence);
  if (a.year !== null && a.year === b.year && withinOneEdit(a.folded, b.folded)) return typoVerdict(evidence);
  return null;
}

interface Evidence {
  sameDate: boolean;
  sameWork: boolean;
  dateConflict: boolean;
}

function sameNameVerdict(a: MatchRow, b: MatchRow, e: Evidence): Verdict {
  const accents = a.exact !== b.exact ? bit('DUP_NAME_ACCENTS') : 0;
  const reasons = bit('DUP_SAME_NAME_BIRTH_YEAR') | accents;
  return { exact: false, score: sameNameScore(a, b, e), reasons };
}

function sameNameScore(a: MatchRow, b: MatchRow, e: Evidence): number {
  if (e.dateConflict) return 0.5;
  if (e.sameDate) return 0.95;
  const bonus = e.sameWork ? 0.05 : 0;
  return a.year !== null && b.year !== null ? 0.85 + bonus : 0.75 + 2 * bonus;
}

/**
 * Swapped given names ("Nguyễn Minh Đức" / "Nguyễn Đức Minh") are often two real, different names, so the swap
 * alone only proposes the pair for review (below the auto-merge score); the same birth date or workplace confirms it.
 */
function swappedVerdict(a: MatchRow, b: MatchRow, e: Evidence): Verdict {
  const accents = sortedTokens(a.exact) !== sortedTokens(b.exact) ? bit('DUP_NAME_ACCENTS') : 0;
  const score = e.dateConflict ? 0.5 : e.sameDate || e.sameWork ? 0.9 : 0.7;
  return { exact: false, score, reasons: bit('DUP_NAME_SWAPPED') | accents };
}

function typoVerdict(e: Evidence): Verdict | null {
  if (e.dateConflict || !(e.sameDate || e.sameWork)) return null;
  return { exact: false, score: e.sameDate && e.sameWork ? 0.9 : 0.8, reasons: bit('DUP_NAME_TYPO') };
}

function dateConflict(a: MatchRow, b: MatchRow): boolean {
  return a.birthDate !== null && b.birthDate !== null && a.birthDate !== b.birthDate;
}

type WorkplaceMatch = OrgMatch | 'missing';

function workplaceMatch(a: MatchRow, b: MatchRow): WorkplaceMatch {
  if (a.workplace === null || b.workplace === null) return 'missing';
  if (a.workplace === b.workplace) return 'same';
  return compareOrgNames(parseOrgName(a.workplace), parseOrgName(b.workplace));
}

function compareCollectives(a: MatchRow, b: MatchRow): Verdict | null {
  if (a.org === null || b.org === null) return null;
  const name = compareOrgNames(a.org, b.org);
  const workplace = workplaceMatch(a, b);
  if (name === 'none' || workplace === 'none') return null;
  const bothParents = workplace !== 'missing' || (a.workplace === null && b.workplace === null);
  if (name === 'same' && bothParents) return { exact: true, score: 1, reasons: bit('DUP_SAME_COLLECTIVE') };
  if (name === 'same') return { exact: false, score: 0.85, reasons: bit('DUP_SAME_COLLECTIVE') };
  return { exact: false, score: workplace === 'missing' ? 0.8 : 0.9, reasons: bit('DUP_COLLECTIVE_NAME') };
}
