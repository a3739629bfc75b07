import { describe, expect, it } from 'vitest';
import type { CommitRecord } from '../../../../functions/app/ports';
import {
  lastSubmittedAt,
  latestByKind,
  latestLists,
  newestOf,
} from '../../../../functions/app/submissions/latest-by-kind';
import type { NominationKind } from '../../../../shared/grid/types';

const commit = (version: number, kind: NominationKind, submittedAt: string): CommitRecord => ({
  versionId: `v${version}`,
  version,
  contentHash: `h${version}`,
  kind,
  status: 'clean',
  summary: { rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 },
  submittedAt,
  late: false,
  rowCount: 1,
});

const i1 = commit(1, 'individual', '2026-06-01T00:00:00.000Z');
const c2 = commit(2, 'collective', '2026-06-02T00:00:00.000Z');
const c3 = commit(3, 'collective', '2026-06-03T00:00:00.000Z');

describe('latestByKind', () => {
  it('keeps the latest commit of each kind: a later list of the other kind drops nothing', () => {
    expect(latestByKind([i1, c2])).toEqual({ individual: i1, collective: c2 });
    expect(latestByKind([i1, c2, c3])).toEqual({ individual: i1, collective: c3 });
  });

  it('decides by version number, not by input order', () => {
    expect(latestByKind([c3, i1, c2])).toEqual({ individual: i1, collective: c3 });
  });

  it('is empty without commits', () => {
    expect(latestByKind([])).toEqual({});
    expect(latestLists({})).toEqual([]);
    expect(newestOf({})).toBeUndefined();
    expect(lastSubmittedAt({})).toBeUndefined();
  });
});

describe('latestLists, newestOf, lastSubmittedAt', () => {
  it('lists individuals first and finds the newest version', () => {
    const latest = latestByKind([i1, c2, c3]);
    expect(latestLists(latest).map((c) => c.version)).toEqual([1, 3]);
    expect(newestOf(latest)?.version).toBe(3);
    expect(newestOf(latestByKind([c2, commit(4, 'individual', '2026-06-04T00:00:00.000Z')]))?.version).toBe(
      4,
    );
  });

  it('takes the latest instant among the latest lists, compared as instants', () => {
    const early = commit(5, 'individual', '2026-06-05T09:00:00+07:00');
    const later = commit(6, 'collective', '2026-06-05T03:00:00.000Z');
    expect(lastSubmittedAt(latestByKind([early, later]))).toBe('2026-06-05T03:00:00.000Z');
  });
});
