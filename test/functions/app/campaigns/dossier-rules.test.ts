// The dossier checklist as a rule: inherited from the province profile unless the campaign sets its own, applied
// over the event kind's and the built-in defaults (pure).
import { describe, expect, it } from 'vitest';
import { rulesInForce, withRulesInForce } from '../../../../functions/app/campaigns/rules-in-force';
import type { CampaignRecord } from '../../../../functions/app/ports';
import { rulesOf } from '../../../../functions/app/submissions/validate-rows';
import type { ProvinceProfile } from '../../../../shared/api/province';
import { dossierChecklist, requiredDocs } from '../../../../shared/checks/dossier-checklist';

const campaign: CampaignRecord = {
  id: 'c1',
  title: 'Thử',
  eventKind: 'dai-hoi-thi-dua-yeu-nuoc',
  deadline: '2026-07-01T17:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 0,
  open: true,
  awards: [],
  quotas: {},
  rules: {},
  provinceId: 'p1',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const province: ProvinceProfile = {
  id: 'p1',
  name: 'Tỉnh Thử',
  rules: { dossierChecklist: { '*': ['BAOCAO', 'BIENBAN', 'TOTRINH'] } },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'b@x.example',
};

function required(record: CampaignRecord, row: Parameters<typeof requiredDocs>[0]) {
  const rules = rulesOf(withRulesInForce(record, province));
  return requiredDocs(row, dossierChecklist(rules), rules);
}

describe('dossier checklist rule', () => {
  it('is inherited from the province profile, with its source shown', () => {
    expect(rulesInForce(campaign, province).sources.dossierChecklist).toBe('province');
    expect(required(campaign, { award: 'BK_TINH' })).toEqual(['BAOCAO', 'BIENBAN', 'TOTRINH']);
    expect(required(campaign, { award: 'CSTD_TINH' })).toEqual(['BAOCAO', 'BIENBAN', 'SANGKIEN']);
  });

  it('the campaign’s own checklist replaces the province’s and the event kind’s (delegates: QDKT by default)', () => {
    const own = { ...campaign, rules: { dossierChecklist: { '*': ['BAOCAO' as const] } } };
    expect(rulesInForce(own, province).sources.dossierChecklist).toBe('campaign');
    expect(required(own, { award: 'BK_TINH', delegate: true })).toEqual(['BAOCAO']);
    const bare = { ...campaign, provinceId: undefined } as CampaignRecord;
    const rules = rulesOf(bare);
    expect(requiredDocs({ delegate: true }, dossierChecklist(rules), rules)).toEqual(['QDKT']);
  });
});
