import { describe, expect, it } from 'vitest';
import { totals, unitStatus } from '../../../../functions/app/campaigns/campaign-status';
import type { CommitRecord } from '../../../../functions/app/ports';
import type { UnitReviewView } from '../../../../functions/app/review/review-status';
import type { NominationKind } from '../../../../shared/grid/types';

const unit = { id: 'u1', name: 'Xã A', kind: 'commune' as const, status: 'current' as const, legacyIds: [] };
const commit = (
  version: number,
  at: string,
  errorRows: number,
  kind: NominationKind = 'individual',
  rows = 5,
): CommitRecord => ({
  versionId: `v${version}`,
  version,
  contentHash: `h${version}`,
  kind,
  status: errorRows > 0 ? 'with_errors' : 'clean',
  summary: { rows, validRows: rows - errorRows, errorRows, errors: errorRows * 2, warnings: 1 },
  submittedAt: at,
  late: false,
  rowCount: rows,
});
const deadline = Date.parse('2026-06-30T10:00:00Z');
const BEFORE = '2026-06-29T00:00:00Z';
const AFTER = '2026-07-01T00:00:00Z';

describe('unitStatus', () => {
  it('is not_submitted without versions', () => {
    expect(unitStatus(unit, [], deadline)).toMatchObject({
      status: 'not_submitted',
      latestVersion: null,
      versions: 0,
      rows: 0,
      onTime: null,
      lists: {},
    });
  });

  it("takes counts from the kind's latest version and on-time from that latest version", () => {
    const status = unitStatus(unit, [commit(1, BEFORE, 2), commit(2, '2026-06-30T09:00:00Z', 0)], deadline);
    expect(status).toMatchObject({
      status: 'clean',
      latestVersion: 2,
      versions: 2,
      errorRows: 0,
      onTime: true,
    });
    expect(status.lists).toEqual({
      individual: {
        version: 2,
        submittedAt: '2026-06-30T09:00:00Z',
        status: 'clean',
        versions: 2,
        rows: 5,
        validRows: 5,
        errorRows: 0,
        errors: 0,
        warnings: 1,
        onTime: true,
      },
    });
    expect(unitStatus(unit, [commit(1, AFTER, 1)], deadline)).toMatchObject({
      status: 'with_errors',
      onTime: false,
      errors: 2,
    });
  });

  it('counts both lists of a unit: individuals v1 then collectives v2', () => {
    const status = unitStatus(unit, [commit(1, BEFORE, 0), commit(2, BEFORE, 0, 'collective', 3)], deadline);
    expect(status).toMatchObject({
      status: 'clean',
      latestVersion: 2,
      submittedAt: BEFORE,
      versions: 2,
      rows: 8,
      validRows: 8,
      warnings: 2,
      onTime: true,
    });
    expect(status.lists?.individual).toMatchObject({ version: 1, versions: 1, rows: 5 });
    expect(status.lists?.collective).toMatchObject({ version: 2, versions: 1, rows: 3 });
  });

  it('is with_errors when either list has errors, whichever came last', () => {
    const cleanThenBad = [commit(1, BEFORE, 0), commit(2, BEFORE, 1, 'collective')];
    const badThenClean = [commit(1, BEFORE, 1, 'collective'), commit(2, BEFORE, 0)];
    for (const commits of [cleanThenBad, badThenClean]) {
      const status = unitStatus(unit, commits, deadline);
      expect(status).toMatchObject({ status: 'with_errors', errorRows: 1, errors: 2, validRows: 9 });
    }
    expect(unitStatus(unit, cleanThenBad, deadline).lists?.individual?.status).toBe('clean');
    expect(unitStatus(unit, cleanThenBad, deadline).lists?.collective?.status).toBe('with_errors');
  });

  it('keeps an earlier list when only the other kind is resubmitted', () => {
    const commits = [
      commit(1, BEFORE, 0),
      commit(2, BEFORE, 1, 'collective'),
      commit(3, BEFORE, 0, 'collective', 4),
    ];
    const status = unitStatus(unit, commits, deadline);
    expect(status).toMatchObject({ status: 'clean', latestVersion: 3, versions: 3, rows: 9 });
    expect(status.lists?.individual).toMatchObject({ version: 1, versions: 1 });
    expect(status.lists?.collective).toMatchObject({ version: 3, versions: 2, rows: 4 });
  });

  it('is on time only when the latest list of each submitted kind was on time', () => {
    const lateCollectives = [commit(1, BEFORE, 0), commit(2, AFTER, 0, 'collective')];
    expect(unitStatus(unit, lateCollectives, deadline).onTime).toBe(false);
    expect(unitStatus(unit, lateCollectives, deadline).lists?.individual?.onTime).toBe(true);
    const lateThenOnTime = [commit(1, BEFORE, 0, 'collective'), commit(2, BEFORE, 0)];
    expect(unitStatus(unit, lateThenOnTime, deadline).onTime).toBe(true);
    const resentLate = [commit(1, BEFORE, 0), commit(2, AFTER, 0)];
    expect(unitStatus(unit, resentLate, deadline).onTime).toBe(false);
  });
});

describe('totals', () => {
  it('counts statuses and the on-time rate', () => {
    const a = unitStatus(unit, [commit(1, BEFORE, 0)], deadline);
    const b = unitStatus(unit, [commit(1, '2026-07-02T00:00:00Z', 1)], deadline);
    const c = unitStatus(unit, [], deadline);
    const locked = {
      ...c,
      lock: { unitId: unit.id, locked: true, changedBy: 'b@x.example', changedAt: BEFORE },
    };
    expect(totals([a, b, c, locked])).toEqual({
      units: 4,
      notSubmitted: 2,
      withErrors: 1,
      clean: 1,
      reviewed: 0,
      locked: 1,
      onTime: 1,
      onTimeRate: 0.25,
    });
    expect(totals([]).onTimeRate).toBe(0);
  });
});

describe('unitStatus with the board review', () => {
  const commits = [commit(1, BEFORE, 1), commit(2, '2026-06-30T00:00:00Z', 0)];
  const view = (over: Partial<UnitReviewView> = {}): UnitReviewView => ({
    submissionVersion: 2,
    consolidatedRows: 5,
    masterEntries: 5,
    reviewedEntries: 5,
    returned: [],
    ...over,
  });

  it('is reviewed when every entry of the latest version has a final review', () => {
    const status = unitStatus(unit, commits, deadline, view());
    expect(status).toMatchObject({
      status: 'reviewed',
      masterEntries: 5,
      reviewedEntries: 5,
      returned: [],
    });
    expect(status).not.toHaveProperty('submissionVersion');
    expect(status).not.toHaveProperty('consolidatedRows');
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

  it('is reviewed for two lists only when the master took both latest lists', () => {
    const both = [commit(1, BEFORE, 0), commit(2, BEFORE, 0, 'collective', 3)];
    expect(unitStatus(unit, both, deadline, view({ consolidatedRows: 8 })).status).toBe('reviewed');
    // A master built from the collective list alone (the newest version): the individuals were not consolidated.
    expect(unitStatus(unit, both, deadline, view({ consolidatedRows: 3 })).status).toBe('clean');
    // Individuals resubmitted after the consolidation.
    const resent = [...both, commit(3, BEFORE, 0, 'individual')];
    expect(unitStatus(unit, resent, deadline, view({ consolidatedRows: 8 })).status).toBe('clean');
  });
});
