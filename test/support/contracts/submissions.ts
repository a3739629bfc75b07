// The contract of SubmissionRepository (through its unit handles), run against the in-memory fake and the Firestore
// adapter.
import { expect, it } from 'vitest';
import type {
  CommitRecord,
  StoredRow,
  SubmissionRepository,
  VersionHeader,
} from '../../../functions/app/ports';
import { uniqueId } from './ids';

export const storedRow = (n: number, text = 'Nguyễn Thị Hà'): StoredRow => ({
  sheetRow: n,
  cells: [n, text, null, true],
  valid: n % 7 !== 0,
  data: { fullName: text, nested: { a: [1, 2] } },
  issues:
    n % 7 === 0
      ? [{ row: n, column: 2, field: 'fullName', code: 'X', severity: 'error', message: 'Lỗi' }]
      : [],
});

const commit = (versionId: string, version: number): CommitRecord => ({
  versionId,
  version,
  contentHash: `h-${versionId}`,
  kind: 'individual',
  status: 'clean',
  summary: { rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 },
  submittedAt: '2026-11-05T00:00:00.000Z',
  late: false,
  rowCount: 1,
});

const header = (campaignId: string, unitId: string, versionId: string): VersionHeader => ({
  campaignId,
  unitId,
  versionId,
  contentHash: 'h',
  baseVersion: 0,
  kind: 'collective',
  submittedBy: 'vanthu@langson.example',
  startedAt: '2026-11-05T00:00:00.000Z',
  grid: {
    header: [
      ['STT', 'Tên tập thể'],
      ['', ''],
    ],
    firstRow: 6,
    firstColumn: 1,
    sheetName: 'Tập thể',
  },
  sheetIssues: [{ row: 5, column: 2, field: '', code: 'H', severity: 'warning', message: 'Tiêu đề lạ' }],
  late: true,
});

export function submissionsContract(make: () => SubmissionRepository): void {
  it('reads rows back in order, rewriting the same rows is harmless, many and large rows included', async () => {
    const unit = make().unit(uniqueId('c'), 'u');
    const rows = Array.from({ length: 450 }, (_, i) => storedRow(i + 2, 'x'.repeat(i % 3 === 0 ? 2000 : 10)));
    expect(await unit.readRows('v1')).toEqual([]);
    await unit.writeRows('v1', rows);
    await unit.writeRows('v1', rows);
    expect(await unit.readRows('v1')).toEqual(rows);
  });

  it('claims a key and creates a header once (create precondition), headers read back whole', async () => {
    const c = uniqueId('c');
    const unit = make().unit(c, 'u');
    const claim = { versionId: 'v', contentHash: 'h', baseVersion: 0, late: false };
    expect(await unit.getKey('k1')).toBeNull();
    expect(await unit.claimKey('k1', claim)).toBe(true);
    expect(await unit.claimKey('k1', { ...claim, contentHash: 'other' })).toBe(false);
    expect(await unit.getKey('k1')).toEqual(claim);
    expect(await unit.createHeader(header(c, 'u', 'v'))).toBe(true);
    expect(await unit.createHeader({ ...header(c, 'u', 'v'), submittedBy: 'other' })).toBe(false);
    expect(await unit.getHeader('v')).toEqual(header(c, 'u', 'v'));
    expect(await unit.getHeader('none')).toBeNull();
  });

  it('reserves distinct numbers for 30 concurrent versions, and the same number again for one version', async () => {
    const unit = make().unit(uniqueId('c'), 'seq-unit');
    const ids = Array.from({ length: 30 }, (_, i) => `ver-${i}`);
    const numbers = await Promise.all(ids.map((id) => unit.reserveNumber(id)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await unit.reserveNumber('ver-7')).toBe(numbers[7]);
  });

  it('keeps the first commit marker and lists commits by version', async () => {
    const unit = make().unit(uniqueId('c'), 'cm');
    const first = commit('a', 2);
    expect(await unit.commit(first)).toEqual(first);
    expect(await unit.commit({ ...first, submittedAt: 'later' })).toEqual(first);
    await unit.commit(commit('b', 1));
    expect((await unit.listCommits()).map((c) => c.versionId)).toEqual(['b', 'a']);
    expect(await unit.getCommit('a')).toEqual(first);
    expect(await unit.getCommit('zz')).toBeNull();
  });

  it('keeps units and campaigns apart', async () => {
    const repo = make();
    const [c1, c2] = [uniqueId('c'), uniqueId('c')];
    await repo.unit(c1, 'u1').commit(commit('a', 1));
    await repo.unit(c1, 'u1').writeRows('a', [storedRow(2)]);
    expect(await repo.unit(c1, 'u2').listCommits()).toEqual([]);
    expect(await repo.unit(c2, 'u1').listCommits()).toEqual([]);
    expect(await repo.unit(c2, 'u1').readRows('a')).toEqual([]);
    expect(await repo.unit(c1, 'u1').readRows('a')).toEqual([storedRow(2)]);
    expect(await repo.unit(c1, 'u2').reserveNumber('x')).toBe(1);
  });
}
