import { describe, expect, it } from 'vitest';
import { buildMaster } from '../../../shared/consolidation/build-master';
import { chunkMaster, submissionContentHash, unitContentHashes } from '../../../shared/consolidation/chunks';
import type { SubmissionRow, UnitSubmission } from '../../../shared/consolidation/types';

function unitWith(unitId: string, n: number, offset = 0): UnitSubmission {
  const rows: SubmissionRow[] = Array.from({ length: n }, (_, k) => ({
    sheetRow: k + 5,
    kind: 'individual',
    valid: true,
    data: {
      fullName: `Người Số ${unitId} ${k + offset}`,
      birthYear: 1960 + (k % 40),
      cccd: `0010${String(k).padStart(2, '0')}${unitId.charCodeAt(0)}${String(k).padStart(5, '0')}`.slice(
        0,
        12,
      ),
    },
  }));
  return { unitId, version: 1, submittedAt: '2026-04-01T00:00:00Z', rows };
}

const build = (submissions: UnitSubmission[]) =>
  buildMaster({ campaignId: 'C', version: 1, createdAt: '2026-05-01T00:00:00Z', submissions });

describe('chunkMaster', () => {
  const submissions = [unitWith('A', 450), unitWith('B', 30)];
  const master = build(submissions);
  const chunks = chunkMaster(master);

  it('groups by first source unit in chunks of at most 200 with stable ids', () => {
    expect(chunks.map((c) => [c.chunkId, c.entries.length])).toEqual([
      ['individual-A-1', 200],
      ['individual-A-2', 200],
      ['individual-A-3', 50],
      ['individual-B-1', 30],
    ]);
    expect(chunks.every((c) => /^[0-9a-f]{16}$/.test(c.hash))).toBe(true);
  });

  it('gives the same hashes when nothing changed (another run, another version number)', () => {
    const again = chunkMaster(
      buildMaster({ campaignId: 'C', version: 7, createdAt: '2026-06-01T00:00:00Z', submissions }),
    );
    expect(again.map((c) => c.hash)).toEqual(chunks.map((c) => c.hash));
  });

  it('changes only the hash of the chunk holding a changed entry', () => {
    const edited = structuredClone(submissions);
    const target = edited[1]?.rows[3];
    if (target) target.data.position = 'Trưởng phòng';
    const next = chunkMaster(build(edited));
    const changed = next.filter((c, k) => c.hash !== chunks[k]?.hash).map((c) => c.chunkId);
    expect(changed).toEqual(['individual-B-1']);
  });

  it('hashes per unit and per submission', () => {
    const hashes = unitContentHashes(master);
    expect(Object.keys(hashes)).toEqual(['A', 'B']);
    const resubmitted = {
      ...submissions[1],
      version: 2,
      submittedAt: '2026-04-09T00:00:00Z',
    } as UnitSubmission;
    expect(submissionContentHash(resubmitted)).toBe(submissionContentHash(submissions[1] as UnitSubmission));
    expect(submissionContentHash(unitWith('B', 31))).not.toBe(
      submissionContentHash(submissions[1] as UnitSubmission),
    );
  });
});
