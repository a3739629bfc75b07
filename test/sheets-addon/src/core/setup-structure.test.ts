// The "Đợt thi đua" tab's delegate-structure rows → campaign.structureTargets (shares as fractions 0..1).
import { describe, expect, it } from 'vitest';
import { campaignPatchSchema } from '../../../../shared/api/admin-campaign';
import { buildSetupRequest, locate } from '../../../../sheets-addon/src/core/setup-request';
import { campaignFields } from '../../../../sheets-addon/src/core/setup-spec';

function request(rows: unknown[][]) {
  return buildSetupRequest({
    campaign: [['Thông tin', 'Giá trị'], ['Mã đợt', 'ls-x-2026'], ['Tên đợt', 'X'], ...rows],
    units: [],
    board: [],
  });
}

describe('setup tab: structure targets', () => {
  it('ends the campaign rows with one minimum share per group and the youth age', () => {
    const fields = campaignFields().slice(-8);
    expect(fields.map((f) => [f.label, f.kind])).toEqual([
      ['Cơ cấu đại biểu: nữ tối thiểu', 'percent'],
      ['Cơ cấu đại biểu: dân tộc thiểu số tối thiểu', 'percent'],
      ['Cơ cấu đại biểu: lao động trực tiếp tối thiểu', 'percent'],
      ['Cơ cấu đại biểu: công nhân tối thiểu', 'percent'],
      ['Cơ cấu đại biểu: nông dân tối thiểu', 'percent'],
      ['Cơ cấu đại biểu: trí thức, nhà khoa học tối thiểu', 'percent'],
      ['Cơ cấu đại biểu: thanh niên tối thiểu', 'percent'],
      ['Tuổi thanh niên tối đa', 'int'],
    ]);
  });

  it('reads "30%", 12,5%, a percent-formatted cell (0.4), a whole number (25) and the youth age', () => {
    const { request: r, issues } = request([
      ['Cơ cấu đại biểu: nữ tối thiểu', '30%'],
      ['Cơ cấu đại biểu: dân tộc thiểu số tối thiểu', '12,5%'],
      ['Cơ cấu đại biểu: công nhân tối thiểu', 0.4],
      ['Cơ cấu đại biểu: thanh niên tối thiểu', 25],
      ['Tuổi thanh niên tối đa', 35],
    ]);
    expect(issues).toEqual([]);
    const campaign = r.campaign as Record<string, unknown>;
    expect(campaign.structureTargets).toEqual({
      women: { min: 0.3 },
      ethnicMinority: { min: 0.125 },
      workers: { min: 0.4 },
      youth: { min: 0.25 },
      youthMaxAge: 35,
    });
    expect(campaignPatchSchema.safeParse(campaign).success).toBe(true);
  });

  it('marks a share that is not one, by cell; the server’s paths lead back to the row', () => {
    const { issues, origins } = request([['Cơ cấu đại biểu: nông dân tối thiểu', '150%']]);
    expect(issues).toMatchObject([
      { tab: 'Đợt thi đua', row: 4, column: 2, message: 'Cần một tỷ lệ từ 0% đến 100%, ví dụ 30%.' },
    ]);
    expect(locate('campaign.structureTargets.farmers.min', origins)).toMatchObject({ row: 4, column: 2 });
  });

  it('sends no targets when the rows are empty (the stored ones stay)', () => {
    expect((request([]).request.campaign as Record<string, unknown>).structureTargets).toBeUndefined();
  });
});
