// The matching view of a nomination row: the keys duplicate detection compares, computed once per row.

import type { NominationKind } from '../grid/types';
import { exactName, foldedName } from './name-keys';
import { type OrgName, parseOrgName } from './org-names';
import type { NomineeFields } from './types';

export interface MatchRow {
  kind: NominationKind;
  /** Folded name (individuals) or folded organisation key (collectives). */
  folded: string;
  /** Lower-case name keeping diacritics. */
  exact: string;
  cccd: string | null;
  year: number | null;
  birthDate: string | null;
  /** 1 male, 2 female, 0 unknown. */
  gender: number;
  workplace: string | null;
  /** Parsed collective name (collectives only). */
  org: OrgName | null;
}

/** Unit-independent identity: CCCD, else name key + birth year (individuals); name + parent unit (collectives). */
export function identityKeyOf(r: MatchRow): string {
  if (r.kind === 'collective') return `c|${r.folded}|${r.workplace ? parseOrgName(r.workplace).key : '-'}`;
  return r.cccd ? `i|c|${r.cccd}` : `i|n|${r.folded}|${r.year ?? '-'}`;
}

export function toMatchRow(kind: NominationKind, data: NomineeFields): MatchRow {
  return kind === 'individual' ? individualRow(data) : collectiveRow(data);
}

function individualRow(data: NomineeFields): MatchRow {
  const name = data.fullName ?? '';
  return individualMatchRow(data, foldedName(name), exactName(name));
}

/** toMatchRow of an individual whose name keys (foldedName, exactName of data.fullName) are already known. */
export function individualMatchRow(data: NomineeFields, folded: string, exact: string): MatchRow {
  return {
    kind: 'individual',
    folded,
    exact,
    cccd: nonEmpty(data.cccd),
    year: birthYearOf(data),
    birthDate: nonEmpty(data.birthDate),
    gender: genderCode(data.gender),
    workplace: nonEmpty(data.workplace),
    org: null,
  };
}

function collectiveRow(data: NomineeFields): MatchRow {
  const name = data.collectiveName ?? data.fullName ?? '';
  const org = parseOrgName(name);
  const workplace = nonEmpty(data.workplace);
  return {
    kind: 'collective',
    folded: org.key,
    exact: exactName(name),
    cccd: null,
    year: null,
    birthDate: null,
    gender: 0,
    workplace,
    org,
  };
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function birthYearOf(data: NomineeFields): number | null {
  if (typeof data.birthYear === 'number' && Number.isFinite(data.birthYear)) return data.birthYear;
  const match = /^(\d{4})-/.exec(data.birthDate ?? '');
  return match ? Number(match[1]) : null;
}

function genderCode(gender: string | undefined): number {
  if (gender === 'male') return 1;
  return gender === 'female' ? 2 : 0;
}
