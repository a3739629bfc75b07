// "Tổng hợp" tab: a review of content the unit changed since shows "Cần duyệt lại" and the old → new values.
import { describe, expect, it } from 'vitest';
import { summaryTab } from '../../../../functions/app/outputs/tab-summary';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';

describe('summaryTab with reviews', () => {
  it('shows needsReReview and the changed fields, award codes as labels', () => {
    const master = sampleMaster();
    const [first, second] = master.entries;
    if (!first || !second) throw new Error('sample too small');
    const changed = {
      ...first,
      review: {
        state: 'needsReReview' as const,
        reviewedState: 'approved' as const,
        reviewedBy: 'b@x.example',
        reviewedAt: '2026-07-01T00:00:00Z',
        changedFields: [
          { field: 'award', label: 'Hình thức đề nghị', before: 'LDTT', after: 'CSTD_CS' },
          { field: 'position', label: 'Chức vụ', before: null, after: 'Trưởng phòng' },
        ],
      },
    };
    const tab = summaryTab({ entries: [changed, second] });
    const column = (header: string) => tab.columns.findIndex((c) => c.header === header);
    const row = tab.rows[0] ?? [];
    expect(row[column('Trạng thái xét duyệt')]).toBe('Cần duyệt lại');
    expect(row[column('Thay đổi sau khi duyệt')]).toBe(
      'Hình thức đề nghị: Lao động tiên tiến → Chiến sĩ thi đua cơ sở\nChức vụ: (trống) → Trưởng phòng',
    );
    expect(tab.rows[1]?.[column('Thay đổi sau khi duyệt')]).toBe('');
  });
});
