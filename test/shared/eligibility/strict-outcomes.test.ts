// Missing input is never a failure (issue 11 item 1) and the evaluation year is the campaign's (item 2): checked
// through validateGrid, the path every entry point uses.
import { describe, expect, it } from 'vitest';
import { defaultEvaluationYear } from '../../../shared/eligibility/evaluation-year';
import type { NominationKind } from '../../../shared/grid/types';
import { validateGrid } from '../../../shared/grid/validate-grid';
import { AWARDS } from '../../../shared/vocab/awards';

const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, có nhiều đóng góp cho phong trào thi đua của đơn vị.';

function minimalGrid(kind: NominationKind, award: string) {
  return kind === 'individual'
    ? {
        header: ['Họ và tên', 'Năm sinh', 'Giới tính', 'Hình thức đề nghị', 'Tóm tắt thành tích'],
        rows: [['Nguyễn Văn An', 1980, 'Nam', award, ACHIEVEMENTS]],
        firstRow: 2,
      }
    : {
        header: ['Tên tập thể', 'Hình thức đề nghị', 'Tóm tắt thành tích'],
        rows: [['Phòng Tổ chức cán bộ', award, ACHIEVEMENTS]],
        firstRow: 2,
      };
}

const CASES = AWARDS.flatMap((a) =>
  a.kinds
    .filter((k): k is NominationKind => k === 'individual' || k === 'collective')
    .map((kind) => [a.code, kind, a.label] as const),
);

describe('strict eligibility outcomes', () => {
  it.each(CASES)(
    '%s (%s) on a row with only the mandatory columns: no eligibility error',
    (_code, kind, label) => {
      const result = validateGrid(minimalGrid(kind, label), {
        kind,
        today: '2026-06-01',
        evaluationYear: 2025,
      });
      const errors = result.issues.filter((i) => i.severity === 'error');
      expect(errors).toEqual([]);
      for (const w of result.issues.filter((i) => i.code.startsWith('eligibility.')))
        expect(w.message).toMatch(/Hãy bổ sung "/);
    },
  );

  it.each(CASES)(
    '%s (%s) with unrelated prior awards in free text: no eligibility error',
    (_code, kind, label) => {
      const grid = minimalGrid(kind, label);
      grid.header.push('Khen thưởng đã đạt');
      (grid.rows[0] as unknown[]).push('Giấy khen của Giám đốc Sở năm 2023; Bằng khen Bộ Tài chính 2021');
      const result = validateGrid(grid, { kind, today: '2026-06-01', evaluationYear: 2025 });
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    },
  );

  it('covers every award', () => {
    expect(new Set(CASES.map(([c]) => c)).size).toBe(
      AWARDS.filter((a) => a.kinds.some((k) => k !== 'household')).length,
    );
  });

  it('evaluates the year the context gives, not the clock', () => {
    const grid = minimalGrid('individual', 'Chiến sĩ thi đua cơ sở');
    grid.header.push('Xếp loại', 'Khen thưởng đã đạt');
    (grid.rows[0] as unknown[]).push('Hoàn thành xuất sắc nhiệm vụ', 'Lao động tiên tiến năm 2024');
    const in2024 = validateGrid(grid, { kind: 'individual', today: '2026-06-01', evaluationYear: 2024 });
    expect(in2024.issues).toEqual([]);
    const in2025 = validateGrid(grid, { kind: 'individual', today: '2026-06-01', evaluationYear: 2025 });
    expect(in2025.issues.map((i) => [i.code, i.severity])).toEqual([['eligibility.unverifiable', 'warning']]);
    const rulesWin = validateGrid(grid, {
      kind: 'individual',
      today: '2026-06-01',
      evaluationYear: 2025,
      rules: { evaluationYear: 2024 },
    });
    expect(rulesWin.issues).toEqual([]);
  });

  it('a title proposed for the same nominee in the same campaign satisfies "holds it this year"', () => {
    const grid = minimalGrid('individual', 'Chiến sĩ thi đua cơ sở');
    grid.header.push('Xếp loại', 'Số CCCD');
    (grid.rows[0] as unknown[]).push('Hoàn thành xuất sắc nhiệm vụ', '001080012345');
    const context = { kind: 'individual' as const, today: '2026-06-01', evaluationYear: 2025 };
    const byCccd = validateGrid(grid, {
      ...context,
      campaignProposals: [{ awardCode: 'LDTT', cccd: '001080012345' }],
    });
    expect(byCccd.issues).toEqual([]);
    const byName = validateGrid(grid, {
      ...context,
      campaignProposals: [{ awardCode: 'LDTT', fullName: 'NGUYỄN VĂN AN', birthYear: 1980 }],
    });
    expect(byName.issues).toEqual([]);
    const other = validateGrid(grid, {
      ...context,
      campaignProposals: [{ awardCode: 'LDTT', fullName: 'Nguyễn Văn An', birthYear: 1981 }],
    });
    expect(other.issues.map((i) => i.code)).toEqual(['eligibility.unverifiable']);
  });
});

describe('defaultEvaluationYear', () => {
  it.each([
    ['2026-12-20T17:00:00+07:00', 'hoi-nghi-dien-hinh-tien-tien', 2026],
    ['2026-06-30T17:00:00+07:00', 'dai-hoi-thi-dua-yeu-nuoc', 2026],
    ['2027-01-15T17:00:00+07:00', 'hoi-nghi-dien-hinh-tien-tien', 2026],
    ['2027-03-31T23:59:00+07:00', 'khac', 2026],
    ['2027-04-01T00:00:00+07:00', 'khac', 2027],
    ['2027-01-15T17:00:00+07:00', 'bieu-duong-nguoi-tot-viec-tot', 2027],
    ['2027-02-01', 'bieu-duong-lao-dong-gioi-sang-tao', 2027],
  ])('deadline %s, %s → %i', (deadline, eventKind, year) => {
    expect(defaultEvaluationYear({ deadline, eventKind })).toBe(year);
  });

  it('reads the local date as written, not the UTC instant', () => {
    expect(defaultEvaluationYear({ deadline: '2027-04-01T00:30:00+07:00', eventKind: 'khac' })).toBe(2027);
  });
});
