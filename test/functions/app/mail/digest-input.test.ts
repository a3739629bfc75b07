import { describe, expect, it } from 'vitest';
import { masterDigest } from '../../../../functions/app/mail/digest-input';
import { buildDigestView } from '../../../../functions/app/mail/map-views';
import { renderDigest } from '../../../../functions/app/mail/templates/digest';
import { firstMaster, secondMaster } from './support/masters';

describe('masterDigest', () => {
  it('before the first consolidation shows the submitted rows only', () => {
    expect(masterDigest(null, { individuals: 7, collectives: 2 })).toEqual({
      changes: null,
      duplicatesAwaitingReview: { groups: 0, examples: [] },
      overQuota: [],
      totals: { nominees: 9, individuals: 7, collectives: 2 },
      structure: [],
      breakdown: null,
      structureTargets: null,
    });
  });

  it('takes totals, undecided duplicates, over-quota units, structure and sectors from the master', () => {
    const digest = masterDigest(firstMaster(), { individuals: 99, collectives: 99 });
    expect(digest.changes).toBeNull();
    expect(digest.totals).toEqual({ nominees: 2, individuals: 2, collectives: 0 });
    expect(digest.duplicatesAwaitingReview).toEqual({
      groups: 1,
      examples: [{ name: 'Nguyễn Văn An', units: ['Phường Tam Thanh', 'Sở Giáo dục và Đào tạo'] }],
    });
    expect(digest.overQuota).toEqual([{ unitName: 'Sở Giáo dục và Đào tạo', quota: 1, count: 2 }]);
    expect(digest.structure).toEqual([
      { label: 'Nữ', count: 1, of: 2 },
      { label: 'Dân tộc thiểu số', count: 1, of: 2 },
      { label: 'Đảng viên', count: 1, of: 2 },
      { label: 'Trực tiếp lao động, sản xuất', count: 1, of: 2 },
    ]);
    expect(digest.breakdown).toEqual({
      title: 'Theo lĩnh vực',
      bars: [
        { label: 'Kinh tế', count: 1 },
        { label: 'Văn hóa – xã hội', count: 1 },
      ],
    });
  });

  it('reports what changed since the previous master version, with names', () => {
    const digest = masterDigest(secondMaster(), { individuals: 0, collectives: 0 });
    expect(digest.changes).toEqual({
      added: 1,
      removed: 0,
      modified: 1,
      highlights: ['Mới: Vi Thị Hạnh', 'Sửa: Lê Thị Hoa'],
    });
    expect(digest.overQuota).toEqual([{ unitName: 'Phường Tam Thanh', quota: 1, count: 2 }]);
  });

  it('renders into the digest template', () => {
    const units = [{ unitId: 'so-giao-duc', unitName: 'Sở Giáo dục và Đào tạo', version: 1, errors: 0 }];
    const input = {
      campaignName: 'Hội nghị',
      week: '2026-W48',
      deadline: '2026-12-15',
      deadlineAt: '2026-12-15T10:00:00.000Z',
      units,
    };
    const view = buildDigestView(
      { ...input, ...masterDigest(secondMaster(), { individuals: 0, collectives: 0 }) },
      '2026-11-27',
      'Asia/Ho_Chi_Minh',
    );
    const mail = renderDigest(view);
    expect(mail.html).toContain('Mới: Vi Thị Hạnh');
    expect(mail.text).toContain('Phường Tam Thanh: 2/1');
    expect(mail.html).toContain('Phường Tam Thanh');
  });
});
