// The award history sheet reader (pure): tolerant headers, free-text awards to codes, identity rules, decisions
// written in one column or two, coded cell issues.
import { describe, expect, it } from 'vitest';
import {
  awardsFromSheets,
  historyFieldOf,
} from '../../../../functions/app/consolidation/award-history-sheet';
import type { PlainCell, SheetMatrix } from '../../../../functions/app/submissions/import-grids';

const sheet = (values: PlainCell[][], name = 'DS'): SheetMatrix => ({
  name,
  values,
  merges: [],
  legacyFonts: {},
});

describe('award history headers', () => {
  it('matches labels whatever the case, diacritics, punctuation and trailing words', () => {
    expect(historyFieldOf('HỌ VÀ TÊN (chữ in hoa)')).toBe('fullName');
    expect(historyFieldOf('Năm sinh')).toBe('birthYear');
    expect(historyFieldOf('Nam')).toBe('year');
    expect(historyFieldOf('So, ngay quyet dinh')).toBe('decision');
    expect(historyFieldOf('Số QĐ')).toBe('decisionNumber');
    expect(historyFieldOf('Ngày ký quyết định')).toBe('decisionDate');
    expect(historyFieldOf('Ghi chú')).toBeUndefined();
  });
});

describe('awardsFromSheets', () => {
  it('reads decisions from separate columns, a combined column or the year alone', () => {
    const result = awardsFromSheets(
      [
        sheet([
          ['Danh sách'],
          ['TT', 'Họ tên', 'Năm sinh', 'Tên tập thể', 'Danh hiệu', 'Năm', 'Số QĐ', 'Ngày QĐ'],
          [1, 'nguyễn thị lan', 1988, '', 'Lao động tiên tiến', '', '12/QĐ-UBND', '20/12/2023'],
          [2, '', '', 'Trường THCS Tân Thanh', 'Tập thể lao động xuất sắc', 2022, '', ''],
          [3, 'Hà Văn Nam', '1970', '', 'CSTĐ cơ sở', 2021, '', ''],
        ]),
      ],
      2026,
    );
    expect(result.issues).toEqual([]);
    expect(result.awards.map((a) => a.entry)).toEqual([
      {
        fullName: 'Nguyễn Thị Lan',
        birthYear: 1988,
        awardCode: 'LDTT',
        year: 2023,
        decisionNumber: '12/QĐ-UBND',
        decisionDate: '2023-12-20',
      },
      { collectiveName: 'Trường THCS Tân Thanh', awardCode: 'TTLDXS', year: 2022 },
      { fullName: 'Hà Văn Nam', birthYear: 1970, awardCode: 'CSTD_CS', year: 2021 },
    ]);
  });

  it('codes each bad cell with its sheet, row and column, and records nothing for the row', () => {
    const result = awardsFromSheets(
      [
        sheet([
          ['Họ và tên', 'Số CCCD', 'Hình thức khen thưởng', 'Năm khen thưởng'],
          ['Lê Văn A1', '001080000001', 'Lao động tiên tiến', 2023],
          ['Lê Văn Bảo', '12345', 'Lao động tiên tiến', 2023],
          ['Lê Văn Cường', '001080000001', '', 2023],
          ['Lê Văn Dũng', '001080000002', 'Lao động tiên tiến', 2031],
          ['', '001080000003', 'Lao động tiên tiến', 2023],
        ]),
      ],
      2026,
    );
    expect(result.awards).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column, i.field, i.code, i.severity])).toEqual([
      [2, 1, 'fullName', 'name.invalid', 'error'],
      [3, 2, 'cccd', 'cccd.format', 'error'],
      [4, 3, 'award', 'awardHistory.awardMissing', 'error'],
      [5, 4, 'year', 'awardHistory.yearInvalid', 'error'],
      [6, 1, 'fullName', 'awardHistory.nameMissing', 'error'],
    ]);
    expect(result.issues.every((i) => /[ăâđêôơư]/u.test(i.message))).toBe(true);
  });

  it('skips sheets without a name, an award and a year or decision column', () => {
    const result = awardsFromSheets(
      [
        sheet(
          [
            ['Họ và tên', 'Ghi chú'],
            ['Lê Văn An', 'x'],
          ],
          'Khác',
        ),
      ],
      2026,
    );
    expect(result.sheets).toEqual([]);
    expect(result.skipped).toEqual(['Khác']);
  });
});
