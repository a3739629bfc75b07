// Sample data of the local stack: a Lạng Sơn campaign with 12 current units of every kind, one legacy
// (pre-merger) unit, a board member and unit editors. Addresses use the reserved .example domain.
import type { CampaignConfig, MemberRecord, UnitRecord } from '../../shared/api/admin-campaign';

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
