// The unit's view of the board's review (pure, with in-memory ports): what the current master version took of the
// unit, and whether that is the unit's latest list of each kind.
import { describe, expect, it } from 'vitest';
import type {
  CommitRecord,
  MasterRepository,
  MasterVersionInfo,
  NomineeReview,
  ReviewRepository,
} from '../../../../functions/app/ports';
import { reviewViews, tookLatestLists } from '../../../../functions/app/review/review-status';
import { latestByKind } from '../../../../functions/app/submissions/latest-by-kind';
import type { NominationKind } from '../../../../shared/grid/types';

const unitFigures = (unitId: string, rows: number, nomineeIds: string[]) => ({
  unitId,
  unitName: unitId,
  submissionVersion: 2,
  rows,
  validRows: rows,
  invalidRows: 0,
  entries: nomineeIds.length,
  sharedEntries: 0,
  overQuota: false,
  nomineeIds,
});

const head = {
  campaignId: 'c1',
  version: 1,
  unitVersions: { u1: 2 },
  byUnit: [unitFigures('u1', 7, ['i-1', 'c-1'])],
} as unknown as MasterVersionInfo;

const review = (nomineeId: string, state: NomineeReview['state'], note?: string): NomineeReview => ({
  nomineeId,
  state,
  ...(note ? { note } : {}),
  displayName: nomineeId,
  sources: [{ unitId: 'u1', sheetRow: 3 }],
  masterVersion: 1,
  reviewedBy: 'bantdkt@langson.example',
  reviewedAt: '2026-06-10T00:00:00.000Z',
});

function deps(reviews: NomineeReview[]) {
  const masters = { latest: async () => head } as unknown as MasterRepository;
  const repo = { listNomineeReviews: async () => reviews } as unknown as ReviewRepository;
  return { masters, reviews: repo };
}

const commit = (version: number, kind: NominationKind, rowCount: number): CommitRecord => ({
  versionId: `v${version}`,
  version,
  contentHash: `h${version}`,
  kind,
  status: 'clean',
  summary: { rows: rowCount, validRows: rowCount, errorRows: 0, errors: 0, warnings: 0 },
  submittedAt: '2026-06-01T00:00:00.000Z',
  late: false,
  rowCount,
});

describe('reviewViews', () => {
  it("gives the unit's newest version and rows taken, its reviewed entries and returned nominees", async () => {
    const lookup = await reviewViews(
      deps([review('i-1', 'approved'), review('c-1', 'needsInfo', 'Bổ sung')]),
      'c1',
    );
    expect(lookup('u1')).toEqual({
      submissionVersion: 2,
      consolidatedRows: 7,
      masterEntries: 2,
      reviewedEntries: 1,
      returned: [
        {
          nomineeId: 'c-1',
          displayName: 'c-1',
          note: 'Bổ sung',
          sheetRows: [3],
          reviewedAt: '2026-06-10T00:00:00.000Z',
        },
      ],
    });
    expect(lookup('u2')).toMatchObject({ submissionVersion: 0, consolidatedRows: 0, masterEntries: 0 });
  });

  it('has no view without the master store', async () => {
    expect((await reviewViews({}, 'c1'))('u1')).toBeUndefined();
  });
});

describe('tookLatestLists', () => {
  const view = {
    submissionVersion: 2,
    consolidatedRows: 7,
    masterEntries: 2,
    reviewedEntries: 2,
    returned: [],
  };

  it('holds when the master took the latest list of each kind', () => {
    expect(
      tookLatestLists(latestByKind([commit(1, 'individual', 4), commit(2, 'collective', 3)]), view),
    ).toBe(true);
  });

  it('fails for a master built from one list only, a newer list, or nothing submitted', () => {
    const both = [commit(1, 'individual', 4), commit(2, 'collective', 3)];
    expect(tookLatestLists(latestByKind(both), { ...view, consolidatedRows: 3 })).toBe(false);
    expect(tookLatestLists(latestByKind([...both, commit(3, 'individual', 4)]), view)).toBe(false);
    expect(tookLatestLists({}, view)).toBe(false);
  });
});
