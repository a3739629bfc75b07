import { describe, expect, it } from 'vitest';
import type { UnitStatusWithContacts } from '../../../../functions/app/mail/ports';
import { unitSummaryViewOf } from '../../../../functions/app/mail/unit-summary-view';
import { CAMPAIGN } from './support/hook-deps';
import { secondMaster } from './support/masters';

const unit = (unitId: string, unitName: string, over: Partial<UnitStatusWithContacts> = {}) => ({
  unitId,
  unitName,
  version: 1,
  errors: 0,
  contacts: [{ address: `${unitId}@langson.example` }],
  ...over,
});

describe('unitSummaryViewOf', () => {
  it("lists the unit's nominees with the board's state, duplicates with other units and returned ones", () => {
    const view = unitSummaryViewOf(
      CAMPAIGN,
      secondMaster(),
      unit('so-giao-duc', 'Sở Giáo dục và Đào tạo'),
      'Asia/Ho_Chi_Minh',
    );
    expect(view).toMatchObject({
      campaignName: CAMPAIGN.campaignName,
      unitName: 'Sở Giáo dục và Đào tạo',
      masterVersion: 2,
      consolidatedAt: '2026-11-27',
      deadline: '2026-12-15',
      toFix: [],
    });
    expect(view.nominees).toEqual([
      { name: 'Lê Thị Hoa', award: 'Lao động tiên tiến', status: 'returned' },
      { name: 'Nguyễn Văn An', award: 'Chiến sĩ thi đua cơ sở', status: 'pending' },
    ]);
    expect(view.duplicates).toEqual([{ name: 'Nguyễn Văn An', otherUnits: ['Phường Tam Thanh'] }]);
    expect(view.returned).toEqual([{ name: 'Lê Thị Hoa', note: 'Thiếu biên bản họp xét' }]);
  });

  it("lists the errors left in the unit's latest sheet, with cell references", () => {
    const issues = [
      { row: 9, column: 6, field: 'cccd', code: 'X', severity: 'error' as const, message: 'Số CCCD sai' },
      { row: 8, column: 3, field: 'gender', code: 'Y', severity: 'warning' as const, message: 'Cảnh báo' },
    ];
    const tam = unit('p-tam-thanh', 'Phường Tam Thanh', { errors: 1, issues, sheetName: 'Cá nhân' });
    const view = unitSummaryViewOf(CAMPAIGN, secondMaster(), tam, 'Asia/Ho_Chi_Minh');
    expect(view.toFix).toEqual([{ ref: 'Cá nhân!F9', message: 'Số CCCD sai', severity: 'error' }]);
    expect(view.nominees.map((n) => n.name)).toEqual(['Nguyễn Văn An', 'Vi Thị Hạnh']);
    expect(view.nominees[1]).toMatchObject({ cccd: '020186004545', status: 'pending' });
  });
});
