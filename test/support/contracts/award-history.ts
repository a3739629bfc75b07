// The contract of AwardHistoryRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { AwardHistoryRecord, AwardHistoryRepository } from '../../../functions/app/ports';
import { uniqueId } from './ids';

export function awardHistoryContract(make: () => AwardHistoryRepository): void {
  it('records an award once and finds records by more than 30 keys, by id', async () => {
    const history = make();
    const run = uniqueId('h');
    const record = (n: number): AwardHistoryRecord => ({
      id: `${run}-${String(n).padStart(2, '0')}`,
      nomineeKey: `cccd:${run}-0200750000${String(n).padStart(2, '0')}`,
      campaignId: 'ls-2026',
      nomineeId: `i-${n}`,
      recordedBy: 'bantdkt@langson.example',
      recordedAt: '2026-11-04T00:00:00.000Z',
      awardCode: 'CSTD_CS',
      year: 2025,
      ...(n === 40 ? { decisionNumber: '45/QĐ-UBND', fullName: 'Hà Văn Tú', birthYear: 1975 } : {}),
    });
    expect(await history.record(record(40))).toBe(true);
    expect(await history.record(record(1))).toBe(true);
    expect(await history.record({ ...record(1), awardCode: 'LDTT' })).toBe(false);
    const keys = Array.from({ length: 45 }, (_, n) => record(n).nomineeKey);
    expect(await history.findByKeys(keys)).toEqual([record(1), record(40)]);
    expect(await history.findByKeys([])).toEqual([]);
  });
}
