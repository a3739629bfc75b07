// "Holds T this year" from the campaign's own proposals (issue 11, item 2): a CSTĐCS proposal in one unit and the
// same person's LĐTT in another unit's list; validateRows and submitNominations read the other units' latest lists,
// consolidation indexes all rows. Real validator (validateGrid), in-memory ports.
import { describe, expect, it } from 'vitest';
import { adminCampaign } from '../../../../functions/app/campaigns/admin-campaign';
import { campaignEvaluationYear } from '../../../../functions/app/campaigns/evaluation-year';
import { eligibilityFn } from '../../../../functions/app/consolidation/eligibility';
import type { CampaignRecord, Principal } from '../../../../functions/app/ports';
import { submitNominations } from '../../../../functions/app/submissions/submit-nominations';
import { validateRows } from '../../../../functions/app/submissions/validate-rows';
import { gridValidator } from '../../../../functions/validator';
import type { GridInput } from '../../../../shared/api/grid';
import type { Issue } from '../../../../shared/grid/types';
import { individualGrid } from '../../../support/grids';
import { MemoryCampaigns, MemoryMembers, memoryCampaigns } from '../../../support/memory/campaigns';
import { MemorySubmissions } from '../../../support/memory/submissions';

const campaign: CampaignRecord = {
  id: 'c1',
  title: 'Tổng kết năm 2025',
  eventKind: 'khac',
  deadline: '2026-02-15T17:00:00+07:00',
  evaluationYear: 2025,
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 0,
  open: true,
  awards: [],
  quotas: {},
  rules: {},
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const unit = (id: string) => ({
  id,
  name: `Đơn vị ${id}`,
  kind: 'commune' as const,
  status: 'current' as const,
  legacyIds: [],
});
const who = (unitId: string): Principal => ({
  email: `${unitId}@x.example`,
  role: 'unit',
  unitIds: [unitId],
});

/** The same one person, proposed for `award`. */
function gridOf(award: string): GridInput {
  const grid = individualGrid(1);
  return { ...grid, rows: grid.rows.map((row) => row.map((cell, i) => (i === 6 ? award : cell))) };
}

function setup() {
  const submissions = new MemorySubmissions();
  const clock = { now: () => new Date('2026-02-01T03:00:00Z') };
  const deps = {
    campaigns: memoryCampaigns(campaign, [unit('a'), unit('b')]),
    submissions,
    validate: gridValidator,
    clock,
  };
  const body = (unitId: string, award: string, key = unitId) => ({
    campaignId: 'c1',
    unitId,
    kind: 'individual' as const,
    grid: gridOf(award),
    submissionKey: `key-${key}-0001`,
  });
  return { deps, body };
}

const aboutLdtt = (issues: readonly Issue[]) =>
  issues.filter(
    (i) => i.code.startsWith('eligibility.') && i.message.includes('đạt "Lao động tiên tiến" năm'),
  );

describe('a title of the same year proposed in the same campaign', () => {
  it('without the LĐTT proposal anywhere, CSTĐCS gets a warning naming the missing title (not an error)', async () => {
    const { deps, body } = setup();
    const { issues } = await validateRows(body('b', 'Chiến sĩ thi đua cơ sở'), who('b'), deps);
    const found = aboutLdtt(issues);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.message).toContain('năm 2025');
    expect(found.every((i) => i.severity === 'warning')).toBe(true);
  });

  it("unit A's LĐTT for the same person satisfies unit B's CSTĐCS in validateRows and submitNominations", async () => {
    const { deps, body } = setup();
    await submitNominations(body('a', 'Lao động tiên tiến'), who('a'), deps);
    const validated = await validateRows(body('b', 'Chiến sĩ thi đua cơ sở'), who('b'), deps);
    expect(aboutLdtt(validated.issues)).toEqual([]);
    const submitted = await submitNominations(body('b', 'Chiến sĩ thi đua cơ sở'), who('b'), deps);
    expect(aboutLdtt(submitted.issues)).toEqual([]);
  });

  it('the same grid proposing both titles for one person needs no other unit', async () => {
    const { deps } = setup();
    const one = gridOf('Chiến sĩ thi đua cơ sở');
    const both = {
      ...one,
      rows: [...one.rows, ...gridOf('Lao động tiên tiến').rows.map((r) => [2, ...r.slice(1)])],
    };
    const body = { campaignId: 'c1', unitId: 'b', kind: 'individual' as const, grid: both };
    const { issues } = await validateRows(body, who('b'), deps);
    expect(aboutLdtt(issues)).toEqual([]);
  });

  it('consolidation: a proposal in any row (any unit) counts', () => {
    const person = { fullName: 'Nguyễn Văn A', birthYear: 1980, cccd: '020080100000' };
    const rows = [
      { sheetRow: 2, kind: 'individual' as const, valid: true, data: { ...person, award: 'CSTD_CS' } },
      { sheetRow: 5, kind: 'individual' as const, valid: false, data: { ...person, award: 'LDTT' } },
    ];
    const cstd = rows[0] as (typeof rows)[number];
    const submission = { unitId: 'a', version: 1, submittedAt: '2026-02-01T00:00:00Z', rows: [cstd] };
    const alone = eligibilityFn(campaign, [], [])?.(cstd, submission);
    const together = eligibilityFn(campaign, [], rows)?.(cstd, submission);
    expect(alone?.reasons.some((r) => r.message.includes('đạt "Lao động tiên tiến" năm'))).toBe(true);
    expect(together?.reasons.some((r) => r.message.includes('đạt "Lao động tiên tiến" năm'))).toBe(false);
  });
});

describe("the campaign's evaluation year", () => {
  const board: Principal = { email: 'admin@x.example', role: 'admin', unitIds: [], admin: true };
  const adminDeps = () => ({
    campaigns: new MemoryCampaigns(),
    members: new MemoryMembers(),
    clock: { now: () => new Date('2026-01-05T00:00:00Z') },
  });
  const create = { title: 'Tổng kết', eventKind: 'khac' as const, deadline: '2026-03-10T17:00:00+07:00' };

  it('is set at creation from the deadline and kind, stored, and kept by a partial update', async () => {
    const deps = adminDeps();
    const made = await adminCampaign({ campaignId: 'y1', campaign: create }, board, deps);
    expect(made.campaign.evaluationYear).toBe(2025);
    expect((await deps.campaigns.getCampaign('y1'))?.evaluationYear).toBe(2025);
    const later = { deadline: '2026-06-30T17:00:00+07:00', title: 'Đổi tên' };
    const patched = await adminCampaign({ campaignId: 'y1', campaign: later }, board, deps);
    expect(patched.campaign.evaluationYear).toBe(2025);
  });

  it('is the one given at creation, and null returns it to the default', async () => {
    const deps = adminDeps();
    const made = await adminCampaign(
      { campaignId: 'y2', campaign: { ...create, evaluationYear: 2024 } },
      board,
      deps,
    );
    expect(made.campaign.evaluationYear).toBe(2024);
    const reset = await adminCampaign({ campaignId: 'y2', campaign: { evaluationYear: null } }, board, deps);
    expect(reset.campaign.evaluationYear).toBe(2025);
  });

  it('a campaign stored before the field gets the default; the rules override wins', () => {
    const { evaluationYear: _y, ...old } = campaign;
    expect(campaignEvaluationYear(old)).toBe(2025);
    expect(campaignEvaluationYear({ ...campaign, rules: { evaluationYear: 2023 } })).toBe(2023);
  });
});
