// Sample data of the local stack: a Lạng Sơn campaign with 12 current units of every kind, one legacy
// (pre-merger) unit, a board member and unit editors of that campaign, and the province super-admin account.
// Addresses use the reserved .example domain.
import type {
  CampaignConfig,
  MemberRecord,
  ProvinceMember,
  UnitRecord,
} from '../../shared/api/admin-campaign';

export const SEED_CAMPAIGN_ID = 'ls-dhtt-2026';
export const BOARD_EMAIL = 'bantdkt@langson.example';

const unit = (id: string, name: string, kind: UnitRecord['kind'], legacyIds: string[] = []): UnitRecord => ({
  id,
  name,
  kind,
  status: 'current',
  legacyIds,
});

export const SEED_UNITS: UnitRecord[] = [
  unit('so-noi-vu', 'Sở Nội vụ', 'department'),
  unit('so-giao-duc', 'Sở Giáo dục và Đào tạo', 'department'),
  unit('so-y-te', 'Sở Y tế', 'department'),
  unit('so-tai-chinh', 'Sở Tài chính', 'department'),
  unit('ldld-tinh', 'Liên đoàn Lao động tỉnh', 'mass-organisation'),
  unit('tinh-doan', 'Tỉnh đoàn Lạng Sơn', 'mass-organisation'),
  unit('p-luong-van-tri', 'Phường Lương Văn Tri', 'commune'),
  unit('p-tam-thanh', 'Phường Tam Thanh', 'commune'),
  unit('x-dong-dang', 'Xã Đồng Đăng', 'commune', ['tt-dong-dang-cu']),
  unit('x-huu-lung', 'Xã Hữu Lũng', 'commune'),
  unit('cty-xi-mang-ls', 'Công ty cổ phần Xi măng Lạng Sơn', 'enterprise'),
  unit('bchqs-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'armed-forces'),
  {
    id: 'tt-dong-dang-cu',
    name: 'Thị trấn Đồng Đăng (trước sắp xếp)',
    kind: 'commune',
    status: 'legacy',
    successorId: 'x-dong-dang',
    legacyIds: [],
  },
];

/** Province-level accounts: the board's account is also the province super-admin (creates campaigns). */
export const SEED_ACCOUNTS: ProvinceMember[] = [
  { email: BOARD_EMAIL, role: 'admin', unitIds: [], active: true },
];

/** Members of the seed campaign (roles are per campaign: they act in the seed campaign only). */
export const SEED_MEMBERS: MemberRecord[] = [
  { email: BOARD_EMAIL, role: 'board', unitIds: [], active: true },
  ...SEED_UNITS.filter((u) => u.status === 'current').map(
    (u): MemberRecord => ({ email: `${u.id}@langson.example`, role: 'unit', unitIds: [u.id], active: true }),
  ),
];

/** The unit user of a seeded unit. */
export const unitEmail = (unitId: string): string => `${unitId}@langson.example`;

export function seedCampaign(now: Date): CampaignConfig {
  const deadline = new Date(now.getTime() + 21 * 86_400_000);
  return {
    title: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: `${deadline.toISOString().slice(0, 10)}T17:00:00+07:00`,
    timeZone: 'Asia/Ho_Chi_Minh',
    graceMinutes: 1440,
    open: true,
    awards: [],
    quotas: { 'so-giao-duc': { total: 10 }, 'bchqs-tinh': { total: 5 } },
    rules: {},
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Consolidation sample: N units × R rows of distinct people, plus planted cross-unit duplicates (used by the
// demo, the consolidation tests and the consolidation benchmark).
// ---------------------------------------------------------------------------------------------------------------

export const SAMPLE_HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Hình thức khen thưởng',
];

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = [
  ['Văn', 'Thị'],
  ['Đức', 'Thu'],
  ['Quang', 'Ngọc'],
  ['Hữu', 'Thanh'],
  ['Mạnh', 'Kim'],
];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phong',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Vân',
  'Việt',
  'Xuân',
  'Yến',
  'Hương',
  'Khoa',
  'Lâm',
  'Nhung',
  'Oanh',
  'Quyên',
  'Thịnh',
  'Toàn',
  'Uyên',
  'Vinh',
];

export type SampleRow = [number, string, string, number, string, string, string];

/** The k-th distinct sample person (k < 13 × 37 × 5 × 2): name, gender, birth year and a consistent CCCD. */
export function samplePerson(k: number): SampleRow {
  const female = k % 2 === 1;
  const g = k % GIVEN.length;
  const s = Math.floor(k / GIVEN.length) % SURNAMES.length;
  const m = Math.floor(k / (GIVEN.length * SURNAMES.length)) % MIDDLE.length;
  const [given, surname, middle] = [GIVEN[g], SURNAMES[s], MIDDLE[m]?.[female ? 1 : 0]];
  // Names one letter apart (Lê/Lý, Thị/Thu) never share a birth year, so no accidental probable duplicates.
  const year = 1962 + ((g + 3 * s + 11 * m) % 37);
  const cccd = `020${female ? 1 : 0}${String(year).slice(2)}${String(100000 + k).slice(-6)}`;
  return [
    0,
    `${surname} ${middle} ${given}`,
    female ? 'Nữ' : 'Nam',
    year,
    'Kinh',
    cccd,
    'Lao động tiên tiến',
  ];
}

export function sampleUnits(count: number): UnitRecord[] {
  return Array.from({ length: count }, (_, i) =>
    unit(`dv-${String(i + 1).padStart(2, '0')}`, `Đơn vị mẫu số ${i + 1}`, i % 2 ? 'commune' : 'department'),
  );
}

/** The planted duplicates: unit index → rows added after the unit's own rows. */
export function plantedRows(unitIndex: number): SampleRow[] {
  const [, name0, gender0, year0, ethnic0, cccd0] = samplePerson(0);
  const [, name1, gender1, year1] = samplePerson(1);
  const [, name2, gender2, year2] = samplePerson(2);
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'));
  if (unitIndex === 1) return [[0, name0, gender0, year0, ethnic0, cccd0, 'Chiến sĩ thi đua cơ sở']];
  if (unitIndex === 2) return [[0, fold(name1), gender1, year1, 'Kinh', '', 'Lao động tiên tiến']];
  if (unitIndex === 3) return [[0, name2, gender2, year2 + 9, 'Kinh', '', 'Lao động tiên tiến']];
  return [];
}

/**
 * Unit `unitIndex`'s grid: `rows` distinct people (person numbers unitIndex × rows …) followed by its planted
 * rows. Unit 0 holds persons 0–2, whom units 1 (same CCCD), 2 (name without diacritics, same birth year, no CCCD)
 * and 3 (namesake, other birth year) repeat. `edit(row)` may change a row before numbering.
 */
export function sampleGrid(
  unitIndex: number,
  rows: number,
  edit: (row: SampleRow, index: number) => SampleRow = (row) => row,
): { header: string[]; firstRow: number; rows: SampleGridRow[] } {
  const own = Array.from({ length: rows }, (_, i) => samplePerson(unitIndex * rows + i));
  const all = [...own, ...plantedRows(unitIndex)].map(edit);
  return {
    header: [...SAMPLE_HEADER, 'Tóm tắt thành tích'],
    firstRow: 2,
    rows: all.map((row, i): SampleGridRow => [i + 1, ...tail(row), SAMPLE_ACHIEVEMENTS]),
  };
}

/** A sample row as sent: the person, then the achievement summary every award proposal needs. */
export type SampleGridRow = [...SampleRow, string];

const SAMPLE_ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia các phong trào thi đua của cơ quan, đơn vị.';

function tail(row: SampleRow): [string, string, number, string, string, string] {
  return [row[1], row[2], row[3], row[4], row[5], row[6]];
}
