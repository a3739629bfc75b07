import { describe, expect, it } from 'vitest';
import type { CampaignStatusResponse, UnitStatus } from '../../../../shared/api/campaign-status';
import { statusPayload } from '../../../../sheets-addon/src/core/status-view';

const unit: UnitStatus = {
  unitId: 'so-y-te',
  name: 'Sở Y tế',
  kind: 'department',
  status: 'clean',
  latestVersion: 2,
  submittedAt: '2026-05-02T09:30:00.000Z',
  versions: 2,
  rows: 3,
  validRows: 3,
  errorRows: 0,
  errors: 0,
  warnings: 0,
  onTime: true,
  returned: [
    {
      nomineeId: 'n1',
      displayName: 'Phạm Văn Đức',
      note: 'Bổ sung số quyết định.',
      sheetRows: [9, 12],
      reviewedAt: '2026-05-03T00:00:00.000Z',
    },
  ],
};

const status = (units: UnitStatus[]): CampaignStatusResponse => ({
  campaignId: 'ls-dhtt-2026',
  title: 'Đợt 2026',
  deadline: '2026-05-15',
  timeZone: 'Asia/Ho_Chi_Minh',
  daysToDeadline: 3,
  open: true,
  units,
  totals: { units: 1, notSubmitted: 0, withErrors: 0, clean: 1, reviewed: 0, onTime: 1, onTimeRate: 1 },
});

describe('statusPayload', () => {
  it("reads the returned nominees from the unit's status, with their first sheet row", () => {
    const payload = statusPayload(status([unit]), 'so-y-te', {});
    expect(payload.returned).toEqual([
      { name: 'Phạm Văn Đức', note: 'Bổ sung số quyết định.', state: '', sheetRow: 9 },
    ]);
    expect(payload.lists).toBeNull();
  });

  it('gives the lists of the unit when the server breaks them down', () => {
    const { rows, validRows, errorRows, errors, warnings } = unit;
    const counts = { rows, validRows, errorRows, errors, warnings, versions: 2 };
    const lists = {
      individual: {
        ...counts,
        version: 2,
        submittedAt: '2026-05-02T09:30:00.000Z',
        status: 'clean' as const,
        onTime: true,
      },
    };
    const payload = statusPayload(status([{ ...unit, lists }]), 'so-y-te', {});
    expect(payload.lists?.map((l) => [l.label, l.version, l.statusLabel])).toEqual([
      ['Cá nhân', 2, 'Hợp lệ'],
      ['Tập thể', null, 'Chưa nộp'],
    ]);
    expect(statusPayload(status([]), 'so-y-te', {}).lists).toBeNull();
  });
});
