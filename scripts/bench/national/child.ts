// One run of the national bench in its own process (scripts/bench/national.ts starts it with
// --max-old-space-size=1024): `node --import tsx child.ts <provinces>` generates the provinces' lists (rows.ts),
// runs the consolidate use case on in-memory ports (lists served as stored rows, the in-memory master port), pages
// through the version with masterList (board, pageSize 5,000), lays the version out as the Firestore adapter would
// (chunks + manifest parts, no I/O), with `emulator` also saves and reads it through the Firestore adapter on the
// embedded emulator (emulator.ts), and prints one JSON line of figures; peak RSS is this process's own.
import { consolidate } from '../../../functions/app/consolidation/consolidate';
import { sortEntries } from '../../../functions/app/consolidation/display-order';
import { masterList } from '../../../functions/app/consolidation/master-list';
import type {
  CommitRecord,
  MasterVersionInfo,
  MasterVersionRecord,
  Principal,
  SaveProgress,
  StoredRow,
  SubmissionRepository,
  UnitSubmissions,
} from '../../../functions/app/ports';
import { campaignRecordSchema } from '../../../shared/api/admin-campaign';
import type { UnitSubmission } from '../../../shared/consolidation/types';
import { MemoryAccessLog } from '../../../test/support/memory/access-log';
import { memoryCampaigns } from '../../../test/support/memory/campaigns';
import { MemoryAwardHistory, MemoryReviews, MemoryRuns } from '../../../test/support/memory/consolidation';
import { MemoryMasters } from '../../../test/support/memory/masters';
import { onEmulator } from './emulator';
import { layoutFigures } from './layout';
import { nationalSubmissions } from './rows';

const CAMPAIGN = 'quoc-gia-bench';

/**
 * The in-memory master port without the test fake's defensive deep copy on save (a store keeps serialized documents,
 * not a second object graph; the Firestore adapter's layout of the version is computed below, in this process).
 */
class BenchMasters extends MemoryMasters {
  override async save(master: MasterVersionRecord, progress?: SaveProgress): Promise<boolean> {
    const id = `${master.campaignId}/${master.version}`;
    if (this.versions.has(id)) return false;
    await progress?.(master.entries.length, master.entries.length);
    this.versions.set(id, { ...master, entries: sortEntries(master.entries) });
    return true;
  }
  /** The version's description as stored, not copied (as the Firestore adapter answers from its cached head). */
  override async info(campaignId: string, version: number): Promise<MasterVersionInfo | null> {
    const found = this.versions.get(`${campaignId}/${version}`);
    if (!found) return null;
    const { entries: _entries, invalidEntries: _invalid, ...info } = found;
    return info;
  }
}
const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };

/** The generated lists as committed submissions, read-only (what consolidate reads from the store). */
function storedLists(lists: UnitSubmission[]): SubmissionRepository {
  const byUnit = new Map(lists.map((l) => [l.unitId, l]));
  return {
    unit: (campaignId, unitId) => {
      const list = byUnit.get(unitId);
      const commit: CommitRecord = {
        versionId: `${unitId}-v1`,
        version: 1,
        contentHash: `h-${unitId}`,
        kind: 'individual',
        status: 'clean',
        summary: { rows: list?.rows.length ?? 0, valid: 0, errors: 0, warnings: 0 },
        submittedAt: list?.submittedAt ?? '',
        late: false,
        rowCount: list?.rows.length ?? 0,
      } as unknown as CommitRecord;
      const rows = (list?.rows ?? []).map(
        (r): StoredRow => ({ sheetRow: r.sheetRow, cells: [], valid: r.valid, data: r.data, issues: [] }),
      );
      return {
        campaignId,
        unitId,
        listCommits: async () => (list ? [commit] : []),
        readRows: async () => rows,
      } as unknown as UnitSubmissions;
    },
  };
}

interface Consolidated {
  masters: BenchMasters;
  rows: number;
  version: number;
  entries: number;
  duplicateGroups: number;
  consolidateMs: number;
  cpuMs: number;
}

/** Consolidates `provinces` generated lists; the lists are dropped on return (masterList is another request). */
async function consolidated(provinces: number): Promise<Consolidated> {
  const lists = nationalSubmissions(provinces);
  const campaign = campaignRecordSchema.parse({
    id: CAMPAIGN,
    title: 'Đại hội thi đua yêu nước toàn quốc (bench)',
    eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
    deadline: '2026-12-15T10:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  const units = lists.map((l) => ({
    id: l.unitId,
    name: l.unitName ?? l.unitId,
    kind: 'province',
    status: 'current',
    legacyIds: [],
  }));
  const masters = new BenchMasters();
  const world = {
    ...ports(masters, memoryCampaigns(campaign, units as never)),
    submissions: storedLists(lists),
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await consolidate({ campaignId: CAMPAIGN, dryRun: false }, BOARD, world);
  const consolidateMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    masters,
    rows: lists.reduce((n, l) => n + l.rows.length, 0),
    version: result.masterVersion,
    entries: result.totals.entries,
    duplicateGroups: result.totals.duplicateGroups,
    consolidateMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function ports(masters: BenchMasters, campaigns: ReturnType<typeof memoryCampaigns>) {
  return {
    campaigns,
    masters,
    runs: new MemoryRuns(),
    reviews: new MemoryReviews(),
    awardHistory: new MemoryAwardHistory(),
    accessLog: new MemoryAccessLog(),
    clock: { now: () => new Date('2026-11-25T03:00:00.000Z') },
    requestId: 'bench',
  };
}

/** Pages through the version as the board (pageSize 5,000, the largest allowed). */
async function listAll(deps: Parameters<typeof masterList>[2]): Promise<{ listed: number; pages: number }> {
  let listed = 0;
  let pages = 0;
  let pageToken: string | undefined;
  do {
    const request = { campaignId: CAMPAIGN, pageSize: 5000, validity: 'valid' as const };
    const page = await masterList({ ...request, ...(pageToken ? { pageToken } : {}) }, BOARD, deps);
    listed += page.page.size;
    pages++;
    pageToken = page.page.nextPageToken ?? undefined;
  } while (pageToken);
  return { listed, pages };
}

async function main(provinces: number, withEmulator: boolean): Promise<void> {
  const { masters, ...figures } = await consolidated(provinces);
  const campaigns = memoryCampaigns(
    campaignRecordSchema.parse({
      id: CAMPAIGN,
      title: 'Đại hội thi đua yêu nước toàn quốc (bench)',
      eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
      deadline: '2026-12-15T10:00:00.000Z',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
    [],
  );
  const t1 = performance.now();
  const listing = await listAll(ports(masters, campaigns));
  const listMs = performance.now() - t1;
  const stored = masters.versions.get(`${CAMPAIGN}/${figures.version}`);
  const layout = stored ? layoutFigures(stored) : null;
  const emulator = stored && withEmulator ? await onEmulator(stored) : null;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ provinces, ...figures, listMs, ...listing, layout, emulator, peakRssMb }));
}

await main(Number(process.argv[2] ?? 1), process.argv[3] === 'emulator');
