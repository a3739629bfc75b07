// The contract of AccessLog, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { AccessLog, AccessLogEntry } from '../../../functions/app/ports';
import { uniqueId } from './ids';

export function accessLogContract(make: () => AccessLog): void {
  it('lists the entries of a day by time, optional fields kept, other days apart', async () => {
    const log = make();
    const campaignId = uniqueId('camp');
    // A day of its own per run: the access log is not per campaign.
    const day = `2${String(Math.floor(Math.random() * 900) + 100)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    const entry = (at: string, over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
      at: `${day}T${at}.000Z`,
      actor: 'bantdkt@langson.example',
      action: 'masterList',
      campaignId,
      requestId: uniqueId('req'),
      ...over,
    });
    const later = entry('09:00:00', { unitId: 'so-y-te', detail: 'master v3, entries 0-499 of 600' });
    const earlier = entry('08:00:00');
    await log.record(later);
    await log.record(earlier);
    await log.record({ ...entry('08:30:00'), at: '2020-01-01T08:30:00.000Z' });
    expect(await log.entriesOn(day)).toEqual([earlier, later]);
  });
}
