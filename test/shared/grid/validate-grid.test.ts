import { describe, expect, it } from 'vitest';
import { validateGrid } from '../../../shared/grid/validate-grid';
import { ISSUE_CODES } from '../../../shared/issues';
import { individualNominationSchema } from '../../../shared/schema/nomination';
import { col, collective, collectiveGrid, individualGrid, person } from './fixtures';
import { ISSUE_CASES } from './issue-cases';

const IND = { kind: 'individual', today: '2026-05-01' } as const;

describe('validateGrid: one case per issue code', () => {
  it.each(ISSUE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = validateGrid(c.grid, c.context);
    const found = result.issues.filter((i) => i.code === c.expected.code);
    expect(found.length, JSON.stringify(result.issues)).toBeGreaterThan(0);
    expect(found[0]).toMatchObject(c.expected);
    expect(found[0]?.severity).toBe(ISSUE_CODES[c.expected.code as keyof typeof ISSUE_CODES].severity);
  });

  it('exercises every ISSUE_CODES entry', () => {
    const exercised = new Set(ISSUE_CASES.map((c) => c.expected.code));
    expect(Object.keys(ISSUE_CODES).filter((code) => !exercised.has(code))).toEqual([]);
  });
});

describe('validateGrid: valid lists', () => {
  it('reads a valid individual row into typed data that the zod schema accepts', () => {
    const result = validateGrid(individualGrid([person()]), IND);
    expect(result.issues).toEqual([]);
    expect(result.summary).toEqual({ rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 });
    const [row] = result.rows;
    expect(row).toMatchObject({ sheetRow: 6, kind: 'individual', valid: true });
    expect(row?.data).toMatchObject({
      fullName: 'Nguyễn Văn An',
      gender: 'male',
      birthYear: 1985,
      ethnicity: '01',
      cccd: '020085001234',
      education: 'university',
      educationText: 'Cử nhân Luật',
      partyMember: true,
      socialComposition: 'official',
      directLabourer: false,
      award: 'LDTT',
      movement: 'NTM',
      taskRating: 'good',
    });
    expect(individualNominationSchema.safeParse(row?.data).success).toBe(true);
  });

  it('reads a valid collective row', () => {
    const result = validateGrid(collectiveGrid([collective()]), { kind: 'collective', today: '2026-05-01' });
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.data).toMatchObject({
      collectiveName: 'Phòng Tổ chức cán bộ',
      award: 'TTLDXS',
      memberCount: 20,
    });
  });

  it('accepts NFD input, unaccented names and upper-case headers, and stores NFC', () => {
    const nfdName = 'Nguyễn Thị Ánh'.normalize('NFD');
    const grid = {
      header: ['HỌ VÀ TÊN', 'Nam sinh', 'gioi tinh', 'Dan toc', 'hinh thuc de nghi'],
      rows: [
        [nfdName, 1990, 'nu', 'tay', 'bang khen ubnd tinh'],
        ['Nguyen Van An', 1984, 'NAM', 'Kinh', 'Giấy khen'],
      ],
      firstRow: 3,
    };
    const result = validateGrid(grid, IND);
    const data = result.rows.map((r) => r.data);
    expect(data[0]).toMatchObject({
      fullName: 'Nguyễn Thị Ánh',
      gender: 'female',
      ethnicity: '02',
      award: 'BK_TINH',
    });
    expect((data[0] as { fullName: string }).fullName).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(data[1]).toMatchObject({ fullName: 'Nguyen Van An', gender: 'male', award: 'GIAY_KHEN' });
  });

  it('reads the split birth-year layout: the column gives the gender, a full date gives the birth date', () => {
    const grid = {
      header: [
        [
          'TT',
          'Họ và tên',
          'Năm sinh',
          '',
          'Chức vụ, đơn vị công tác',
          'Đảng viên, đoàn viên',
          'Hình thức đề nghị',
        ],
        ['', '', 'Nam', 'Nữ', '', '', ''],
      ],
      rows: [
        [1, 'Hoàng Văn Dũng', 1975, '', 'Bí thư Đảng ủy, xã Mai Pha', 'Đảng viên', 'Giấy khen'],
        [2, 'Lý Thị Mai', '', '05/09/1992', 'Giáo viên - Trường THCS Kim Đồng', 'Đoàn viên', 'Giấy khen'],
      ],
      firstRow: 9,
    };
    const result = validateGrid(grid, { ...IND, rules: { achievementsRequired: false } });
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.data)).toEqual([
      {
        fullName: 'Hoàng Văn Dũng',
        gender: 'male',
        birthYear: 1975,
        position: 'Bí thư Đảng ủy',
        workplace: 'xã Mai Pha',
        partyMember: true,
        award: 'GIAY_KHEN',
      },
      {
        fullName: 'Lý Thị Mai',
        gender: 'female',
        birthYear: 1992,
        birthDate: '1992-09-05',
        position: 'Giáo viên',
        workplace: 'Trường THCS Kim Đồng',
        unionMember: true,
        award: 'GIAY_KHEN',
      },
    ]);
  });

  it('reads dates as serial numbers, Date objects and ISO instants in Vietnam time', () => {
    const rows = [
      person({ 'Ngày sinh': 31121, 'Năm sinh': '' }), // serial 31121 = 15/03/1985
      person({ 'Ngày sinh': new Date('1985-03-14T17:00:00.000Z'), 'Năm sinh': '', 'Số CCCD': '' }),
      person({ 'Ngày sinh': '1985-03-14T17:00:00.000Z', 'Năm sinh': '', 'Số CCCD': '' }),
    ];
    const result = validateGrid(individualGrid(rows), IND);
    expect(result.rows.map((r) => (r.data as { birthDate?: string }).birthDate)).toEqual([
      '1985-03-15',
      '1985-03-15',
      '1985-03-15',
    ]);
  });

  it('ignores empty rows, pre-numbered template rows and trailing blanks', () => {
    const result = validateGrid(individualGrid([person(), [2, '', null, '  '], [], [3], [4, '\u200B']]), IND);
    expect(result.summary.rows).toBe(1);
    expect(result.issues).toEqual([]);
  });

  it('uses firstColumn for issue columns and tolerates extra, reordered columns', () => {
    const grid = {
      header: ['Ghi chú nội bộ', 'Hình thức đề nghị', 'Số CCCD', 'Giới tính', 'Năm sinh', 'Họ và tên'],
      rows: [['abc', 'Giấy khen', '0200850012', 'Nam', 1985, 'Đỗ Văn Đức']],
      firstRow: 4,
      firstColumn: 3,
    };
    const result = validateGrid(grid, { ...IND, rules: { achievementsRequired: false } });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'cccd.format', row: 4, column: 5, field: 'cccd' }),
    ]);
  });

  it('reports a row with five problems at once', () => {
    const row = person({
      'Họ và tên': 'nguyen van 5',
      'Số CCCD': '1234',
      'Số điện thoại': '12345',
      Email: 'khong co',
      'Dân tộc': 'Mán',
    });
    const result = validateGrid(individualGrid([row]), IND);
    expect(result.issues.map((i) => [i.code, i.column])).toEqual(
      [
        ['name.invalid', col('Họ và tên')],
        ['ethnicity.ambiguous', col('Dân tộc')],
        ['cccd.format', col('Số CCCD')],
        ['phone.invalid', col('Số điện thoại')],
        ['email.invalid', col('Email')],
        ['required.missing', col('Họ và tên')],
      ].filter(([code]) => code !== 'required.missing'),
    );
    expect(result.rows[0]?.valid).toBe(false);
    expect(result.summary).toMatchObject({ rows: 1, validRows: 0, errorRows: 1, errors: 4, warnings: 1 });
  });

  it('marks every row invalid when a required column is missing, and says so once', () => {
    const grid = {
      header: ['Họ và tên', 'Năm sinh', 'Hình thức đề nghị'],
      rows: [
        ['Lê Văn Tám', 1980, 'Giấy khen'],
        ['Lê Thị Chín', 1981, 'Giấy khen'],
      ],
      firstRow: 2,
    };
    const result = validateGrid(grid, { ...IND, rules: { achievementsRequired: false } });
    expect(result.issues.filter((i) => i.code === 'header.missingRequired')).toHaveLength(1);
    expect(result.issues).toHaveLength(1);
    expect(result.rows.every((r) => !r.valid)).toBe(true);
  });

  it('applies the campaign default proposal to rows that mark nothing', () => {
    const grid = {
      header: ['Họ và tên', 'Năm sinh', 'Giới tính'],
      rows: [['Lê Văn Tám', 1980, 'Nam']],
      firstRow: 2,
    };
    const result = validateGrid(grid, { ...IND, rules: { defaultProposal: 'delegate' } });
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.data).toMatchObject({ delegate: true });
  });

  it('never throws on hostile input and reports it', () => {
    for (const grid of [
      null,
      undefined,
      42,
      { rows: 'x', header: [], firstRow: 1 },
      { rows: [], header: [], firstRow: 0 },
    ]) {
      const result = validateGrid(grid as never, IND);
      expect(result.issues[0]?.code).toBe('grid.malformed');
    }
    expect(validateGrid(individualGrid([person()]), { kind: 'other' } as never).issues[0]?.code).toBe(
      'grid.malformed',
    );
  });
});
