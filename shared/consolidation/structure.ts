// Delegate structure against the campaign's targets (cơ cấu đại biểu so với chỉ tiêu). Pure.
//
// Who is counted (the "population"): the valid entries the board has not rejected, and of them only the delegates
// (delegate = true) when any such entry is a delegate — a campaign that selects delegates is judged on its
// delegates; a campaign without any delegate flag is judged on all its entries. Entries "chưa hợp lệ" are never in
// the master's entries, so they never count.
// Shares are taken over the individuals of the population (a collective's representative has no personal data in
// the row); a share is a fraction 0..1 (0.3 = 30 %). Each target has a minimum share and optionally a maximum.
// "needed" is how many more individuals of the group it takes to reach the minimum with the number of individuals
// unchanged (i.e. by replacing others); "excess" how many are above the maximum. Seats: a unit's seat quota
// (quotas[unit].seats) against its delegate entries (individuals and collectives; a nominee proposed by two units
// takes a seat in each); the whole list against the sum of the quotas, each nominee counted once.
//
// computeStats (compute-stats.ts) stores the counts and the setting in the master version's statistics;
// structureReport turns them into the lines every output shows (status, Thống kê tab, digest, xlsx, sidebar).

export const STRUCTURE_KEYS = [
  'women',
  'ethnicMinority',
  'directLabourers',
  'workers',
  'farmers',
  'intellectuals',
  'youth',
] as const;

export type StructureKey = (typeof STRUCTURE_KEYS)[number];

/** Vietnamese labels of the groups (NFC). */
export const STRUCTURE_LABELS: Record<StructureKey, string> = {
  women: 'Nữ',
  ethnicMinority: 'Dân tộc thiểu số',
  directLabourers: 'Lao động trực tiếp',
  workers: 'Công nhân',
  farmers: 'Nông dân',
  intellectuals: 'Trí thức, nhà khoa học',
  youth: 'Thanh niên',
};

/** Youth: at most this age in the evaluation year (evaluation year − birth year), unless the campaign says otherwise. */
export const DEFAULT_YOUTH_MAX_AGE = 30;

/** A target share, 0..1: at least `min`, and at most `max` when given. */
export interface ShareTarget {
  min: number;
  max?: number;
}

export type StructureTargetShares = Partial<Record<StructureKey, ShareTarget>>;

/** How the master version's structure was counted (stored in CampaignStats.structure). */
export interface StructureSetting {
  /** 'delegates': only delegate entries count (some entry is a delegate); 'entries': every entry counts. */
  basis: 'delegates' | 'entries';
  youthMaxAge: number;
  /** The year ages are taken in (the campaign's evaluation year). */
  referenceYear: number;
  targets: StructureTargetShares;
  /** Seat quota (delegate entries) per unitId. */
  seats: Record<string, number>;
}

/** What computeStats counts for one scope (the whole list or one unit). */
export interface StructureCounts {
  /** Entries in the population (individuals and collectives). */
  population: number;
  /** Individuals in the population: the denominator of every share. */
  persons: number;
  counts: Record<StructureKey, number>;
}

/** Options of the structure count (StatsOptions.structure). */
export interface StructureOptions {
  targets?: StructureTargetShares;
  youthMaxAge?: number;
  /** Default: the year of StatsOptions.referenceDate. */
  referenceYear?: number;
  /** Seat quota per unitId (computeStats takes them from StatsOptions.quotas[unit].seats). */
  seats?: Record<string, number>;
}

export function emptyStructureCounts(): StructureCounts {
  const counts = {} as Record<StructureKey, number>;
  for (const key of STRUCTURE_KEYS) counts[key] = 0;
  return { population: 0, persons: 0, counts };
}

/** The fields of a master entry the structure reads (types.ts MasterEntry; not imported, types.ts imports this). */
interface Counted {
  kind: 'individual' | 'collective';
  gender?: string | undefined;
  ethnicity?: string | undefined;
  directLabourer?: boolean | undefined;
  socialComposition?: string | undefined;
  birthDate?: string | undefined;
  birthYear?: number | undefined;
  delegate?: boolean | undefined;
  reviewState: string;
}

