import { describe, expect, it } from 'vitest';
import { buildMaster } from '../../../shared/consolidation/build-master';
import { diffMasters } from '../../../shared/consolidation/diff-masters';
import type { SubmissionRow, UnitSubmission } from '../../../shared/consolidation/types';

const unit = (unitId: string, rows: SubmissionRow[]): UnitSubmission => ({
  unitId,
  version: 1,
  submittedAt: '2026-04-01T00:00:00Z',
  rows,
});
const row = (sheetRow: number, data: SubmissionRow['data']): SubmissionRow => ({
  sheetRow,
  kind: 'individual',
  valid: true,
  data,
});
const build = (...submissions: UnitSubmission[]) =>
  buildMaster({ campaignId: 'C', version: 1, createdAt: '2026-05-01T00:00:00Z', submissions });

const AN = { fullName: 'Nguyễn Văn An', birthYear: 1980, award: 'LDTT' };
const HOA = { fullName: 'Lê Thị Hoa', birthYear: 1990, award: 'LDTT' };
const DUC = { fullName: 'Trần Minh Đức', birthYear: 1975, award: 'LDTT' };

describe('diffMasters', () => {
  const before = build(unit('A', [row(5, AN), row(6, HOA)]));
  const after = build(
    unit('A', [row(5, { ...AN, award: 'CSTD_CS', workplace: 'Sở Y tế' }), row(7, DUC)]),
    unit('B', [row(5, DUC)]),
  );
  const changes = diffMasters(before, after);
  const id = (m: typeof before, name: string) =>
    m.entries.find((e) => e.displayName === name)?.nomineeId ?? '';

  it('lists added and removed nominees', () => {
    expect(changes.added).toEqual([id(after, 'Trần Minh Đức')]);
    expect(changes.removed).toEqual([id(before, 'Lê Thị Hoa')]);
  });

  it('lists field-level changes of the others', () => {
    expect(changes.changed).toEqual([
      {
        nomineeId: id(before, 'Nguyễn Văn An'),
        displayName: 'Nguyễn Văn An',
        fields: [
          { field: 'workplace', before: null, after: 'Sở Y tế' },
          { field: 'award', before: 'LDTT', after: 'CSTD_CS' },
          { field: 'proposedAwards', before: ['LDTT'], after: ['CSTD_CS'] },
        ],
      },
    ]);
  });

  it('lists new duplicate groups', () => {
    expect(changes.newDuplicateGroups).toEqual(after.duplicates.map((g) => g.groupId));
    expect(changes.newDuplicateGroups).toHaveLength(1);
  });

  it('finds nothing between a version and itself, and everything added against none', () => {
    expect(diffMasters(after, after)).toEqual({
      added: [],
      removed: [],
      changed: [],
      newDuplicateGroups: [],
    });
    expect(diffMasters(undefined, before).added).toHaveLength(2);
  });
});
