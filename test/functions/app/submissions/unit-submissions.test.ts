// unitSubmissions with in-memory ports: versions in order with the latest of each kind marked, rows paged and
// filtered, scope of a unit editor, access-log entries.
import { describe, expect, it } from 'vitest';
import type {
  AccessLogEntry,
  CampaignRecord,
  CommitRecord,
  Principal,
  StoredRow,
} from '../../../../functions/app/ports';
import { unitSubmissions, versionsOf } from '../../../../functions/app/submissions/unit-submissions';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemorySubmissions } from '../../../support/memory/submissions';

const campaign = {
  id: 'c1',
  title: 'Thử',
  eventKind: 'khac',
  deadline: '2026-07-01T17:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 60,
  open: true,
  awards: [],
  quotas: {},
  rules: {},
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} satisfies CampaignRecord;
const units = [
  { id: 'u1', name: 'Đơn vị 1', kind: 'commune' as const, status: 'current' as const, legacyIds: [] },
  { id: 'u2', name: 'Đơn vị 2', kind: 'commune' as const, status: 'current' as const, legacyIds: [] },
];
const board: Principal = { email: 'b@x.example', role: 'board', unitIds: [] };

function commit(version: number, kind: CommitRecord['kind'], errorRows: number): CommitRecord {
  const rows = 4;
  return {
    versionId: `v${version}`,
    version,
    contentHash: `h${version}`,
    kind,
    status: errorRows === 0 ? 'clean' : 'with_errors',
    summary: { rows, validRows: rows - errorRows, errorRows, errors: errorRows, warnings: 0 },
    submittedAt: `2026-06-0${version}T00:00:00Z`,
    late: version === 3,
    rowCount: rows,
  };
}

const row = (sheetRow: number, valid: boolean): StoredRow => ({
  sheetRow,
  cells: [sheetRow, `Tên ${sheetRow}`],
  valid,
  data: {},
  issues: valid
    ? []
    : [
        {
          row: sheetRow,
          column: 2,
          field: 'fullName',
          code: 'name.invalid',
          severity: 'error',
          message: 'Sai',
        },
      ],
});

async function setup() {
  const submissions = new MemorySubmissions();
  for (const c of [commit(1, 'individual', 0), commit(2, 'collective', 1), commit(3, 'individual', 2)]) {
    await submissions
      .unit('c1', 'u1')
      .writeRows(c.versionId, [row(7, true), row(5, false), row(6, true), row(8, false)]);
    await submissions.unit('c1', 'u1').commit(c);
  }
  const accessLog = new MemoryAccessLog();
  const log = accessLog.entries;
  const deps = {
    campaigns: memoryCampaigns(campaign, units),
    submissions,
    accessLog,
    clock: { now: () => new Date('2026-06-10T00:00:00Z') },
    requestId: 'r-1',
  };
  return { deps, log };
}

const body = { campaignId: 'c1', unitId: 'u1', validity: 'all' as const, offset: 0, pageSize: 200 };

describe('unitSubmissions', () => {
  it('marks the latest version of each kind, not just the newest', () => {
    const versions = versionsOf([
      commit(3, 'individual', 2),
      commit(1, 'individual', 0),
      commit(2, 'collective', 1),
    ]);
    expect(versions.map((v) => [v.version, v.latest, v.late, v.status])).toEqual([
      [1, false, false, 'clean'],
      [2, true, false, 'with_errors'],
      [3, true, true, 'with_errors'],
    ]);
  });

  it('returns rows in sheet order, paged, and only the invalid ones when asked', async () => {
    const { deps, log } = await setup();
    const page = await unitSubmissions({ ...body, version: 3, pageSize: 3 }, board, deps);
    expect(page.rows?.items.map((r) => r.sheetRow)).toEqual([5, 6, 7]);
    expect(page.rows?.page).toEqual({ offset: 0, size: 3, total: 4, nextOffset: 3 });
    const invalid = await unitSubmissions({ ...body, version: 3, validity: 'invalid' }, board, deps);
    expect(invalid.rows?.items.map((r) => [r.sheetRow, r.issues[0]?.code])).toEqual([
      [5, 'name.invalid'],
      [8, 'name.invalid'],
    ]);
    expect(log.map((e) => e.detail)).toEqual(['v3 rows 0-3 of 4', 'v3 rows 0-2 of 2']);
  });

  it('lets a unit editor read its own unit only', async () => {
    const { deps } = await setup();
    const editor: Principal = { email: 'u1@x.example', role: 'unit', unitIds: ['u1'] };
    expect((await unitSubmissions(body, editor, deps)).versions).toHaveLength(3);
    await expect(
      unitSubmissions({ ...body, unitId: 'u2' }, { ...editor, unitIds: ['u3'] }, deps),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_UNIT',
    });
    await expect(unitSubmissions({ ...body, unitId: 'u9' }, board, deps)).rejects.toMatchObject({
      code: 'UNIT_NOT_IN_CAMPAIGN',
    });
    await expect(unitSubmissions({ ...body, version: 4 }, board, deps)).rejects.toMatchObject({
      code: 'SUBMISSION_VERSION_NOT_FOUND',
    });
  });
});
