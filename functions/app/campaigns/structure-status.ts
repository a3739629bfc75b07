// The delegate structure campaignStatus shows: the current master version's structure against the campaign's
// targets (shared/consolidation/structure.ts), the whole list and the units the caller sees, named as registered.
import type { StructureStatus } from '../../../shared/api/campaign-status';
import { structureReport } from '../../../shared/consolidation/structure';
import type { MasterVersionInfo, UnitRecord } from '../ports';

export async function structureStatus(
  latest: Promise<MasterVersionInfo | null>,
  visible: readonly UnitRecord[],
): Promise<StructureStatus | undefined> {
  const head = await latest;
  const report = head ? structureReport(head.stats) : null;
  if (head === null || report === null) return undefined;
  const names = new Map(visible.map((u) => [u.id, u.name]));
  const units = report.units
    .filter((u) => u.unitId !== undefined && names.has(u.unitId))
    .map((u) => ({ ...u, unitName: names.get(u.unitId as string) as string }));
  return { masterVersion: head.version, ...report, units };
}
