// From the latest master version (or, before the first consolidation, the units' latest submissions) to the
// master-dependent parts of the weekly digest. Pure.

import {
  type StructureScope,
  statusText,
  structureReport,
  type TargetLine,
  targetText,
} from '../../../shared/consolidation/structure';
import type {
  CampaignStats,
  DuplicateGroup,
  MasterEntry,
  MasterVersion,
} from '../../../shared/consolidation/types';
import { SECTORS } from '../../../shared/vocab/sectors';
import { sectorLabel } from '../outputs/labels';
import type { DigestInput } from './map-views';
import type { StructureTargetsView } from './views';

export type MasterDigest = Pick<
  DigestInput,
  | 'changes'
  | 'duplicatesAwaitingReview'
  | 'overQuota'
  | 'totals'
  | 'structure'
  | 'breakdown'
  | 'structureTargets'
>;

/** Rows of the units' latest submissions, by kind: the totals shown before the first consolidation. */
export interface SubmittedTotals {
  individuals: number;
  collectives: number;
}

const MAX_HIGHLIGHTS = 5;
const MAX_DUPLICATE_EXAMPLES = 3;
const MAX_STRUCTURE_UNITS = 8;

export function masterDigest(master: MasterVersion | null, submitted: SubmittedTotals): MasterDigest {
  if (master === null) return withoutMaster(submitted);
  return {
    changes: changesOf(master),
    duplicatesAwaitingReview: duplicatesOf(master),
    overQuota: overQuotaOf(master.stats),
    totals: {
      nominees: master.totals.entries,
      individuals: master.totals.individuals,
      collectives: master.totals.collectives,
    },
    structure: structureOf(master.stats),
    breakdown: breakdownOf(master.stats),
    structureTargets: structureTargetsOf(master.stats),
  };
}

function withoutMaster(submitted: SubmittedTotals): MasterDigest {
  const nominees = submitted.individuals + submitted.collectives;
  return {
    changes: null,
    duplicatesAwaitingReview: { groups: 0, examples: [] },
    overQuota: [],
    totals: { nominees, ...submitted },
    structure: [],
    breakdown: null,
    structureTargets: null,
  };
}

/** Null for the first master version: there is nothing earlier to compare with. */
function changesOf(master: MasterVersion): MasterDigest['changes'] {
  if (master.version <= 1) return null;
  const { added, removed, changed } = master.changes;
  const byId = entriesById(master.entries);
  const highlights = [
    ...added.map((id) => `Mới: ${byId.get(id)?.displayName ?? id}`),
    ...changed.map((c) => `Sửa: ${c.displayName}`),
  ].slice(0, MAX_HIGHLIGHTS);
  return { added: added.length, removed: removed.length, modified: changed.length, highlights };
}

function entriesById(entries: MasterEntry[]): Map<string, MasterEntry> {
  return new Map(entries.map((e) => [e.nomineeId, e]));
}

const awaitingReview = (g: DuplicateGroup) => g.kind === 'probable' && g.decision === undefined;

function duplicatesOf(master: MasterVersion): MasterDigest['duplicatesAwaitingReview'] {
  const open = master.duplicates.filter(awaitingReview);
  const byId = entriesById(master.entries);
  const examples = open.slice(0, MAX_DUPLICATE_EXAMPLES).map((g) => exampleOf(g, byId));
  return { groups: open.length, examples };
}

function exampleOf(group: DuplicateGroup, byId: Map<string, MasterEntry>): { name: string; units: string[] } {
  const entries = group.nomineeIds.flatMap((id) => byId.get(id) ?? []);
  const units = entries.flatMap((e) => e.sources.map((s) => s.unitName ?? s.unitId));
  return { name: entries[0]?.displayName ?? group.groupId, units: [...new Set(units)] };
}

function overQuotaOf(stats: CampaignStats): MasterDigest['overQuota'] {
  return stats.units.flatMap((u) => {
    const q = u.quota;
    if (!q?.over) return [];
    const unitName = u.unitName ?? u.unitId;
    if (q.limit !== undefined && q.used > q.limit) return [{ unitName, quota: q.limit, count: q.used }];
    return q.byAward.filter((a) => a.over).map((a) => ({ unitName, quota: a.limit, count: a.used }));
  });
}

function structureOf(stats: CampaignStats): MasterDigest['structure'] {
  const c = stats.campaign;
  if (c.individuals === 0) return [];
  return [
    { label: 'Nữ', count: c.women, of: c.individuals },
    { label: 'Dân tộc thiểu số', count: c.ethnicMinority, of: c.individuals },
    { label: 'Đảng viên', count: c.partyMembers, of: c.individuals },
    { label: 'Trực tiếp lao động, sản xuất', count: c.directLabourers, of: c.individuals },
  ];
}

function breakdownOf(stats: CampaignStats): MasterDigest['breakdown'] {
  const counts = Object.entries(stats.campaign.bySector).filter(([, n]) => n > 0);
  if (counts.length === 0) return null;
  const order = (code: string) => {
    const i = SECTORS.findIndex((s) => s.code === code);
    return i === -1 ? SECTORS.length : i;
  };
  counts.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  return {
    title: 'Theo lĩnh vực',
    bars: counts.map(([code, count]) => ({ label: sectorLabel(code), count })),
  };
}

/** The structure against targets (shared/consolidation/structure.ts); null when no target and no seat quota is set. */
export function structureTargetsOf(stats: CampaignStats): StructureTargetsView | null {
  const report = structureReport(stats);
  if (report === null) return null;
  const { whole } = report;
  const targeted = (l: TargetLine) => l.status !== 'noTarget';
  if (!whole.lines.some(targeted) && whole.seats.limit === undefined) return null;
  const missing = report.units.filter((u) => u.missed > 0 || u.seats.over);
  return {
    persons: whole.persons,
    basis: report.basis,
    seats:
      whole.seats.limit === undefined
        ? { used: whole.seats.used }
        : { used: whole.seats.used, limit: whole.seats.limit },
    lines: whole.lines.filter(targeted).map((l) => ({
      label: l.label,
      count: l.count,
      share: l.share,
      target: targetText(l),
      verdict: statusText(l),
      ok: l.status === 'met',
    })),
    units: missing
      .slice(0, MAX_STRUCTURE_UNITS)
      .map((u) => ({ unitName: u.unitName ?? u.unitId ?? '', problems: problemsOf(u) })),
    moreUnits: Math.max(0, missing.length - MAX_STRUCTURE_UNITS),
  };
}

function problemsOf(unit: StructureScope): string[] {
  const seats = unit.seats.over ? [`vượt số ghế (${unit.seats.used}/${unit.seats.limit})`] : [];
  const lines = unit.lines
    .filter((l) => l.status === 'short' || l.status === 'over')
    .map((l) => `${l.label}: ${statusText(l).toLowerCase()}`);
  return [...seats, ...lines];
}
