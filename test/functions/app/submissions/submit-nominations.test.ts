// The submission protocol with in-memory ports and a controlled clock (pure): versions, replays, takeover of a
// version whose writer died before its commit marker, deadline handling.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import type { CampaignRecord, GridValidator, Principal } from '../../../../functions/app/ports';
import { submitNominations } from '../../../../functions/app/submissions/submit-nominations';
import { individualGrid } from '../../../support/grids';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemorySubmissions } from '../../../support/memory/submissions';

const campaign: CampaignRecord = {
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
};
const units = [
  { id: 'u1', name: 'Đơn vị 1', kind: 'commune' as const, status: 'current' as const, legacyIds: [] },
];
const principal: Principal = { email: 'u1@x.example', role: 'unit', unitIds: ['u1'] };

/** Marks row 3 invalid with one error, like validateGrid would. */
const validate: GridValidator = (grid) => {
  const rows = grid.rows.map((_, i) => ({
    sheetRow: grid.firstRow + i,
    valid: grid.firstRow + i !== 3,
    data: { n: i },
  }));
  const issues = rows.some((r) => !r.valid)
    ? [
        {
          row: 3,
          column: 6,
          field: 'cccd',
          code: 'CCCD_LENGTH',
          severity: 'error' as const,
          message: 'Số CCCD phải có 12 chữ số.',
        },
      ]
    : [];
  const errorRows = rows.filter((r) => !r.valid).length;
  return {
    rows,
    issues,
    summary: {
      rows: rows.length,
      validRows: rows.length - errorRows,
      errorRows,
      errors: issues.length,
      warnings: 0,
    },
  };
};

function setup(at = '2026-06-01T00:00:00Z') {
  const clock = {
    current: new Date(at),
    now() {
      return this.current;
    },
  };
  const submissions = new MemorySubmissions();
  const deps = {
    campaigns: memoryCampaigns(campaign, units),
    submissions,
    validate,
    clock,
    waitMs: 200,
    pollMs: 5,
  };
  const body = (key: string, rows = 3, salt = '') => ({
    campaignId: 'c1',
    unitId: 'u1',
    kind: 'individual' as const,
    grid: individualGrid(rows, salt),
    submissionKey: key,
  });
  return { clock, submissions, deps, body };
}

const codeOf = (run: Promise<unknown>) =>
  run.then(
    () => 'none',
    (e: unknown) => (e instanceof AppError ? e.code : 'other'),
  );

describe('submitNominations (use case)', () => {
  it('stores valid and invalid rows with their issues, nothing dropped', async () => {
    const { deps, body, submissions } = setup();
    const result = await submitNominations(body('key-00000001'), principal, deps);
    expect(result).toMatchObject({ version: 1, status: 'with_errors', replayed: false, late: false });
    const rows = await submissions.unit('c1', 'u1').readRows(result.versionId);
    expect(rows.map((r) => [r.sheetRow, r.valid, r.issues.length])).toEqual([
      [2, true, 0],
      [3, false, 1],
      [4, true, 0],
    ]);
  });

  it('replays by key and by identical content, with the stored issues', async () => {
    const { deps, body } = setup();
    const first = await submitNominations(body('key-00000001'), principal, deps);
    const byKey = await submitNominations(body('key-00000001'), principal, deps);
    const byContent = await submitNominations(body('key-00000002'), principal, deps);
    expect([byKey.replayed, byContent.replayed]).toEqual([true, true]);
    expect(byKey.issues).toEqual(first.issues);
    expect(byContent.version).toBe(1);
  });

  it('finishes a version whose writer stopped before the commit marker', async () => {
    const { deps, body, submissions, clock } = setup();
    // A writer claimed the key and created the header, then died.
    const crashed = {
      ...deps,
      submissions: {
        unit: (c: string, u: string) =>
          Object.assign(Object.create(submissions.unit(c, u)), {
            writeRows: async () => {
              throw new Error('crash');
            },
          }),
      },
    };
    await expect(submitNominations(body('key-00000001'), principal, crashed)).rejects.toThrow('crash');
    expect(await submissions.unit('c1', 'u1').listCommits()).toEqual([]);
    expect(await codeOf(submitNominations(body('key-00000001'), principal, deps))).toBe(
      'SUBMISSION_IN_PROGRESS',
    );
    clock.current = new Date(clock.current.getTime() + 60_000);
    const retried = await submitNominations(body('key-00000001'), principal, deps);
    expect(retried).toMatchObject({ version: 1, replayed: false });
    expect((await submissions.unit('c1', 'u1').listCommits()).length).toBe(1);
  });

  it('flags late submissions within grace and refuses after it, but still replays', async () => {
    const { deps, body, clock } = setup('2026-07-01T10:30:00Z');
    const late = await submitNominations(body('key-00000001'), principal, deps);
    expect(late.late).toBe(true);
    clock.current = new Date('2026-07-01T11:01:00Z');
    expect(await codeOf(submitNominations(body('key-00000009', 2, 'x'), principal, deps))).toBe(
      'DEADLINE_PASSED',
    );
    expect((await submitNominations(body('key-00000001'), principal, deps)).replayed).toBe(true);
  });

  it("numbers a unit's two lists per unit and replays a list against the latest of its own kind", async () => {
    const { deps, body, submissions } = setup();
    const collectives = (key: string, salt = '') => ({ ...body(key, 2, salt), kind: 'collective' as const });
    expect((await submitNominations(body('key-ind-0001'), principal, deps)).version).toBe(1);
    expect((await submitNominations(collectives('key-col-0001'), principal, deps)).version).toBe(2);
    // The individuals again, with a new key, after the collectives: the same stored version, not a copy.
    const again = await submitNominations(body('key-ind-0002'), principal, deps);
    expect(again).toMatchObject({ version: 1, replayed: true });
    expect((await submitNominations(body('key-ind-0003', 3, 'b'), principal, deps)).version).toBe(3);
    // A → B → A of one kind is a new version.
    expect((await submitNominations(body('key-ind-0004'), principal, deps)).version).toBe(4);
    const stored = await submissions.unit('c1', 'u1').listCommits();
    expect(stored.map((c) => [c.version, c.kind])).toEqual([
      [1, 'individual'],
      [2, 'collective'],
      [3, 'individual'],
      [4, 'individual'],
    ]);
  });

  it('refuses a unit user acting for another unit before reading anything', async () => {
    const { deps, body } = setup();
    const other: Principal = { email: 'u2@x.example', role: 'unit', unitIds: ['u2'] };
    expect(await codeOf(submitNominations(body('key-00000001'), other, deps))).toBe('FORBIDDEN_UNIT');
  });
});
