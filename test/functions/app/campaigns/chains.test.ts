// Refusals of the campaign-chain use cases (the full flows run over HTTP in test/integration/campaign-chains).
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../../../functions/app/campaigns/carry-forward';
import type { ChainDeps } from '../../../../functions/app/campaigns/chain-lists';
import { checkParent } from '../../../../functions/app/campaigns/parent';
import { sendUp } from '../../../../functions/app/campaigns/send-up';
import type {
  CampaignRecord,
  CampaignRepository,
  Principal,
  UnitRecord,
} from '../../../../functions/app/ports';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { carryForwardRequestSchema, sendUpRequestSchema } from '../../../../shared/api/chains';

const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };
const UNIT: Principal = { email: 'u@x.example', role: 'unit', unitIds: ['dv-01'] };

function record(id: string, extra: Record<string, unknown> = {}): CampaignRecord {
  return campaignRecordSchema.parse({
    id,
    title: id,
    eventKind: 'khac',
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  });
}

function campaigns(list: CampaignRecord[], units: Record<string, UnitRecord[]>): CampaignRepository {
  return {
    getCampaign: async (id) => list.find((c) => c.id === id) ?? null,
    saveCampaign: async () => undefined,
    getUnit: async (c, id) => units[c]?.find((u) => u.id === id) ?? null,
    listUnits: async (c) => units[c] ?? [],
    saveUnits: async () => undefined,
  };
}

const unit = (id: string, status: 'current' | 'legacy' = 'current'): UnitRecord => ({
  id,
  name: id,
  kind: 'province',
  status,
  legacyIds: [],
});

describe('checkParent', () => {
  const repo = campaigns([record('vn'), record('ls', { parent: { campaignId: 'vn', unitId: 'ls' } })], {
    vn: [unit('ls'), unit('old', 'legacy')],
    ls: [unit('dv-01')],
  });

  it('accepts an existing parent and current unit, and no parent', async () => {
    await expect(checkParent(repo, 'cb', { campaignId: 'vn', unitId: 'ls' })).resolves.toBeUndefined();
    await expect(checkParent(repo, 'cb', undefined)).resolves.toBeUndefined();
  });

  it('refuses a missing campaign or unit, a legacy unit and a loop', async () => {
    for (const parent of [
      { campaignId: 'nowhere', unitId: 'ls' },
      { campaignId: 'vn', unitId: 'cb' },
      { campaignId: 'vn', unitId: 'old' },
    ])
      await expect(checkParent(repo, 'cb', parent)).rejects.toMatchObject({
        code: 'PARENT_CAMPAIGN_INVALID',
      });
    await expect(checkParent(repo, 'vn', { campaignId: 'ls', unitId: 'dv-01' })).rejects.toMatchObject({
      code: 'PARENT_CAMPAIGN_INVALID',
    });
  });
});

describe('sendUp and carryForward refusals', () => {
  const deps = (list: CampaignRecord[]) => ({ campaigns: campaigns(list, {}) }) as unknown as ChainDeps;

  it('sendUp: board only, and only with a parent', async () => {
    const request = sendUpRequestSchema.parse({ campaignId: 'ls' });
    expect(request.states).toEqual(['approved']);
    await expect(sendUp(request, UNIT, deps([record('ls')]))).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
    await expect(sendUp(request, BOARD, deps([record('ls')]))).rejects.toMatchObject({
      code: 'CAMPAIGN_NO_PARENT',
    });
  });

  it('carryForward: two different campaigns, the source closed', async () => {
    const same = carryForwardRequestSchema.parse({ campaignId: 'a', fromCampaignId: 'a' });
    await expect(carryForward(same, BOARD, deps([record('a')]))).rejects.toMatchObject({
      code: 'CARRY_FORWARD_SAME_CAMPAIGN',
    });
    const request = carryForwardRequestSchema.parse({ campaignId: 'congress', fromCampaignId: 'conf' });
    await expect(
      carryForward(request, BOARD, deps([record('congress'), record('conf')])),
    ).rejects.toMatchObject({ code: 'CARRY_FORWARD_SOURCE_OPEN' });
  });
});
