// What a master version says about itself: per-unit figures, the manifest stored as its commit marker, and the
// result consolidate and consolidationStatus answer with.
import type { ConsolidationResult } from '../../../shared/api/consolidation';
import type { UnitConsolidation } from '../../../shared/api/master-entries';
import type { MasterVersion, UnitSubmission } from '../../../shared/consolidation/types';
import type { MasterVersionInfo, MasterVersionRecord, UnitRecord } from '../ports';

interface UnitEntries {
  ids: string[];
  shared: number;
}

/** nomineeIds per unit (an entry nominated by two units counts in both) and how many are shared. */
function entriesByUnit(master: MasterVersion): Map<string, UnitEntries> {
  const out = new Map<string, UnitEntries>();
  for (const entry of master.entries) {
    const unitIds = new Set(entry.sources.map((s) => s.unitId));
    for (const unitId of unitIds) {
      const acc = out.get(unitId) ?? { ids: [], shared: 0 };
      acc.ids.push(entry.nomineeId);
      if (unitIds.size > 1) acc.shared++;
      out.set(unitId, acc);
    }
  }
  return out;
}

export function byUnitOf(
  units: UnitRecord[],
  submissions: UnitSubmission[],
  master: MasterVersion,
): UnitConsolidation[] {
  const bySubmission = new Map(submissions.map((s) => [s.unitId, s]));
  const entries = entriesByUnit(master);
  const over = new Set(master.stats.overQuotaUnits);
  return units.map((unit) =>
    unitFigures(unit, bySubmission.get(unit.id), entries.get(unit.id), over.has(unit.id)),
  );
}

function unitFigures(
  unit: UnitRecord,
  submission: UnitSubmission | undefined,
  entries: UnitEntries | undefined,
  overQuota: boolean,
): UnitConsolidation {
  const rows = submission?.rows.length ?? 0;
  const validRows = submission?.rows.filter((r) => r.valid).length ?? 0;
  const nomineeIds = [...(entries?.ids ?? [])].sort();
  return {
    unitId: unit.id,
    unitName: unit.name,
    submissionVersion: submission?.version ?? null,
    rows,
    validRows,
    invalidRows: rows - validRows,
    entries: nomineeIds.length,
    sharedEntries: entries?.shared ?? 0,
    overQuota,
    nomineeIds,
  };
}

export interface VersionMeta {
  createdBy: string;
  runId: string;
  inputHash: string;
  byUnit: UnitConsolidation[];
}

/** The master version as the repository stores it: the core's version plus who built it from what. */
export function versionRecordOf(master: MasterVersion, meta: VersionMeta): MasterVersionRecord {
  const { campaignId, version, createdAt, entries, totals, changes, duplicates, stats, unitVersions } =
    master;
  return {
    campaignId,
    version,
    createdAt,
    ...meta,
    entries,
    ...(master.invalidEntries?.length ? { invalidEntries: master.invalidEntries } : {}),
    totals,
    changes,
    duplicates,
    stats,
    unitVersions,
  };
}

const NO_CHANGES = { added: [], removed: [], changed: [], newDuplicateGroups: [] };

/** The answer for a manifest; a reused version (nothing changed since it) reports no changes. */
export function resultOf(manifest: MasterVersionInfo, reused: boolean, dryRun: boolean): ConsolidationResult {
  const { version, createdAt, totals, byUnit, duplicates, stats } = manifest;
  const changes = reused ? NO_CHANGES : manifest.changes;
  return { masterVersion: version, createdAt, reused, dryRun, totals, byUnit, duplicates, changes, stats };
}

/** Vietnamese one-line summary of a run. */
export function summaryMessage(result: ConsolidationResult): string {
  const { totals, changes } = result;
  const head = result.reused
    ? `Không có thay đổi so với phiên bản ${result.masterVersion}`
    : `${result.dryRun ? 'Chạy thử' : 'Đã lập'} phiên bản ${result.masterVersion}`;
  const invalid = totals.invalidEntries ? ` (và ${totals.invalidEntries} trường hợp chưa hợp lệ)` : '';
  return (
    `${head}: ${totals.entries} trường hợp${invalid} từ ${totals.units} đơn vị, ${totals.duplicateGroups} nhóm trùng ` +
    `(${totals.undecidedGroups} chưa quyết định); thêm ${changes.added.length}, bớt ${changes.removed.length}, ` +
    `đổi ${changes.changed.length}.`
  ).normalize('NFC');
}
