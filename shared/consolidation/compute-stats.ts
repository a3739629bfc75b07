// Campaign statistics from master entries: counts by award, kind, gender, ethnicity, direct labourers, social
// composition, sector and age band; quota use per unit; a budget estimate (reward coefficients × base salary).
// Rejected entries are counted apart and left out of every other figure. The delegate structure (structure.ts) is
// counted here too, with the setting it was counted under.

import {
  countStructure,
  emptyStructureCounts,
  type StructureMembership,
  structureMembership,
  structureSetting,
} from './structure';
import type {
  AgeBand,
  CampaignStats,
  MasterEntry,
  QuotaUse,
  StatsCounts,
  StatsOptions,
  UnitQuota,
  UnitStats,
} from './types';

const KINH = '01';
const UNKNOWN_ETHNICITY = '99';

export function computeStats(master: { entries: MasterEntry[] }, options: StatsOptions): CampaignStats {
  const campaign = emptyCounts();
  const units = new Map<string, UnitStats>();
  const setting = structureSetting(
    master.entries,
    { ...options.structure, seats: seatsOf(options.quotas) },
    options.referenceDate,
  );
  for (const entry of master.entries) {
    const member = entry.reviewState === 'rejected' ? null : structureMembership(entry, setting);
    countEntry(campaign, entry, finalAward(entry), options, member);
    for (const source of uniqueUnitSources(entry)) {
      countEntry(
        unitStats(units, source.unitId, source.unitName),
        entry,
        source.award ?? finalAward(entry),
        options,
        member,
      );
    }
  }
  const unitList = [...units.values()].sort((a, b) =>
    a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0,
  );
  for (const u of unitList) attachQuota(u, options.quotas?.[u.unitId]);
  return {
    referenceDate: options.referenceDate,
    baseSalary: options.baseSalary ?? 0,
    campaign,
    units: unitList,
    overQuotaUnits: unitList.filter((u) => u.quota?.over).map((u) => u.unitId),
    awardsWithoutCoefficient: awardsWithoutCoefficient(campaign, options),
    structure: setting,
  };
}

function finalAward(entry: MasterEntry): string | undefined {
  return entry.awardDecision ?? entry.award;
}

function uniqueUnitSources(entry: MasterEntry): MasterEntry['sources'] {
  const seen = new Set<string>();
  return entry.sources.filter((s) => !seen.has(s.unitId) && seen.add(s.unitId));
}

function unitStats(units: Map<string, UnitStats>, unitId: string, unitName: string | undefined): UnitStats {
  let stats = units.get(unitId);
  if (!stats) {
    stats = { unitId, ...emptyCounts() };
    if (unitName !== undefined) stats.unitName = unitName;
    units.set(unitId, stats);
  }
  return stats;
}

export function emptyCounts(): StatsCounts {
  return {
    entries: 0,
    individuals: 0,
    collectives: 0,
    byAward: {},
    women: 0,
    ethnicMinority: 0,
    ethnicityUnknown: 0,
    directLabourers: 0,
    partyMembers: 0,
    rejected: 0,
    delegates: 0,
    honoured: 0,
    bySocialComposition: {},
    bySector: {},
    byAgeBand: { under30: 0, '30to39': 0, '40to49': 0, '50to59': 0, '60plus': 0, unknown: 0 },
    coefficientSum: 0,
    budget: 0,
    structure: emptyStructureCounts(),
  };
}

function countEntry(
  c: StatsCounts,
  e: MasterEntry,
  award: string | undefined,
  options: StatsOptions,
  member: StructureMembership | null,
): void {
  if (e.reviewState === 'rejected') {
    c.rejected++;
    return;
  }
  c.entries++;
  if (c.structure) countStructure(c.structure, member);
  if (award) bump(c.byAward, award);
  if (e.sector) bump(c.bySector, e.sector);
  if (e.delegate) c.delegates++;
  if (e.honoured) c.honoured++;
  if (e.kind === 'individual') countIndividual(c, e, options.referenceDate);
  else c.collectives++;
  const coefficient = award ? options.coefficients?.[award] : undefined;
  if (coefficient !== undefined) addCoefficient(c, coefficient, options.baseSalary ?? 0);
}

function addCoefficient(c: StatsCounts, coefficient: number, baseSalary: number): void {
  c.coefficientSum = round(c.coefficientSum + coefficient, 4);
  c.budget = Math.round(c.coefficientSum * baseSalary);
}

function countIndividual(c: StatsCounts, e: MasterEntry, referenceDate: string): void {
  c.individuals++;
  if (e.gender === 'female') c.women++;
  if (!e.ethnicity || e.ethnicity === UNKNOWN_ETHNICITY) c.ethnicityUnknown++;
  else if (e.ethnicity !== KINH) c.ethnicMinority++;
  if (e.directLabourer) c.directLabourers++;
  if (e.partyMember) c.partyMembers++;
  if (e.socialComposition) bump(c.bySocialComposition, e.socialComposition);
  c.byAgeBand[ageBand(ageAt(e, referenceDate))]++;
}

/** Age in whole years at referenceDate (YYYY-MM-DD), from birthDate, else from birthYear; null when unknown. */
export function ageAt(e: Pick<MasterEntry, 'birthDate' | 'birthYear'>, referenceDate: string): number | null {
  const ref = /^(\d{4})-(\d{2})-(\d{2})/.exec(referenceDate);
  if (!ref) return null;
  const birth = /^(\d{4})-(\d{2})-(\d{2})/.exec(e.birthDate ?? '');
  if (birth) {
    const hadBirthday = `${ref[2]}-${ref[3]}` >= `${birth[2]}-${birth[3]}`;
    return Number(ref[1]) - Number(birth[1]) - (hadBirthday ? 0 : 1);
  }
  return e.birthYear === undefined ? null : Number(ref[1]) - e.birthYear;
}

export function ageBand(age: number | null): AgeBand {
  if (age === null || age < 0) return 'unknown';
  if (age < 30) return 'under30';
  if (age < 40) return '30to39';
  if (age < 50) return '40to49';
  return age < 60 ? '50to59' : '60plus';
}

function attachQuota(u: UnitStats, quota: UnitQuota | undefined): void {
  if (!quota) return;
  const byAward = Object.entries(quota.byAward ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([award, limit]) => ({
      award,
      limit,
      used: u.byAward[award] ?? 0,
      over: (u.byAward[award] ?? 0) > limit,
    }));
  const use: QuotaUse = { used: u.entries, over: false, byAward };
  if (quota.total !== undefined) use.limit = quota.total;
  use.over = (quota.total !== undefined && u.entries > quota.total) || byAward.some((a) => a.over);
  u.quota = use;
}

/** Seat quotas (quotas[unit].seats) per unitId. */
function seatsOf(quotas: StatsOptions['quotas']): Record<string, number> {
  const seats: Record<string, number> = {};
  for (const [unitId, quota] of Object.entries(quotas ?? {}))
    if (quota.seats !== undefined) seats[unitId] = quota.seats;
  return seats;
}

function awardsWithoutCoefficient(c: StatsCounts, options: StatsOptions): string[] {
  return Object.keys(c.byAward)
    .filter((award) => options.coefficients?.[award] === undefined)
    .sort();
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
