// The "Đợt thi đua" tab's delegate-structure rows → campaign.structureTargets (shares as fractions 0..1).
import { describe, expect, it } from 'vitest';
import { campaignPatchSchema } from '../../../../shared/api/admin-campaign';
import {
  buildSetupRequest,
  locate,
  type StoredCampaign,
  targetCells,
} from '../../../../sheets-addon/src/core/setup-request';
import { campaignFields } from '../../../../sheets-addon/src/core/setup-spec';

function request(rows: unknown[][], stored: StoredCampaign | null = null, units: unknown[][] = []) {
  return buildSetupRequest(
    {
      campaign: [['Thông tin', 'Giá trị'], ['Mã đợt', 'ls-x-2026'], ['Tên đợt', 'X'], ...rows],
      units,
      board: [],
    },
    stored,
  );
}

const campaignOf = (r: { request: Record<string, unknown> }) => r.request.campaign as Record<string, unknown>;

/** The campaign tab's target rows as "Thiết lập đợt" writes them from stored targets (label, value). */
function rowsOf(targets: StoredCampaign['structureTargets']): unknown[][] {
  const cells = targetCells(targets);
  return campaignFields()
    .filter((f) => f.path.startsWith('campaign.structureTargets.'))
    .map((f) => [f.label, cells[f.path] ?? '']);
}

describe('setup tab: structure targets', () => {
  it('ends the campaign rows with a minimum and a maximum share per group and the youth age', () => {
    const fields = campaignFields().slice(-15);
    const groups = [
      'nữ',
      'dân tộc thiểu số',
      'lao động trực tiếp',
      'công nhân',
      'nông dân',
      'trí thức, nhà khoa học',
      'thanh niên',
    ];
    expect(fields.map((f) => [f.label, f.kind])).toEqual([
      ...groups.flatMap((g) => [
        [`Cơ cấu đại biểu: ${g} tối thiểu`, 'percent'],
        [`Cơ cấu đại biểu: ${g} tối đa`, 'percent'],
      ]),
      ['Tuổi thanh niên tối đa', 'int'],
    ]);
  });

  it('round-trips minimum and maximum: stored targets → tab rows → the same targets', () => {
    const stored = {
      women: { min: 0.3, max: 0.6 },
      ethnicMinority: { min: 0.125 },
      intellectuals: { min: 0.05, max: 0.2 },
      youthMaxAge: 35,
    };
    const r = request(rowsOf(stored));
    expect(r.issues).toEqual([]);
    expect(campaignOf(r).structureTargets).toEqual(stored);
    expect(rowsOf(stored)).toContainEqual(['Cơ cấu đại biểu: dân tộc thiểu số tối thiểu', '12,5%']);
  });

  it('refuses a maximum below the minimum on the maximum’s cell; a maximum alone gets minimum 0', () => {
    const refused = request([
      ['Cơ cấu đại biểu: nữ tối thiểu', '40%'],
      ['Cơ cấu đại biểu: nữ tối đa', '30%'],
      ['Cơ cấu đại biểu: nông dân tối đa', '25%'],
    ]);
    expect(refused.issues).toEqual([
      {
        tab: 'Đợt thi đua',
        row: 5,
        column: 2,
        header: 'Cơ cấu đại biểu: nữ tối đa',
        code: 'SETUP_TARGET_RANGE',
        message: 'Tỷ lệ tối đa (30%) nhỏ hơn tỷ lệ tối thiểu (40%).',
      },
    ]);
    expect((campaignOf(refused).structureTargets as Record<string, unknown>).farmers).toEqual({
      min: 0,
      max: 0.25,
    });
  });

  it('an older tab without the maximum rows keeps the stored maximum; an empty row present clears it', () => {
    const stored: StoredCampaign = {
      quotas: {},
      structureTargets: { women: { min: 0.3, max: 0.5 }, youth: { min: 0.2, max: 0.4 } },
    };
    const older = request(
      [
        ['Cơ cấu đại biểu: nữ tối thiểu', '35%'],
        ['Cơ cấu đại biểu: thanh niên tối thiểu', '20%'],
        ['Cơ cấu đại biểu: thanh niên tối đa', ''],
      ],
      stored,
    );
    expect(campaignOf(older).structureTargets).toEqual({
      women: { min: 0.35, max: 0.5 },
      youth: { min: 0.2 },
    });
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

  it('seats → quotas: merged with the stored quotas (total, byAward and units not in the tab kept)', () => {
    const header = [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Email người nhập',
      'Chỉ tiêu (tổng số)',
      'Số ghế đại biểu',
    ];
    const stored: StoredCampaign = {
      quotas: {
        'so-y-te': { total: 10, byAward: { CSTD_TINH: 2 } },
        'so-noi-vu': { seats: 3 },
        'so-tai-chinh': { total: 4 },
      },
    };
    const units = [
      header,
      ['so-y-te', 'Sở Y tế', 'Sở, ban, ngành', '', 10, 5],
      ['so-noi-vu', 'Sở Nội vụ', 'Sở, ban, ngành', '', '', ''],
      ['x-huu-lung', 'Xã Hữu Lũng', 'Xã, phường, đặc khu', '', '', 2],
    ];
    const r = request([], stored, units);
    expect(r.issues).toEqual([]);
    expect(campaignOf(r).quotas).toEqual({
      'so-y-te': { total: 10, byAward: { CSTD_TINH: 2 }, seats: 5 },
      'so-tai-chinh': { total: 4 },
      'x-huu-lung': { seats: 2 },
    });
    expect(locate('campaign.quotas.x-huu-lung.seats', r.origins)).toMatchObject({
      tab: 'Đơn vị',
      row: 4,
      column: 6,
    });
    // A tab without the seats column (written before it existed) keeps every stored seat count.
    const older = request(
      [],
      stored,
      units.map((row) => row.slice(0, 5)),
    );
    expect((campaignOf(older).quotas as Record<string, unknown>)['so-noi-vu']).toEqual({ seats: 3 });
    expect(campaignPatchSchema.safeParse(campaignOf(r)).success).toBe(true);
  });
});