/** The basis of a list: delegates when any entry not rejected is a delegate. */
export function structureBasis(entries: readonly Counted[]): StructureSetting['basis'] {
  return entries.some((e) => e.reviewState !== 'rejected' && e.delegate === true) ? 'delegates' : 'entries';
}

export function structureSetting(
  entries: readonly Counted[],
  options: StructureOptions | undefined,
  referenceDate: string,
): StructureSetting {
  return {
    basis: structureBasis(entries),
    youthMaxAge: options?.youthMaxAge ?? DEFAULT_YOUTH_MAX_AGE,
    referenceYear: options?.referenceYear ?? Number(referenceDate.slice(0, 4)),
    targets: options?.targets ?? {},
    seats: options?.seats ?? {},
  };
}

/** Which groups an individual belongs to (a row predicate per group, from the row's own fields). */
export const STRUCTURE_PREDICATES: Record<StructureKey, (e: Counted, setting: StructureSetting) => boolean> =
  {
    women: (e) => e.gender === 'female',
    ethnicMinority: (e) => e.ethnicity !== undefined && e.ethnicity !== '01' && e.ethnicity !== '99',
    directLabourers: (e) => e.directLabourer === true,
    workers: (e) => e.socialComposition === 'worker',
    farmers: (e) => e.socialComposition === 'farmer',
    intellectuals: (e) => e.socialComposition === 'intellectual',
    youth: (e, s) => {
      const year = birthYearOf(e);
      return year !== undefined && s.referenceYear - year >= 0 && s.referenceYear - year <= s.youthMaxAge;
    },
  };

function birthYearOf(e: Counted): number | undefined {
  const fromDate = /^(\d{4})-/.exec(e.birthDate ?? '');
  return fromDate ? Number(fromDate[1]) : e.birthYear;
}

/**
 * How one entry counts: null when it is not in the population; else whether it is an individual and the groups it
 * belongs to. Computed once per entry, then added to every scope it counts in (countStructure).
 */
export interface StructureMembership {
  individual: boolean;
  groups: StructureKey[];
}

export function structureMembership(e: Counted, setting: StructureSetting): StructureMembership | null {
  if (setting.basis === 'delegates' && e.delegate !== true) return null;
  if (e.kind !== 'individual') return { individual: false, groups: [] };
  return { individual: true, groups: STRUCTURE_KEYS.filter((key) => STRUCTURE_PREDICATES[key](e, setting)) };
}

