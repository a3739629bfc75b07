// One or more validateGrid cases per issue code, with the coordinates the issue must carry. Shared by the
// table-driven test and the coverage test (every ISSUE_CODES entry is exercised).

import type { Grid } from '../../../shared/grid/types';
import type { ValidationContext } from '../../../shared/schema/campaign-rules';
import { ccol, col, collective, collectiveGrid, INDIVIDUAL_HEADER, individualGrid, person } from './fixtures';

export interface IssueCase {
  name: string;
  grid: Grid;
  context: ValidationContext;
  expected: { code: string; row?: number; column?: number; field?: string };
}

const IND: ValidationContext = { kind: 'individual', today: '2026-05-01' };
const COLL: ValidationContext = { kind: 'collective', today: '2026-05-01' };

function ind(
  name: string,
  overrides: Parameters<typeof person>[0],
  expected: IssueCase['expected'],
  context = IND,
): IssueCase {
  return { name, grid: individualGrid([person(overrides)]), context, expected: { row: 6, ...expected } };
}

function coll(
  name: string,
  overrides: Parameters<typeof collective>[0],
  expected: IssueCase['expected'],
  context = COLL,
): IssueCase {
  return { name, grid: collectiveGrid([collective(overrides)]), context, expected: { row: 6, ...expected } };
}

const DOSSIER_COLUMN = INDIVIDUAL_HEADER.length + 1;
const DRIVE_FILE = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view';

/** The default nominee with a "Hồ sơ" column after the template's. */
function withDossier(name: string, cell: string, code: string): IssueCase {
  const grid: Grid = { ...individualGrid([[...person(), cell]]), header: [...INDIVIDUAL_HEADER, 'Hồ sơ'] };
  return { name, grid, context: IND, expected: { code, row: 6, column: DOSSIER_COLUMN, field: 'dossier' } };
}

const throwingRow: unknown[] = person();
Object.defineProperty(throwingRow, 1, {
  get() {
    throw new Error('cell getter failed');
  },
});

