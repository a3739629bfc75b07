// Weekly digest: the structure against the campaign's targets, from the hand-computed fixture
// (test/fixtures/structure/README.md), mapped by masterDigest and rendered (HTML and text).
import { describe, expect, it } from 'vitest';
import { masterDigest } from '../../../../functions/app/mail/digest-input';
import { renderDigest } from '../../../../functions/app/mail/templates/digest';
import { computeStats } from '../../../../shared/consolidation/compute-stats';
import { STRUCTURE_ENTRIES, STRUCTURE_OPTIONS } from '../../../fixtures/structure/entries';
import { firstMaster } from './support/masters';
import { digestView } from './support/views';
import { expectMailSafe } from './templates/templates.helpers';

const stats = computeStats({ entries: STRUCTURE_ENTRIES }, STRUCTURE_OPTIONS);
const digest = masterDigest({ ...firstMaster(), stats }, { individuals: 0, collectives: 0 });

describe('digest: structure against targets', () => {
  it('maps the whole list (groups with a target) and the units that miss a target or their seats', () => {
    expect(digest.structureTargets).toEqual({
      persons: 4,
      basis: 'delegates',
      seats: { used: 5, limit: 5 },
      lines: [
        { label: 'Nữ', count: 2, share: 0.5, target: '≥ 50%', verdict: 'Đạt', ok: true },
        {
          label: 'Dân tộc thiểu số',
          count: 1,
          share: 0.25,
          target: '≥ 30%',
          verdict: 'Thiếu 1 người',
          ok: false,
        },
        { label: 'Lao động trực tiếp', count: 2, share: 0.5, target: '50%–60%', verdict: 'Đạt', ok: true },
        { label: 'Công nhân', count: 1, share: 0.25, target: '≥ 10%', verdict: 'Đạt', ok: true },
        { label: 'Trí thức, nhà khoa học', count: 1, share: 0.25, target: '≥ 20%', verdict: 'Đạt', ok: true },
        { label: 'Thanh niên', count: 2, share: 0.5, target: '30%–40%', verdict: 'Vượt 1 người', ok: false },
      ],
      units: [
        {
          unitName: 'Đơn vị A',
          problems: ['vượt số ghế (3/2)', 'Lao động trực tiếp: vượt 1 người', 'Thanh niên: vượt 1 người'],
        },
        {
          unitName: 'Đơn vị B',
          problems: [
            'vượt số ghế (3/2)',
            'Dân tộc thiểu số: thiếu 1 người',
            'Lao động trực tiếp: thiếu 1 người',
            'Công nhân: thiếu 1 người',
            'Thanh niên: thiếu 1 người',
          ],
        },
      ],
      moreUnits: 0,
    });
  });

  it('is null without targets and seat quotas, or for statistics counted before structure', () => {
    const plain = computeStats({ entries: STRUCTURE_ENTRIES }, { referenceDate: '2025-06-30' });
    expect(
      masterDigest({ ...firstMaster(), stats: plain }, { individuals: 0, collectives: 0 }).structureTargets,
    ).toBeNull();
    const { structure: _s, ...old } = stats;
    expect(
      masterDigest({ ...firstMaster(), stats: old }, { individuals: 0, collectives: 0 }).structureTargets,
    ).toBeNull();
  });

  it('renders a table and the units in the HTML mail, and lines in the text part', () => {
    const mail = renderDigest({ ...digestView(), structureTargets: digest.structureTargets ?? null });
    expect(mail.html).toContain('Cơ cấu so với chỉ tiêu');
    expect(mail.html).toContain('Tính trên 4 đại biểu cá nhân; 5/5 ghế đại biểu.');
    expect(mail.html).toContain('Thiếu 1 người');
    expect(mail.html).toContain('Đơn vị chưa đạt cơ cấu (2)');
    expect(mail.html).toContain('Đơn vị B: vượt số ghế (3/2); Dân tộc thiểu số: thiếu 1 người;');
    expect(mail.text).toContain('Dân tộc thiểu số: 1/4 (25%), chỉ tiêu ≥ 30%: Thiếu 1 người');
    expectMailSafe(mail);
    expect(renderDigest(digestView()).html).not.toContain('Cơ cấu so với chỉ tiêu');
  });
});
