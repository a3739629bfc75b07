// Emulation titles and commendation forms of Luật Thi đua, khen thưởng 06/2022/QH15, with stable codes.
// `kinds`: who may receive it; `level`: who decides; `bases`: thường xuyên (regular), theo đợt/chuyên đề
// (campaign), đột xuất (adHoc), quá trình cống hiến (career), đối ngoại (foreign). `coefficient`: reward as a
// multiple of the base salary (NĐ 98/2023 Điều 54, repeated by NĐ 152/2025), only where domain.md gives it.

export type AwardKind = 'individual' | 'collective' | 'household';
export type AwardLevel = 'state' | 'government' | 'provincial' | 'grassroots';
export type AwardBasis = 'regular' | 'campaign' | 'adHoc' | 'career' | 'foreign';
export type AwardCategory =
  | 'title'
  | 'order'
  | 'medal'
  | 'honoraryTitle'
  | 'prize'
  | 'commemorative'
  | 'certificate';

export interface Award {
  readonly code: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly category: AwardCategory;
  readonly kinds: readonly AwardKind[];
  readonly level: AwardLevel;
  readonly bases: readonly AwardBasis[];
  readonly coefficient?: number;
}

const I: readonly AwardKind[] = ['individual'];
const C: readonly AwardKind[] = ['collective'];
const IC: readonly AwardKind[] = ['individual', 'collective'];
const MERIT: readonly AwardBasis[] = ['regular', 'campaign', 'adHoc', 'career'];

function title(
  code: string,
  label: string,
  aliases: string[],
  kinds: readonly AwardKind[],
  level: AwardLevel,
  coefficient?: number,
): Award {
  const base = {
    code,
    label,
    aliases,
    category: 'title' as const,
    kinds,
    level,
    bases: ['regular'] as const,
  };
  return coefficient === undefined ? base : { ...base, coefficient };
}

function form(
  code: string,
  label: string,
  aliases: string[],
  category: AwardCategory,
  kinds: readonly AwardKind[],
  level: AwardLevel,
  bases: readonly AwardBasis[] = MERIT,
): Award {
  return { code, label, aliases, category, kinds, level, bases };
}

function classes(code: string, label: string, kinds: readonly AwardKind[], category: AwardCategory): Award[] {
  return (['Nhất', 'Nhì', 'Ba'] as const).map((cls, i) =>
    form(
      `${code}_${i + 1}`,
      `${label} hạng ${cls}`,
      [`${label} ${cls}`, `${label} hạng ${i + 1}`],
      category,
      kinds,
      'state',
    ),
  );
}