export const ISSUE_CASES: IssueCase[] = [
  {
    name: 'grid without rows array',
    grid: { header: ['Họ và tên'], firstRow: 2 } as unknown as Grid,
    context: IND,
    expected: { code: 'grid.malformed', row: 2, column: 0 },
  },
  {
    name: 'a row whose cell getter throws',
    grid: individualGrid([person(), throwingRow]),
    context: IND,
    expected: { code: 'row.unreadable', row: 7, column: 0 },
  },
  {
    name: 'only empty and pre-numbered rows',
    grid: individualGrid([[1, '', ''], [2], []]),
    context: IND,
    expected: { code: 'grid.noRows', row: 6 },
  },
  {
    name: 'header without a name column',
    grid: {
      header: ['STT', 'Năm sinh', 'Giới tính', 'Hình thức đề nghị'],
      rows: [[1, 1985, 'Nam', 'Giấy khen']],
      firstRow: 5,
    },
    context: IND,
    expected: { code: 'header.missingRequired', row: 4, column: 0, field: 'fullName' },
  },
  {
    name: 'two name columns',
    grid: {
      header: ['Họ và tên', 'Năm sinh', 'Giới tính', 'Hình thức đề nghị', 'HỌ TÊN'],
      rows: [['Lê Văn Hùng', 1970, 'Nam', 'Giấy khen', 'x']],
      firstRow: 3,
    },
    context: IND,
    expected: { code: 'header.duplicateColumn', row: 2, column: 5 },
  },
  ind(
    'empty name',
    { 'Họ và tên': '  ' },
    { code: 'required.missing', column: col('Họ và tên'), field: 'fullName' },
  ),
  ind(
    'campaign requires CCCD',
    { 'Số CCCD': '' },
    { code: 'required.missing', column: col('Số CCCD'), field: 'cccd' },
    { ...IND, rules: { requiredFields: ['cccd'] } },
  ),
  ind(
    'nothing proposed',
    { 'Hình thức đề nghị': '', 'Đại biểu dự hội nghị': '' },
    { code: 'row.noProposal', column: 0, field: '' },
  ),
  {
    name: 'same CCCD twice',
    grid: individualGrid([person(), person({ 'Họ và tên': 'Nguyễn Văn Ân' })]),
    context: IND,
    expected: { code: 'row.duplicateInSheet', row: 7, column: 0 },
  },
  ind(
    'object in a text cell',
    { 'Chức vụ': { text: 'Trưởng phòng' } },
    { code: 'cell.unreadable', column: col('Chức vụ'), field: 'position' },
  ),
  ind(
    'huge position text',
    { 'Chức vụ': 'Trưởng phòng '.repeat(100) },
    { code: 'text.tooLong', column: col('Chức vụ'), field: 'position' },
  ),
  ind(
    'digits in a name',
    { 'Họ và tên': 'Nguyễn Văn 2' },
    { code: 'name.invalid', column: col('Họ và tên'), field: 'fullName' },
  ),
  ind(
    'one-word name',
    { 'Họ và tên': 'An' },
    { code: 'name.incomplete', column: col('Họ và tên'), field: 'fullName' },
  ),
  ind(
    '31/02',
    { 'Ngày sinh': '31/02/1985' },
    { code: 'date.invalid', column: col('Ngày sinh'), field: 'birthDate' },
  ),
  ind(
    'serial 60',
    { 'Ngày sinh': 60, 'Năm sinh': '' },
    { code: 'date.phantom', column: col('Ngày sinh'), field: 'birthDate' },
  ),
  ind(
    'year as words',
    { 'Năm sinh': 'tám lăm' },
    { code: 'year.invalid', column: col('Năm sinh'), field: 'birthYear' },
  ),
  ind(
    'born in the future',
    { 'Năm sinh': 2030, 'Số CCCD': '' },
    { code: 'year.outOfRange', column: col('Năm sinh'), field: 'birthYear' },
  ),
  ind(
    'birth date vs year',
    { 'Ngày sinh': '12/03/1986' },
    { code: 'birth.mismatch', column: col('Ngày sinh'), field: 'birthDate' },
  ),
  ind(
    'gender "Trai gái"',
    { 'Giới tính': 'Không rõ' },
    { code: 'gender.invalid', column: col('Giới tính'), field: 'gender' },
  ),
  {
    name: 'year under both Nam and Nữ',
    grid: {
      header: [
        ['STT', 'Họ và tên', 'Năm sinh', '', 'Hình thức đề nghị'],
        ['', '', 'Nam', 'Nữ', ''],
      ],
      rows: [[1, 'Vi Thị Hoa', 1980, 1980, 'Giấy khen']],
      firstRow: 7,
    },
    context: IND,
    expected: { code: 'gender.bothColumns', row: 7, column: 4, field: 'gender' },
  },
  ind(
    'initiatives "nhiều"',
    { 'Số sáng kiến, đề tài': 'nhiều' },
    { code: 'number.invalid', column: col('Số sáng kiến, đề tài'), field: 'initiatives' },
  ),
  ind(
    'party member "chắc có"',
    { 'Đảng viên': 'chắc có' },
    { code: 'boolean.invalid', column: col('Đảng viên'), field: 'partyMember' },
  ),
  ind(
    'CCCD of 9 digits (old CMND)',
    { 'Số CCCD': '082123456' },
    { code: 'cccd.format', column: col('Số CCCD'), field: 'cccd' },
  ),
  ind(
    'award proposed without an achievement summary',
    { 'Tóm tắt thành tích': '' },
    { code: 'achievements.missing', column: col('Tóm tắt thành tích'), field: 'achievements' },
  ),
  ind(
    'name typed in TCVN3',
    { 'Họ và tên': 'NguyÔn V¨n An' },
    { code: 'text.legacyEncoding', column: col('Họ và tên'), field: 'fullName' },
  ),
  ind(
    'NUL pasted into a workplace',
    { 'Đơn vị công tác': 'Sở Tài chính\u0000' },
    { code: 'text.controlChars', column: col('Đơn vị công tác'), field: 'workplace' },
  ),
  ind(
    'CCCD typed as a number',
    { 'Số CCCD': 20085001234 },
    { code: 'cccd.leadingZeroLost', column: col('Số CCCD'), field: 'cccd' },
  ),
  ind(
    'CCCD of Hà Nội typed as a number (two zeros lost)',
    { 'Số CCCD': 1085001234 },
    { code: 'cccd.leadingZerosLost', column: col('Số CCCD'), field: 'cccd' },
  ),
  ind(
    'CCCD province 003',
    { 'Số CCCD': '003085001234' },
    { code: 'cccd.province', column: col('Số CCCD'), field: 'cccd' },
  ),
  ind(
    'CCCD of a woman',
    { 'Số CCCD': '020185001234' },
    { code: 'cccd.genderMismatch', column: col('Số CCCD'), field: 'cccd' },
  ),
  ind(
    'CCCD born 1986',
    { 'Số CCCD': '020086001234' },
    { code: 'cccd.birthYearMismatch', column: col('Số CCCD'), field: 'cccd' },
  ),
  ind(
    'phone of 8 digits',
    { 'Số điện thoại': '09123456' },
    { code: 'phone.invalid', column: col('Số điện thoại'), field: 'phone' },
  ),
  ind(
    'mobile prefix 080',
    { 'Số điện thoại': '0801234567' },
    { code: 'phone.unknownPrefix', column: col('Số điện thoại'), field: 'phone' },
  ),
  ind(
    'email without domain',
    { Email: 'an.nv@' },
    { code: 'email.invalid', column: col('Email'), field: 'email' },
  ),
  ind(
    'ethnicity "Kinh tế"',
    { 'Dân tộc': 'Kinh tế' },
    { code: 'ethnicity.unknown', column: col('Dân tộc'), field: 'ethnicity' },
  ),
  ind(
    'ethnicity "Mán"',
    { 'Dân tộc': 'Mán' },
    { code: 'ethnicity.ambiguous', column: col('Dân tộc'), field: 'ethnicity' },
  ),
  ind(
    'award "Huy hiệu"',
    { 'Hình thức đề nghị': 'Huy hiệu Bác Hồ' },
    { code: 'award.unknown', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'collective award for a person',
    { 'Hình thức đề nghị': 'Tập thể lao động xuất sắc' },
    { code: 'award.wrongKind', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'award outside the campaign subset',
    { 'Hình thức đề nghị': 'Giấy khen' },
    { code: 'award.notAllowed', column: col('Hình thức đề nghị'), field: 'award' },
    { ...IND, rules: { allowedAwards: ['BK_TINH', 'LDTT'] } },
  ),
  ind(
    'unknown movement',
    { 'Phong trào thi đua': 'Phong trào trồng cây' },
    { code: 'movement.unknown', column: col('Phong trào thi đua'), field: 'movement' },
  ),
  ind(
    'sector "Nông nghiệp"',
    { 'Lĩnh vực': 'Nông nghiệp' },
    { code: 'vocab.unknown', column: col('Lĩnh vực'), field: 'sector' },
  ),
  ind(
    'education "Kỹ thuật viên"',
    { 'Trình độ chuyên môn': 'Kỹ thuật viên' },
    { code: 'level.unrecognised', column: col('Trình độ chuyên môn'), field: 'education' },
  ),
  ind(
    'achievements "Tốt"',
    { 'Tóm tắt thành tích': 'Hoàn thành tốt' },
    { code: 'achievements.tooShort', column: col('Tóm tắt thành tích'), field: 'achievements' },
  ),
  ind(
    'achievements of 3,000 characters',
    { 'Tóm tắt thành tích': 'Thành tích xuất sắc. '.repeat(150) },
    { code: 'achievements.tooLong', column: col('Tóm tắt thành tích'), field: 'achievements' },
  ),
  coll(
    'more LĐTT than members',
    { 'Số đạt Lao động tiên tiến': 25 },
    { code: 'collective.memberCounts', column: ccol('Số đạt Lao động tiên tiến'), field: 'advancedMembers' },
  ),
  ind(
    'LĐTT with "Hoàn thành nhiệm vụ"',
    { 'Xếp loại': 'Hoàn thành nhiệm vụ' },
    { code: 'eligibility.taskRating', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'CSTĐ tỉnh after 2 years',
    {
      'Hình thức đề nghị': 'CSTĐ tỉnh',
      'Số năm liên tục': 2,
      'Số sáng kiến, đề tài': 1,
      'Phạm vi ảnh hưởng': 'Toàn tỉnh',
    },
    { code: 'eligibility.consecutiveYears', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'CSTĐ cơ sở with a task rating that rules out LĐTT this year',
    {
      'Hình thức đề nghị': 'Chiến sĩ thi đua cơ sở',
      'Xếp loại': 'Hoàn thành nhiệm vụ',
      'Số sáng kiến, đề tài': 1,
      'Khen thưởng đã đạt': 'Lao động tiên tiến năm 2024',
    },
    { code: 'eligibility.titleThisYear', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'CSTĐ tỉnh with a grassroots initiative',
    {
      'Hình thức đề nghị': 'CSTĐ tỉnh',
      'Số năm liên tục': 3,
      'Số sáng kiến, đề tài': 1,
      'Phạm vi ảnh hưởng': 'Cơ sở',
    },
    { code: 'eligibility.initiatives', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  coll(
    'TTLĐXS at 60 %',
    { 'Số đạt Lao động tiên tiến': 12 },
    { code: 'eligibility.memberShare', column: ccol('Hình thức đề nghị'), field: 'award' },
  ),
  coll(
    'TTLĐXS without a CSTĐ',
    { 'Số đạt Chiến sĩ thi đua cơ sở': 0 },
    { code: 'eligibility.emulationFighters', column: ccol('Hình thức đề nghị'), field: 'award' },
  ),
  coll(
    'TTLĐXS with a disciplined member',
    { 'Số bị kỷ luật': 1 },
    { code: 'eligibility.discipline', column: ccol('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'CSTĐ cơ sở with neither excellence nor initiative',
    {
      'Hình thức đề nghị': 'CSTĐCS',
      'Xếp loại': 'HTTNV',
      'Số sáng kiến, đề tài': 0,
      'Khen thưởng đã đạt': 'LĐTT năm 2026',
    },
    { code: 'eligibility.noneMet', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'LĐTT without a rating',
    { 'Xếp loại': '' },
    { code: 'eligibility.unverifiable', column: col('Hình thức đề nghị'), field: 'award' },
  ),
  ind(
    'under review',
    { 'Đang xem xét': 'x' },
    { code: 'eligibility.held', column: col('Đang xem xét'), field: 'underReview' },
  ),
  ind(
    'delegate without prior award',
    { 'Đại biểu dự hội nghị': 'x', 'Hình thức đề nghị': '' },
    { code: 'eligibility.delegateNoAward', column: col('Khen thưởng đã đạt'), field: 'priorAwards' },
    { ...IND, rules: { delegateMustHoldAward: true } },
  ),
  withDossier(
    'dossier link on OneDrive',
    'Báo cáo thành tích: https://onedrive.live.com/x',
    'dossier.badLink',
  ),
  withDossier('dossier of an unknown document type', `Giấy mời: ${DRIVE_FILE}`, 'dossier.unknownType'),
  withDossier('dossier without the minutes', `Báo cáo thành tích: ${DRIVE_FILE}`, 'dossier.missing'),
];
