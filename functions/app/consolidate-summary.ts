// What a master version says about itself: per-unit figures, the manifest stored as its commit marker, and the
// result consolidate and consolidationStatus answer with.
import type { ConsolidationResult } from '../../shared/api/consolidation';
import type { UnitConsolidation } from '../../shared/api/master-entries';
import type { MasterChunk, MasterVersion, UnitSubmission } from '../../shared/consolidation/types';
import type { MasterManifest, UnitRecord } from './ports';

export function byUnitOf(units: UnitRecord[], submissions: UnitSubmission[], master: MasterVersion) {
  const bySubmission = new Map(submissions.map((s) => [s.unitId, s]));
  const ids = new Map<string, string[]>();
  const shared = new Map<string, number>();
  for (const entry of master.entries) {
    const unitIds = new Set(entry.sources.map((s) => s.unitId));
    for (const unitId of unitIds) {
      ids.set(unitId, [...(ids.get(unitId) ?? []), entry.nomineeId]);
      if (unitIds.size > 1) shared.set(unitId, (shared.get(unitId) ?? 0) + 1);
    }
  }
  const over = new Set(master.stats.overQuotaUnits);
  return units.map((unit): UnitConsolidation => {
    const submission = bySubmission.get(unit.id);
    const rows = submission?.rows.length ?? 0;
    const validRows = submission?.rows.filter((r) => r.valid).length ?? 0;
    const nomineeIds = [...(ids.get(unit.id) ?? [])].sort();
    return {
      unitId: unit.id,
      unitName: unit.name,
      submissionVersion: submission?.version ?? null,
      rows,
      validRows,
      invalidRows: rows - validRows,
      entries: nomineeIds.length,
      sharedEntries: shared.get(unit.id) ?? 0,
      overQuota: over.has(unit.id),
      nomineeIds,
    };
  });
}

export interface ManifestMeta {
  createdBy: string;
  runId: string;
  inputHash: string;
  byUnit: UnitConsolidation[];
}

export function manifestOf(master: MasterVersion, chunks: MasterChunk[], meta: ManifestMeta): MasterManifest {
  const { campaignId, version, createdAt, totals, changes, duplicates, stats, unitVersions } = master;
  return {
    campaignId,
    version,
    createdAt,
    ...meta,
    chunks: chunks.map((c) => ({ hash: c.hash, chunkId: c.chunkId, count: c.entries.length })),
    totals,
    changes,
    duplicates,
    stats,
    unitVersions,
  };
}

const NO_CHANGES = { added: [], removed: [], changed: [], newDuplicateGroups: [] };

/** The answer for a manifest; a reused version (nothing changed since it) reports no changes. */
export function resultOf(manifest: MasterManifest, reused: boolean, dryRun: boolean): ConsolidationResult {
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
  return (
    `${head}: ${totals.entries} trường hợp từ ${totals.units} đơn vị, ${totals.duplicateGroups} nhóm trùng ` +
    `(${totals.undecidedGroups} chưa quyết định); thêm ${changes.added.length}, bớt ${changes.removed.length}, ` +
    `đổi ${changes.changed.length}.`
  ).normalize('NFC');
}