export const AWARDS: readonly Award[] = [
  // Emulation titles, individual
  title('CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', ['CSTĐ toàn quốc', 'CSTĐTQ'], I, 'government', 4.5),
  title(
    'CSTD_TINH',
    'Chiến sĩ thi đua cấp tỉnh',
    [
      'Chiến sĩ thi đua tỉnh',
      'CSTĐ tỉnh',
      'CSTĐ cấp tỉnh',
      'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
      'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      'Chiến sĩ thi đua cấp bộ',
      'Chiến sĩ thi đua cấp ngành',
    ],
    I,
    'provincial',
    3.0,
  ),
  title(
    'CSTD_CS',
    'Chiến sĩ thi đua cơ sở',
    ['Chiến sĩ thi đua cấp cơ sở', 'CSTĐ cơ sở', 'CSTĐCS', 'CSTĐ cấp cơ sở'],
    I,
    'grassroots',
    1.0,
  ),
  title(
    'LDTT',
    'Lao động tiên tiến',
    ['LĐTT', 'Chiến sĩ tiên tiến', 'Danh hiệu Lao động tiên tiến'],
    I,
    'grassroots',
    0.3,
  ),
  // Emulation titles, collective
  title('CO_CP', 'Cờ thi đua của Chính phủ', ['Cờ thi đua Chính phủ', 'Cờ Chính phủ'], C, 'government', 12.0),
  title(
    'CO_TINH',
    'Cờ thi đua cấp tỉnh',
    [
      'Cờ thi đua của UBND tỉnh',
      'Cờ thi đua của Ủy ban nhân dân tỉnh',
      'Cờ thi đua tỉnh',
      'Cờ thi đua của bộ, ban, ngành, tỉnh',
      'Cờ thi đua của Chủ tịch UBND tỉnh',
    ],
    C,
    'provincial',
    8.0,
  ),
  title('TTLDXS', 'Tập thể lao động xuất sắc', ['TTLĐXS', 'Đơn vị quyết thắng'], C, 'provincial', 1.5),
  title('TTLDTT', 'Tập thể lao động tiên tiến', ['TTLĐTT', 'Đơn vị tiên tiến'], C, 'grassroots', 0.8),
  title(
    'THON_VH',
    'Thôn, tổ dân phố văn hóa',
    ['Thôn văn hóa', 'Tổ dân phố văn hóa', 'Bản văn hóa', 'Khu dân cư văn hóa'],
    C,
    'grassroots',
  ),
  title(
    'XA_TB',
    'Xã, phường tiêu biểu',
    ['Xã tiêu biểu', 'Phường tiêu biểu', 'Xã, phường, đặc khu tiêu biểu'],
    C,
    'provincial',
  ),
  // Household
  title(
    'GD_VH',
    'Gia đình văn hóa',
    ['Gia đình văn hoá tiêu biểu', 'Hộ gia đình văn hóa'],
    ['household'],
    'grassroots',
  ),
  // Orders
  form('HC_SAO_VANG', 'Huân chương Sao vàng', [], 'order', IC, 'state'),
  form('HC_HCM', 'Huân chương Hồ Chí Minh', [], 'order', IC, 'state'),
  ...classes('HC_DOC_LAP', 'Huân chương Độc lập', IC, 'order'),
  ...classes('HC_QUAN_CONG', 'Huân chương Quân công', IC, 'order'),
  ...classes('HC_LAO_DONG', 'Huân chương Lao động', IC, 'order'),
  ...classes('HC_BVTQ', 'Huân chương Bảo vệ Tổ quốc', IC, 'order'),
  ...classes('HC_CHIEN_CONG', 'Huân chương Chiến công', IC, 'order'),
  form('HC_DDKDT', 'Huân chương Đại đoàn kết dân tộc', [], 'order', IC, 'state'),
  form('HC_DUNG_CAM', 'Huân chương Dũng cảm', [], 'order', I, 'state', ['adHoc']),
  form('HC_HUU_NGHI', 'Huân chương Hữu nghị', [], 'order', IC, 'state', ['foreign']),
  // Medals
  form('HCH_QKQT', 'Huy chương Quân kỳ quyết thắng', [], 'medal', I, 'state', ['career']),
  form('HCH_VANTQ', 'Huy chương Vì an ninh Tổ quốc', [], 'medal', I, 'state', ['career']),
  ...classes('HCH_CSVV', 'Huy chương Chiến sĩ vẻ vang', I, 'medal'),
  form('HCH_HUU_NGHI', 'Huy chương Hữu nghị', [], 'medal', I, 'state', ['foreign']),
  form('HCH_TNXP', 'Huy chương Thanh niên xung phong vẻ vang', [], 'medal', I, 'state', ['career']),
  // State honorary titles
  form(
    'AH_TINH',
    'Tỉnh, Thành phố Anh hùng',
    ['Tỉnh Anh hùng', 'Thành phố Anh hùng'],
    'honoraryTitle',
    C,
    'state',
  ),
  form('BMVNAH', 'Bà mẹ Việt Nam anh hùng', [], 'honoraryTitle', I, 'state', ['career']),
  form(
    'AH_LLVTND',
    'Anh hùng Lực lượng vũ trang nhân dân',
    ['Anh hùng LLVTND'],
    'honoraryTitle',
    IC,
    'state',
  ),
  form('AH_LD', 'Anh hùng Lao động', [], 'honoraryTitle', IC, 'state'),
  form('NGND', 'Nhà giáo nhân dân', [], 'honoraryTitle', I, 'state', ['career']),
  form('NGUT', 'Nhà giáo ưu tú', [], 'honoraryTitle', I, 'state', ['career']),
  form('TTND', 'Thầy thuốc nhân dân', [], 'honoraryTitle', I, 'state', ['career']),
  form('TTUT', 'Thầy thuốc ưu tú', [], 'honoraryTitle', I, 'state', ['career']),
  form('NSND', 'Nghệ sĩ nhân dân', [], 'honoraryTitle', I, 'state', ['career']),
  form('NSUT', 'Nghệ sĩ ưu tú', [], 'honoraryTitle', I, 'state', ['career']),
  form('NNND', 'Nghệ nhân nhân dân', [], 'honoraryTitle', I, 'state', ['career']),
  form('NNUT', 'Nghệ nhân ưu tú', [], 'honoraryTitle', I, 'state', ['career']),
  // Other forms
  form('GT_HCM', 'Giải thưởng Hồ Chí Minh', [], 'prize', I, 'state', ['career']),
  form('GT_NN', 'Giải thưởng Nhà nước', [], 'prize', I, 'state', ['career']),
  form('KNC', 'Kỷ niệm chương', ['Kỉ niệm chương'], 'commemorative', I, 'provincial', ['career']),
  form(
    'BK_TTG',
    'Bằng khen của Thủ tướng Chính phủ',
    ['Bằng khen Thủ tướng Chính phủ', 'Bằng khen Thủ tướng', 'BK TTg', 'BKTTg'],
    'certificate',
    IC,
    'government',
  ),
  form(
    'BK_TINH',
    'Bằng khen của Chủ tịch UBND tỉnh',
    [
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Bằng khen Chủ tịch UBND tỉnh',
      'Bằng khen của UBND tỉnh',
      'Bằng khen UBND tỉnh',
      'Bằng khen của Ủy ban nhân dân tỉnh',
      'Bằng khen tỉnh',
      'Bằng khen cấp tỉnh',
      'BK UBND tỉnh',
      'BK tỉnh',
      'Bằng khen của bộ, ban, ngành, tỉnh',
      'Bằng khen',
    ],
    'certificate',
    IC,
    'provincial',
  ),
  form(
    'GIAY_KHEN',
    'Giấy khen',
    ['Giấy khen của Chủ tịch UBND xã', 'Giấy khen của Giám đốc sở', 'Giấy khen cấp cơ sở'],
    'certificate',
    IC,
    'grassroots',
  ),
];

const BY_CODE = new Map(AWARDS.map((a) => [a.code, a]));

export function awardByCode(code: string): Award | undefined {
  return BY_CODE.get(code);
}
