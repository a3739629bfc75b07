import { beforeEach, describe, expect, it } from 'vitest';
import { cachedCampaigns } from '../../../../functions/adapters/cache/cached-campaigns';
import type { CampaignRecord, CampaignRepository, UnitRecord } from '../../../../functions/app/ports';
import { MemoryCampaigns } from '../../../support/memory/campaigns';

const campaign = (title: string): CampaignRecord => ({
  id: 'c1',
  title,
  eventKind: 'khac',
  deadline: '2026-12-31T00:00:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 0,
  open: true,
  awards: [],
  quotas: {},
  rules: {},
  createdAt: '',
  updatedAt: '',
});

const unit = (id: string, name: string): UnitRecord => ({
  id,
  name,
  kind: 'commune',
  status: 'current',
  legacyIds: [],
});

/** The in-memory store, counting the reads that reach it. */
class CountingCampaigns extends MemoryCampaigns {
  reads = 0;
  override async getCampaign(id: string) {
    this.reads++;
    return super.getCampaign(id);
  }
  override async getUnit(campaignId: string, unitId: string) {
    this.reads++;
    return super.getUnit(campaignId, unitId);
  }
}

let now = 0;
const clock = { now: () => new Date(now) };
let store: CountingCampaigns;
let cached: CampaignRepository;

beforeEach(async () => {
  now = Date.UTC(2026, 11, 6);
  store = new CountingCampaigns();
  await store.saveCampaign(campaign('Thi đua 2026'));
  await store.saveUnits('c1', [unit('u1', 'Phường A')]);
  cached = cachedCampaigns(store, clock, 30_000);
});

describe('cachedCampaigns', () => {
  it('serves a repeated read from this instance within the TTL', async () => {
    expect((await cached.getCampaign('c1'))?.title).toBe('Thi đua 2026');
    now += 29_999;
    expect((await cached.getCampaign('c1'))?.title).toBe('Thi đua 2026');
    expect(store.reads).toBe(1);
  });

  it('gives each caller its own copy: changing what one request read does not change the next read', async () => {
    const first = await cached.getCampaign('c1');
    if (first) first.title = 'đã sửa trong bộ nhớ';
    expect((await cached.getCampaign('c1'))?.title).toBe('Thi đua 2026');
    expect(store.reads).toBe(1);
  });

  it('reads the store again once the TTL has passed (another instance wrote meanwhile)', async () => {
    await cached.getCampaign('c1');
    await store.saveCampaign(campaign('Đổi tên'));
    expect((await cached.getCampaign('c1'))?.title).toBe('Thi đua 2026');
    now += 30_000;
    expect((await cached.getCampaign('c1'))?.title).toBe('Đổi tên');
    expect(store.reads).toBe(2);
  });

  it("never reads this instance's own campaign write stale", async () => {
    await cached.getCampaign('c1');
    await cached.saveCampaign(campaign('Đổi tên'));
    expect((await cached.getCampaign('c1'))?.title).toBe('Đổi tên');
  });

  it('drops a read that was in flight when this instance wrote', async () => {
    const inFlight = cached.getCampaign('c1');
    await cached.saveCampaign(campaign('Đổi tên'));
    await inFlight;
    expect((await cached.getCampaign('c1'))?.title).toBe('Đổi tên');
  });

  it("invalidates a campaign's units on this instance's saveUnits", async () => {
    expect((await cached.getUnit('c1', 'u1'))?.name).toBe('Phường A');
    expect(await cached.listUnits('c1')).toHaveLength(1);
    await cached.saveUnits('c1', [unit('u1', 'Phường B'), unit('u2', 'Xã C')]);
    expect((await cached.getUnit('c1', 'u1'))?.name).toBe('Phường B');
    expect(await cached.listUnits('c1')).toHaveLength(2);
  });

  it('keeps no failed read', async () => {
    let fail = true;
    const flaky: CampaignRepository = {
      ...store,
      getCampaign: async (id) => {
        if (fail) throw new Error('unavailable');
        return store.getCampaign(id);
      },
      getUnit: (c, u) => store.getUnit(c, u),
      listUnits: (c) => store.listUnits(c),
      saveCampaign: (c) => store.saveCampaign(c),
      saveUnits: (c, u) => store.saveUnits(c, u),
    };
    const repo = cachedCampaigns(flaky, clock, 30_000);
    await expect(repo.getCampaign('c1')).rejects.toThrow('unavailable');
    fail = false;
    expect((await repo.getCampaign('c1'))?.title).toBe('Thi đua 2026');
  });
});
