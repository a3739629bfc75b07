import { describe, expect, it } from 'vitest';
import { masterTabs } from '../../../../functions/app/outputs/master-tabs';
import type { TabGrid } from '../../../../functions/app/outputs/tab-grid';
import { formatInstantVi } from '../../../../functions/app/outputs/tab-units';
import type { UnitStatus } from '../../../../shared/api/campaign-status';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';

function column(tab: TabGrid | undefined, header: string): unknown[] {
  const index = tab?.columns.findIndex((c) => c.header === header) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return (tab?.rows ?? []).map((r) => r[index]);
}

const master = sampleMaster();
const [summary, units, duplicates, stats, changes] = masterTabs({ master });

describe('masterTabs', () => {
  it('names the six tabs and makes every row as wide as its header', () => {
    expect(masterTabs({ master }).map((t) => t.title)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Trùng lặp',
      'Thống kê',
      'Thay đổi',
      'Chưa hợp lệ',
    ]);
    for (const tab of masterTabs({ master }))
      for (const row of tab.rows) expect(row).toHaveLength(tab.columns.length);
  });

  it('"Chưa hợp lệ": one row per entry built from rows with errors, errors located by row', () => {
    const bad = master.entries[0];
    if (!bad) throw new Error('sample master has entries');
    const invalidEntry = {
      ...bad,
      nomineeId: 'xi-0001',
      validity: 'invalid' as const,
      issues: [
        {
          code: 'cccd.length',
          severity: 'error' as const,
          message: 'Số CCCD phải có 12 chữ số.',
          field: 'cccd',
          row: 9,
        },
        {
          code: 'CONS_INVALID_DUPLICATE',
          severity: 'warning' as const,
          message: 'Trùng với đề nghị khác.',
          field: '',
        },
      ],
    };
    const tab = masterTabs({ master: { ...master, invalidEntries: [invalidEntry] } })[5];
    expect(tab?.rows).toHaveLength(1);
    expect(column(tab, 'Lỗi cần sửa')).toEqual(['Dòng 9: Số CCCD phải có 12 chữ số.']);
    expect(column(tab, 'Số lỗi')).toEqual([1]);
    expect(column(tab, 'Cảnh báo')).toEqual(['Trùng với đề nghị khác.']);
    expect(column(tab, 'Mã hồ sơ')).toEqual(['xi-0001']);
    expect(masterTabs({ master })[5]?.rows).toEqual([]);
  });

  it('"Tổng hợp": one row per nominee, units joined, labels not codes', () => {
    expect(summary?.rows).toHaveLength(16);
    expect(column(summary, 'Đơn vị đề nghị')[0]).toBe('Sở Y tế (dòng 9); UBND xã Tân Thanh (dòng 12)');
    expect(column(summary, 'Số đơn vị đề nghị')[0]).toBe(2);
    expect(column(summary, 'Hình thức đề nghị')[0]).toBe(
      'Bằng khen của Chủ tịch UBND tỉnh; Chiến sĩ thi đua cơ sở',
    );
    expect(column(summary, 'Dân tộc').slice(0, 2)).toEqual(['Tày', 'Nùng']);
    expect(column(summary, 'Trạng thái xét duyệt').slice(0, 4)).toEqual([
      'Chờ xét',
      'Đồng ý',
      'Không đồng ý',
      'Cần bổ sung',
    ]);
    expect(column(summary, 'Điều kiện').slice(0, 4)).toEqual([
      'Đủ điều kiện',
      'Chưa đủ điều kiện',
      'Chưa đủ dữ liệu',
      '',
    ]);
    expect(column(summary, 'Lý do (điều kiện)')[1]).toBe('Chưa đủ 2 năm liền Chiến sĩ thi đua cơ sở.');
    expect(column(summary, 'Ngày/năm sinh')[0]).toMatch(/^\d{2}\/\d{2}\/1965$/);
  });

  it('"Theo đơn vị" without campaignStatus: every unit of the master, counts and quota use', () => {
    expect(column(units, 'Mã đơn vị')).toEqual(['cong-an-tinh', 'lien-doan-ld', 'so-y-te', 'xa-tan-thanh']);
    expect(column(units, 'Trạng thái')).toEqual(['Đã gửi', 'Đã gửi', 'Đã gửi', 'Đã gửi']);
    const row = units?.rows[2];
    expect(row?.[1]).toBe('Sở Y tế');
    expect(row?.[10]).toBe(2);
    expect(row?.[12]).toBe('Vượt chỉ tiêu');
    expect(String(row?.[13])).toContain('Bằng khen của Chủ tịch UBND tỉnh: ');
  });

  it('"Theo đơn vị" with campaignStatus: units that sent nothing, errors and lateness', () => {
    const status = (unitId: string, extra: Partial<UnitStatus>): UnitStatus => ({
      unitId,
      name: unitId,
      kind: 'xa',
      status: 'clean',
      latestVersion: 1,
      submittedAt: '2026-03-01T01:00:00.000Z',
      versions: 1,
      rows: 3,
      validRows: 3,
      errorRows: 0,
      errors: 0,
      warnings: 0,
      onTime: true,
      ...extra,
    });
    const statuses = [
      status('xa-moi', {
        name: 'UBND xã Mới',
        status: 'not_submitted',
        latestVersion: null,
        submittedAt: null,
        versions: 0,
        onTime: null,
      }),
      status('so-y-te', { name: 'Sở Y tế', status: 'with_errors', errorRows: 2, onTime: false }),
    ];
    const tab = masterTabs({ master, units: statuses })[1];
    expect(tab?.rows[0]?.slice(0, 8)).toEqual(['xa-moi', 'UBND xã Mới', 'Chưa gửi', '', '', '', 0, 0]);
    expect(tab?.rows[1]?.slice(0, 7)).toEqual([
      'so-y-te',
      'Sở Y tế',
      'Còn lỗi',
      1,
      '01/03/2026 08:00',
      'Gửi muộn',
      2,
    ]);
    expect(tab?.rows).toHaveLength(5);
  });

  it('"Trùng lặp": reasons, rows involved with unit and name, decision', () => {
    expect(duplicates?.rows[0]?.slice(1, 5)).toEqual(['g-exact-1', 'Trùng chắc chắn', 1, 'Trùng số CCCD.']);
    expect(String(duplicates?.rows[0]?.[5])).toBe(
      `Sở Y tế, dòng 9: ${master.entries[0]?.displayName}\nUBND xã Tân Thanh, dòng 12: ${master.entries[0]?.displayName}`,
    );
    expect(duplicates?.rows[1]?.[7]).toBe('Chưa quyết định');
    expect(duplicates?.rows[0]?.[7]).toBe('Cùng một người');
  });

  it('"Thống kê": structure with ratios, awards with coefficients and amounts, the budget', () => {
    const byLabel = new Map(stats?.rows.map((r) => [r[1], r]));
    const c = master.stats.campaign;
    expect(byLabel.get('Tổng số hồ sơ')?.slice(2, 4)).toEqual([c.entries, 1]);
    expect(byLabel.get('Nữ (trên số cá nhân)')?.[2]).toBe(c.women);
    expect(byLabel.get('Nữ (trên số cá nhân)')?.[3]).toBeCloseTo(c.women / c.individuals, 4);
    const cstd = byLabel.get('Chiến sĩ thi đua cơ sở');
    expect(cstd?.slice(4, 6)).toEqual([1, (c.byAward.CSTD_CS ?? 0) * 2_340_000]);
    expect(byLabel.get('Tổng dự toán tiền thưởng')?.[5]).toBe(c.budget);
    expect(byLabel.get('Mức lương cơ sở (đồng)')?.[5]).toBe(2_340_000);
  });

  it('"Thay đổi": added, removed, changed fields with Vietnamese names, new groups', () => {
    expect(changes?.rows.map((r) => r[0])).toEqual([
      'Thêm mới',
      'Thêm mới',
      'Bỏ ra',
      'Thay đổi',
      'Thay đổi',
      'Nhóm trùng mới',
    ]);
    expect(changes?.rows[3]?.slice(3)).toEqual(['Năm sinh', '1967', '1968']);
    expect(changes?.rows[4]?.slice(3)).toEqual(['Đảng viên', 'Không', 'Có']);
    const withPrevious = masterTabs({
      master,
      previous: {
        entries: [
          {
            ...master.entries[0],
            nomineeId: 'n-i-99999',
            displayName: 'Người cũ',
          } as (typeof master.entries)[number],
        ],
      },
    })[4];
    expect(withPrevious?.rows[2]?.slice(0, 3)).toEqual(['Bỏ ra', 'n-i-99999', 'Người cũ']);
  });
});

describe('formatInstantVi', () => {
  it('shows an instant in Vietnam time', () => {
    expect(formatInstantVi('2026-03-01T17:30:00.000Z')).toBe('02/03/2026 00:30');
    expect(formatInstantVi(null)).toBe('');
  });
});
