// A consolidation campaign in memory for use-case tests: N sample units (functions/local/seed-data.ts, units 0–3
// hold the planted duplicates), every storage port an in-memory fake (test/support/memory/), versions submitted
// through the real submitNominations use case with the real grid validator, a fixed clock.
import type { ConsolidateDeps } from '../../../../../functions/app/consolidation/consolidate';
import type { Principal } from '../../../../../functions/app/ports';
import { submitNominations } from '../../../../../functions/app/submissions/submit-nominations';
import {
  BOARD_EMAIL,
  type SampleRow,
  sampleGrid,
  sampleUnits,
  unitEmail,
} from '../../../../../functions/local/seed-data';
import { gridValidator } from '../../../../../functions/validator';
import { campaignRecordSchema } from '../../../../../shared/api/admin-campaign';
import { MemoryAccessLog } from '../../../../support/memory/access-log';
import { type MemoryCampaigns, memoryCampaigns } from '../../../../support/memory/campaigns';
import { MemoryAwardHistory, MemoryReviews, MemoryRuns } from '../../../../support/memory/consolidation';
import { MemoryMasters } from '../../../../support/memory/masters';
import { MemorySubmissions } from '../../../../support/memory/submissions';

export const CAMPAIGN = 'ls-tonghop-mem';
export const BOARD: Principal = { email: BOARD_EMAIL, role: 'board', unitIds: [] };

export interface MemoryWorld extends ConsolidateDeps {
  campaigns: MemoryCampaigns;
  submissions: MemorySubmissions;
  masters: MemoryMasters;
  runs: MemoryRuns;
  reviews: MemoryReviews;
  awardHistory: MemoryAwardHistory;
  accessLog: MemoryAccessLog;
  clock: { now: () => Date };
  requestId: string;
  unitIds: string[];
  /** Submits unit `index`'s sample grid (`rows` own rows + its planted ones) as a new version; returns it. */
  submit(index: number, rows: number, edit?: (row: SampleRow, i: number) => SampleRow): Promise<number>;
}

export async function memoryWorld(units = 6, rows = 5): Promise<MemoryWorld> {
  const list = sampleUnits(units);
  const campaign = campaignRecordSchema.parse({
    id: CAMPAIGN,
    title: 'Tổng hợp thử nghiệm',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: '2026-12-15T10:00:00.000Z',
    quotas: { 'dv-01': { total: 5 } },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  let keys = 0;
  let runs = 0;
  const world: MemoryWorld = {
    campaigns: memoryCampaigns(campaign, list),
    submissions: new MemorySubmissions(),
    masters: new MemoryMasters(),
    runs: new MemoryRuns(),
    reviews: new MemoryReviews(),
    awardHistory: new MemoryAwardHistory(),
    accessLog: new MemoryAccessLog(),
    clock: { now: () => new Date('2026-11-10T03:00:00.000Z') },
    requestId: 'req-test',
    newRunId: () => `run-test-${++runs}`,
    unitIds: list.map((u) => u.id),
    submit: async (index, count, edit) => {
      const unitId = list[index]?.id ?? '';
      const principal: Principal = { email: unitEmail(unitId), role: 'unit', unitIds: [unitId] };
      const grid = sampleGrid(index, count, edit);
      const request = {
        campaignId: CAMPAIGN,
        unitId,
        kind: 'individual' as const,
        grid,
        submissionKey: `key-${++keys}-x`,
      };
      return (await submitNominations(request, principal, { ...world, validate: gridValidator })).version;
    },
  };
  for (let i = 0; i < units; i++) await world.submit(i, rows);
  return world;
}
