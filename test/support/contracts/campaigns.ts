// The contract of CampaignRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { CampaignRecord, CampaignRepository, UnitRecord } from '../../../functions/app/ports';
import { campaignRecordSchema } from '../../../shared/api/admin-campaign';
import { uniqueId } from './ids';

export function campaignRecord(id: string, over: Partial<CampaignRecord> = {}): CampaignRecord {
  return campaignRecordSchema.parse({
    id,
    title: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: '2026-12-15T10:00:00.000Z',
    quotas: { 'so-y-te': { total: 5 } },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...over,
  });
}

export const unitRecord = (id: string, name = `Đơn vị ${id}`): UnitRecord => ({
  id,
  name,
  kind: 'department',
  status: 'current',
  legacyIds: [],
});

export function campaignsContract(make: () => CampaignRepository): void {
  it('reads a campaign back as saved; null for one never saved; a later save replaces it', async () => {
    const repo = make();
    const id = uniqueId('camp');
    expect(await repo.getCampaign(id)).toBeNull();
    await repo.saveCampaign(campaignRecord(id));
    expect(await repo.getCampaign(id)).toEqual(campaignRecord(id));
    await repo.saveCampaign(campaignRecord(id, { title: 'Đợt khác', open: false }));
    expect(await repo.getCampaign(id)).toMatchObject({ title: 'Đợt khác', open: false });
  });

  it('keeps units per campaign, replaces a unit by id, and saves more units than one batch holds', async () => {
    const repo = make();
    const [a, b] = [uniqueId('camp'), uniqueId('camp')];
    const many = Array.from({ length: 450 }, (_, i) => unitRecord(`u-${String(i).padStart(3, '0')}`));
    await repo.saveUnits(a, many);
    await repo.saveUnits(a, [unitRecord('u-007', 'Sở Y tế')]);
    await repo.saveUnits(b, [unitRecord('x-1')]);
    const units = await repo.listUnits(a);
    expect(units).toHaveLength(450);
    expect(await repo.getUnit(a, 'u-007')).toEqual(unitRecord('u-007', 'Sở Y tế'));
    expect(await repo.getUnit(a, 'x-1')).toBeNull();
    expect((await repo.listUnits(b)).map((u) => u.id)).toEqual(['x-1']);
    expect(await repo.listUnits(uniqueId('none'))).toEqual([]);
  });
}