/** Adds one entry's membership (not rejected) to a scope's structure. */
export function countStructure(c: StructureCounts, m: StructureMembership | null): void {
  if (m === null) return;
  c.population++;
  if (!m.individual) return;
  c.persons++;
  for (const key of m.groups) c.counts[key]++;
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------

export type TargetStatus = 'met' | 'short' | 'over' | 'noTarget' | 'empty';

export interface TargetLine {
  key: StructureKey;
  label: string;
  count: number;
  /** count ÷ persons, 0..1 (0 when there is no individual). */
  share: number;
  min?: number;
  max?: number;
  /** empty: a target is set but nobody is counted yet; noTarget: no target set for the group. */
  status: TargetStatus;
  /** More individuals of the group needed to reach the minimum (persons unchanged); 0 unless short. */
  needed: number;
  /** Individuals of the group above the maximum; 0 unless over. */
  excess: number;
}

export interface SeatUse {
  /** The seat quota; absent when none is set. */
  limit?: number;
  used: number;
  over: boolean;
}

export interface StructureScope {
  /** Absent for the whole list. */
  unitId?: string;
  unitName?: string;
  population: number;
  persons: number;
  seats: SeatUse;
  lines: TargetLine[];
  /** Targets short or over (status short/over). */
  missed: number;
}

export interface StructureReport {
  basis: StructureSetting['basis'];
  youthMaxAge: number;
  referenceYear: number;
  whole: StructureScope;
  /** Units with entries or a seat quota, by unitId. */
  units: StructureScope[];
}

/** What structureReport reads of a master version's statistics. */
export interface StructureStats {
  structure?: StructureSetting;
  campaign: { delegates: number; structure?: StructureCounts };
  units: Array<{ unitId: string; unitName?: string; delegates: number; structure?: StructureCounts }>;
}

/** The structure of a master version against its targets; null for a version stored before structure counts. */
export function structureReport(stats: StructureStats): StructureReport | null {
  const setting = stats.structure;
  if (setting === undefined || stats.campaign.structure === undefined) return null;
  const limits = Object.values(setting.seats);
  const wholeLimit = limits.length === 0 ? undefined : limits.reduce((a, b) => a + b, 0);
  const whole = scopeOf(stats.campaign.structure, setting, seatUse(wholeLimit, stats.campaign.delegates));
  const byId = new Map(stats.units.map((u) => [u.unitId, u]));
  const ids = [...new Set([...byId.keys(), ...Object.keys(setting.seats)])].sort();
  const units = ids.map((unitId) => {
    const u = byId.get(unitId);
    const seats = seatUse(setting.seats[unitId], u?.delegates ?? 0);
    const scope = scopeOf(u?.structure ?? emptyStructureCounts(), setting, seats);
    return { unitId, ...(u?.unitName === undefined ? {} : { unitName: u.unitName }), ...scope };
  });
  const { basis, youthMaxAge, referenceYear } = setting;
  return { basis, youthMaxAge, referenceYear, whole, units };
}

function seatUse(limit: number | undefined, used: number): SeatUse {
  return limit === undefined ? { used, over: false } : { limit, used, over: used > limit };
}

function scopeOf(c: StructureCounts, setting: StructureSetting, seats: SeatUse): StructureScope {
  const lines = STRUCTURE_KEYS.map((key) =>
    targetLine(key, c.counts[key] ?? 0, c.persons, setting.targets[key]),
  );
  const missed = lines.filter((l) => l.status === 'short' || l.status === 'over').length;
  return { population: c.population, persons: c.persons, seats, lines, missed };
}

export function targetLine(
  key: StructureKey,
  count: number,
  persons: number,
  target: ShareTarget | undefined,
): TargetLine {
  const base = { key, label: STRUCTURE_LABELS[key], count, share: persons === 0 ? 0 : count / persons };
  if (target === undefined) return { ...base, status: 'noTarget', needed: 0, excess: 0 };
  const bounds = { min: target.min, ...(target.max === undefined ? {} : { max: target.max }) };
  if (persons === 0) return { ...base, ...bounds, status: 'empty', needed: 0, excess: 0 };
  const needed = Math.max(0, Math.ceil(fixed(target.min * persons)) - count);
  const excess = target.max === undefined ? 0 : Math.max(0, count - Math.floor(fixed(target.max * persons)));
  const status: TargetStatus = needed > 0 ? 'short' : excess > 0 ? 'over' : 'met';
  return { ...base, ...bounds, status, needed, excess };
}

/** Rounds away binary noise (0.3 × 10 = 3.0000000000000004) before ceil/floor. */
function fixed(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** "30%" / "32,5%": a share as Vietnamese percent text (at most one decimal, comma). */
export function percentText(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${String(value).replace('.', ',')}%`;
}

/** One line's target as text: "≥ 30%", "30%–50%", "≤ 10%" or "" when none. */
export function targetText(line: { min?: number | undefined; max?: number | undefined }): string {
  if (line.min === undefined) return '';
  if (line.max === undefined) return `≥ ${percentText(line.min)}`;
  return `${percentText(line.min)}–${percentText(line.max)}`;
}

/** The verdict of a status in one word (sheet cells coloured by exact text); '' for noTarget. */
export const STATUS_WORDS: Record<TargetStatus, string> = {
  met: 'Đạt',
  short: 'Thiếu',
  over: 'Vượt',
  empty: 'Chưa có ai',
  noTarget: '',
};

/** One line's verdict in Vietnamese: "Đạt", "Thiếu 2 người", "Vượt 1 người", "Chưa có chỉ tiêu", "Chưa có ai". */
export function statusText(line: Pick<TargetLine, 'status' | 'needed' | 'excess'>): string {
  switch (line.status) {
    case 'met':
      return 'Đạt';
    case 'short':
      return `Thiếu ${line.needed} người`;
    case 'over':
      return `Vượt ${line.excess} người`;
    case 'empty':
      return 'Chưa có ai';
    default:
      return 'Chưa có chỉ tiêu';
  }
}
