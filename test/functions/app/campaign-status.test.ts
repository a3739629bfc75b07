import { describe, expect, it } from 'vitest';
import { totals, unitStatus } from '../../../functions/app/campaign-status';
import type { CommitRecord } from '../../../functions/app/ports';

const unit = { id: 'u1', name: 'Xã A', kind: 'commune' as const, status: 'current' as const, legacyIds: [] };
const commit = (version: number, at: string, errorRows: number): CommitRecord => ({
  versionId: `v${version}`,
  version,
  contentHash: `h${version}`,
  kind: 'individual',
  status: errorRows > 0 ? 'with_errors' : 'clean',
  summary: { rows: 5, validRows: 5 - errorRows, errorRows, errors: errorRows * 2, warnings: 1 },
  submittedAt: at,
  late: false,
  rowCount: 5,
});
const deadline = Date.parse('2026-06-30T10:00:00Z');

describe('unitStatus', () => {
  it('is not_submitted without versions', () => {
    expect(unitStatus(unit, [], deadline)).toMatchObject({
      status: 'not_submitted',
      latestVersion: null,
      versions: 0,
      onTime: null,
    });
  });

  it('takes counts from the latest version and on-time from the first', () => {
    const status = unitStatus(
      unit,
      [commit(1, '2026-06-29T00:00:00Z', 2), commit(2, '2026-07-01T00:00:00Z', 0)],
      deadline,
    );
    expect(status).toMatchObject({
      status: 'clean',
      latestVersion: 2,
      versions: 2,
      errorRows: 0,
      onTime: true,
    });
    expect(unitStatus(unit, [commit(1, '2026-07-01T00:00:00Z', 1)], deadline)).toMatchObject({
      status: 'with_errors',
      onTime: false,
      errors: 2,
    });
  });
});

describe('totals', () => {
  it('counts statuses and the on-time rate', () => {
    const a = unitStatus(unit, [commit(1, '2026-06-29T00:00:00Z', 0)], deadline);
    const b = unitStatus(unit, [commit(1, '2026-07-02T00:00:00Z', 1)], deadline);
    const c = unitStatus(unit, [], deadline);
    expect(totals([a, b, c, c])).toEqual({
      units: 4,
      notSubmitted: 2,
      withErrors: 1,
      clean: 1,
      reviewed: 0,
      onTime: 1,
      onTimeRate: 0.25,
    });
    expect(totals([]).onTimeRate).toBe(0);
  });
});

describe('unitStatus with the board review', () => {
  const commits = [commit(1, '2026-06-29T00:00:00Z', 1), commit(2, '2026-06-30T00:00:00Z', 0)];
  const view = (over: Partial<Parameters<typeof unitStatus>[3] & object> = {}) => ({
    submissionVersion: 2,
    masterEntries: 5,
    reviewedEntries: 5,
    returned: [],
    ...over,
  });

  it('is reviewed when every entry of the latest version has a final review', () => {
    expect(unitStatus(unit, commits, deadline, view())).toMatchObject({
      status: 'reviewed',
      masterEntries: 5,
      reviewedEntries: 5,
      returned: [],
    });
  });

  it('is not reviewed with an entry unreviewed, a nominee returned, or a newer submission', () => {
    const returned = [
      { nomineeId: 'i-1', displayName: 'A', note: 'Bổ sung', sheetRows: [3], reviewedAt: 't' },
    ];
    expect(unitStatus(unit, commits, deadline, view({ reviewedEntries: 4 })).status).toBe('clean');
    expect(unitStatus(unit, commits, deadline, view({ returned })).returned).toEqual(returned);
    expect(unitStatus(unit, commits, deadline, view({ returned })).status).toBe('clean');
    expect(unitStatus(unit, commits, deadline, view({ submissionVersion: 1 })).status).toBe('clean');
  });
});
