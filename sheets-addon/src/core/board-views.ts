// Pure: what the board's pages show (duplicate groups, submission overview); consolidation is in
// consolidation-view.ts.
import type { CampaignStatusResponse, UnitStatus } from '../../../shared/api/campaign-status';
import type { DuplicateGroup, MasterEntry } from '../../../shared/consolidation/types';
import { type ListView, listViews } from './list-view';
import { STATUS_LABELS } from './status-view';
import type { StructurePayload } from './structure-view';

export interface DuplicateMemberView {
  rowId: string;
  displayName: string;
  unit: string;
  detail: string;
}

export interface DuplicateGroupView {
  groupId: string;
  memberKeys: string[];
  score: number;
  reasons: string[];
  members: DuplicateMemberView[];
  decision: string;
}

function memberView(rowId: string, entries: MasterEntry[]): DuplicateMemberView {
  for (const entry of entries) {
    const source = entry.sources.find((s) => s.rowId === rowId);
    if (!source) continue;
    const birth = entry.birthDate ?? (entry.birthYear ? String(entry.birthYear) : '');
    const detail = [birth, entry.workplace ?? '', `dòng ${source.sheetRow}`]
      .filter((p) => p !== '')
      .join(' · ');
    return { rowId, displayName: entry.displayName, unit: source.unitName ?? source.unitId, detail };
  }
  return { rowId, displayName: rowId, unit: '', detail: '' };
}

/** Probable groups, undecided first, then by score (highest first). */
export function duplicateViews(groups: DuplicateGroup[], entries: MasterEntry[]): DuplicateGroupView[] {
  return groups
    .filter((g) => g.kind === 'probable')
    .sort((a, b) => Number(a.decision !== undefined) - Number(b.decision !== undefined) || b.score - a.score)
    .map((g) => ({
      groupId: g.groupId,
      memberKeys: g.memberKeys,
      score: Math.round(g.score * 100),
      reasons: g.reasons.map((r) => r.message),
      members: g.memberRowIds.map((rowId) => memberView(rowId, entries)),
      decision: g.decision ?? '',
    }));
}

export interface OverviewRow {
  unitId: string;
  name: string;
  status: UnitStatus['status'];
  statusLabel: string;
  latestVersion: number | null;
  submittedAt: string;
  rows: number;
  errors: number;
  onTime: boolean | null;
  /** The board locked the unit's accepted list (lockUnit); further submissions are refused. */
  locked: boolean;
  /** Each list (Cá nhân, Tập thể); null when the server sent no per-kind breakdown. */
  lists: ListView[] | null;
}

export interface OverviewPayload {
  campaignTitle: string;
  deadlineText: string;
  onTimeRate: number;
  totals: CampaignStatusResponse['totals'];
  units: OverviewRow[];
  /** The delegate structure against the targets (structure-view.ts); null before the first consolidation. */
  structure: StructurePayload | null;
}

const ORDER: Record<UnitStatus['status'], number> = {
  not_submitted: 0,
  with_errors: 1,
  clean: 2,
  reviewed: 3,
};

/** Every unit, missing units first, then units with errors, then by name. */
export function overviewRows(units: UnitStatus[]): OverviewRow[] {
  return [...units]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name, 'vi'))
    .map((u) => ({
      unitId: u.unitId,
      name: u.name,
      status: u.status,
      statusLabel: STATUS_LABELS[u.status],
      latestVersion: u.latestVersion,
      submittedAt: u.submittedAt ?? '',
      rows: u.rows,
      errors: u.errors,
      onTime: u.onTime,
      locked: u.lock?.locked === true,
      lists: listViews(u),
    }));
}
