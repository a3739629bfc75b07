// The single source of every nomination field: key, Vietnamese header label and accepted aliases, the kinds of
// list it belongs to, its value type and limits. The zod schemas (nomination.ts), the header matcher
// (grid/header-map.ts) and the add-on's template (templateColumns) all derive from this table.
import type { NominationKind } from '../grid/types';

export type FieldType =
  | 'name'
  | 'text'
  | 'longText'
  | 'gender'
  | 'date'
  | 'year'
  | 'ethnicity'
  | 'cccd'
  | 'phone'
  | 'email'
  | 'boolean'
  | 'count'
  | 'award'
  | 'movement'
  | 'education'
  | 'politicalTheory'
  | 'composition'
  | 'sector'
  | 'taskRating'
  | 'initiativeScope'
  | 'dossier';

export interface FieldSpec {
  readonly key: string;
  /** Vietnamese header label, as the template writes it. */
  readonly label: string;
  /** Other headers that mean this field (matched ignoring case, diacritics, spacing and punctuation). */
  readonly aliases: readonly string[];
  readonly kinds: readonly NominationKind[];
  readonly type: FieldType;
  readonly maxLength?: number;
  /** Extra words read as "yes" in a boolean column ("Đảng viên" in the Đảng viên column). */
  readonly yesWords?: readonly string[];
  /** English description for docs. */
  readonly description: string;
  /** Written by the system (sendUp, carryForward), never by a unit: left out of the add-on's template. */
  readonly internal?: boolean;
}

const IND = ['individual'] as const satisfies readonly NominationKind[];
const COL = ['collective'] as const satisfies readonly NominationKind[];
const BOTH = ['individual', 'collective'] as const satisfies readonly NominationKind[];

/** In template (sheet) order. */
export const FIELDS = [
  {
    key: 'fullName',
    label: 'Họ và tên',
    aliases: [
      'Họ tên',
      'Họ, tên',
      'Họ và tên cá nhân',
      'Tên cá nhân',
      'Họ và tên đại biểu',
      'Họ tên đại biểu',
      'Họ và tên người được đề nghị',
    ],
    kinds: IND,
    type: 'name',
    maxLength: 100,
    description: 'Full name, name-cased NFC.',
  },
  {
    key: 'collectiveName',
    label: 'Tên tập thể',
    aliases: [
      'Tên đơn vị',
      'Tập thể',
      'Tên tập thể, đơn vị',
      'Tên đơn vị, tập thể',
      'Tên tập thể được đề nghị',
    ],
    kinds: COL,
    type: 'text',
    maxLength: 300,
    description: 'Name of the collective.',
  },
  {
    key: 'gender',
    label: 'Giới tính',
    aliases: ['Nam/Nữ', 'Nam, nữ', 'Phái'],
    kinds: IND,
    type: 'gender',
    description: "'male' | 'female'.",
  },
  {
    key: 'birthDate',
    label: 'Ngày sinh',
    aliases: ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Ngày/tháng/năm sinh'],
    kinds: IND,
    type: 'date',
    description: 'Birth date, YYYY-MM-DD (a year alone fills birthYear only).',
  },
  {
    key: 'birthYear',
    label: 'Năm sinh',
    aliases: ['Sinh năm'],
    kinds: IND,
    type: 'year',
    description: 'Birth year.',
  },
  {
    key: 'ethnicity',
    label: 'Dân tộc',
    aliases: ['Dân tộc (mã)'],
    kinds: IND,
    type: 'ethnicity',
    description: "Ethnic-group code '01'…'54', '55', '99'.",
  },
  {
    key: 'cccd',
    label: 'Số CCCD',
    aliases: [
      'CCCD',
      'Căn cước công dân',
      'Số căn cước công dân',
      'Số căn cước',
      'Căn cước',
      'Số định danh cá nhân',
      'Số định danh',
      'CCCD/CMND',
      'Số CMND/CCCD',
      'Số CCCD/CMND',
      'CMND',
      'Số CMND',
    ],
    kinds: IND,
    type: 'cccd',
    description: 'Citizen ID / personal identification number, 12 digits as text.',
  },
  {
    key: 'position',
    label: 'Chức vụ',
    aliases: ['Chức danh', 'Chức vụ, chức danh', 'Nghề nghiệp', 'Chức vụ hiện nay'],
    kinds: IND,
    type: 'text',
    maxLength: 200,
    description: 'Position or occupation.',
  },
  {
    key: 'workplace',
    label: 'Đơn vị công tác',
    aliases: [
      'Nơi công tác',
      'Đơn vị',
      'Cơ quan, đơn vị',
      'Cơ quan đơn vị công tác',
      'Đơn vị chủ quản',
      'Cơ quan chủ quản',
      'Trực thuộc',
      'Địa chỉ',
      'Nơi ở',
      'Nơi làm việc',
    ],
    kinds: BOTH,
    type: 'text',
    maxLength: 300,
    description: 'Workplace (individual) or parent unit (collective).',
  },
  {
    key: 'education',
    label: 'Trình độ chuyên môn',
    aliases: [
      'Trình độ chuyên môn, nghiệp vụ',
      'Trình độ CM',
      'Trình độ CMNV',
      'Trình độ',
      'Trình độ học vấn',
      'Học vấn',
      'Trình độ đào tạo',
    ],
    kinds: IND,
    type: 'education',
    maxLength: 200,
    description: 'Education level code; the text as written is kept in educationText.',
  },
  {
    key: 'politicalTheory',
    label: 'Trình độ lý luận chính trị',
    aliases: [
      'Lý luận chính trị',
      'LLCT',
      'Trình độ LLCT',
      'Trình độ chính trị',
      'Trình độ lí luận chính trị',
    ],
    kinds: IND,
    type: 'politicalTheory',
    maxLength: 200,
    description: 'Political theory level code; the text as written is kept in politicalTheoryText.',
  },
  {
    key: 'partyMember',
    label: 'Đảng viên',
    aliases: ['Là đảng viên', 'Đảng viên ĐCSVN'],
    kinds: IND,
    type: 'boolean',
    yesWords: ['Đảng viên', 'ĐV', 'Đảng viên dự bị', 'Đảng viên chính thức'],
    description: 'Party member.',
  },
  {
    key: 'unionMember',
    label: 'Đoàn viên',
    aliases: ['Là đoàn viên', 'Đoàn viên TNCS', 'Đoàn viên thanh niên'],
    kinds: IND,
    type: 'boolean',
    yesWords: ['Đoàn viên', 'ĐV'],
    description: 'Youth union member.',
  },
  {
    key: 'socialComposition',
    label: 'Thành phần',
    aliases: ['Thành phần xã hội', 'Cơ cấu thành phần', 'Đối tượng', 'Thành phần đại biểu'],
    kinds: IND,
    type: 'composition',
    description: 'Social composition code.',
  },
  {
    key: 'directLabourer',
    label: 'Lao động trực tiếp',
    aliases: [
      'Người lao động trực tiếp',
      'Trực tiếp lao động',
      'Trực tiếp sản xuất',
      'Lao động trực tiếp sản xuất',
    ],
    kinds: IND,
    type: 'boolean',
    yesWords: ['Trực tiếp', 'Lao động trực tiếp'],
    description: 'Direct labourer (defaults from the social composition when not stated).',
  },
  {
    key: 'sector',
    label: 'Lĩnh vực',
    aliases: ['Lĩnh vực hoạt động', 'Lĩnh vực công tác', 'Khối, lĩnh vực'],
    kinds: BOTH,
    type: 'sector',
    description: 'Sector code.',
  },
  {
    key: 'phone',
    label: 'Số điện thoại',
    aliases: [
      'Điện thoại',
      'SĐT',
      'Số ĐT',
      'ĐT',
      'Di động',
      'Điện thoại di động',
      'Số di động',
      'Điện thoại liên hệ',
    ],
    kinds: BOTH,
    type: 'phone',
    description: 'Phone, normalised to 0xxxxxxxxx.',
  },
  {
    key: 'email',
    label: 'Email',
    aliases: ['E-mail', 'Thư điện tử', 'Địa chỉ email', 'Địa chỉ thư điện tử'],
    kinds: BOTH,
    type: 'email',
    maxLength: 254,
    description: 'E-mail, lower-cased.',
  },
  {
    key: 'delegate',
    label: 'Đại biểu dự hội nghị',
    aliases: [
      'Đại biểu',
      'Đại biểu dự Đại hội',
      'Dự hội nghị',
      'Dự Đại hội',
      'Đại biểu chính thức',
      'Đề nghị làm đại biểu',
    ],
    kinds: BOTH,
    type: 'boolean',
    yesWords: ['Đại biểu', 'Dự'],
    description: 'Proposed as a delegate to the conference / congress.',
  },
  {
    key: 'honoured',
    label: 'Biểu dương',
    aliases: [
      'Tuyên dương',
      'Biểu dương, tuyên dương',
      'Biểu dương/tuyên dương',
      'Được biểu dương',
      'Đề nghị biểu dương',
      'Đề nghị tuyên dương',
    ],
    kinds: BOTH,
    type: 'boolean',
    yesWords: ['Biểu dương', 'Tuyên dương'],
    description: 'Proposed to be honoured (biểu dương / tuyên dương).',
  },
  {
    key: 'award',
    label: 'Hình thức đề nghị',
    aliases: [
      'Hình thức khen thưởng đề nghị',
      'Hình thức khen thưởng',
      'Danh hiệu đề nghị',
      'Đề nghị khen thưởng',
      'Hình thức, danh hiệu đề nghị',
      'Danh hiệu, hình thức đề nghị',
      'Hình thức (danh hiệu) đề nghị',
      'Hình thức hoặc danh hiệu đề nghị',
      'Danh hiệu thi đua, hình thức khen thưởng đề nghị',
      'Mã khen thưởng',
    ],
    kinds: BOTH,
    type: 'award',
    description: 'Proposed award code (label, alias or code accepted).',
  },
  {
    key: 'movement',
    label: 'Phong trào thi đua',
    aliases: ['Phong trào', 'Thuộc phong trào', 'Thành tích trong phong trào'],
    kinds: BOTH,
    type: 'movement',
    maxLength: 300,
    description: 'Movement code, or the text when not in the vocabulary.',
  },
  {
    key: 'achievements',
    label: 'Tóm tắt thành tích',
    aliases: [
      'Thành tích',
      'Tóm tắt thành tích nổi bật',
      'Thành tích nổi bật',
      'Thành tích tiêu biểu',
      'Tóm tắt thành tích tiêu biểu',
    ],
    kinds: BOTH,
    type: 'longText',
    maxLength: 20_000,
    description: 'Achievement summary (length checked against the campaign limits).',
  },
  {
    key: 'taskRating',
    label: 'Xếp loại',
    aliases: [
      'Mức độ hoàn thành nhiệm vụ',
      'Xếp loại mức độ hoàn thành nhiệm vụ',
      'Đánh giá, xếp loại',
      'Kết quả xếp loại',
      'Xếp loại chất lượng',
      'Kết quả đánh giá',
    ],
    kinds: BOTH,
    type: 'taskRating',
    description: "'excellent' | 'good' | 'complete' | 'incomplete'.",
  },
  {
    key: 'initiatives',
    label: 'Số sáng kiến, đề tài',
    aliases: [
      'Số sáng kiến',
      'Sáng kiến',
      'Sáng kiến, đề tài',
      'Số sáng kiến/đề tài',
      'Số đề tài, sáng kiến',
    ],
    kinds: IND,
    type: 'count',
    description: 'Number of recognised initiatives or research topics.',
  },
  {
    key: 'initiativeScope',
    label: 'Phạm vi ảnh hưởng',
    aliases: [
      'Phạm vi ảnh hưởng của sáng kiến',
      'Phạm vi sáng kiến',
      'Cấp công nhận sáng kiến',
      'Phạm vi ảnh hưởng sáng kiến',
    ],
    kinds: IND,
    type: 'initiativeScope',
    description: 'Widest scope of effect of the initiatives.',
  },
  {
    key: 'consecutiveYears',
    label: 'Số năm liên tục',
    aliases: ['Số năm liên tục đạt danh hiệu', 'Số năm đạt liên tục', 'Số năm liên tục đạt'],
    kinds: IND,
    type: 'count',
    description: 'Consecutive years (ending this year) of the title the proposed award builds on.',
  },
  {
    key: 'memberCount',
    label: 'Tổng số thành viên',
    aliases: [
      'Số thành viên',
      'Tổng số cán bộ',
      'Tổng số người',
      'Quân số',
      'Tổng số CBCCVC',
      'Tổng số lao động',
    ],
    kinds: COL,
    type: 'count',
    description: 'Members of the collective.',
  },
  {
    key: 'advancedMembers',
    label: 'Số đạt Lao động tiên tiến',
    aliases: [
      'Số LĐTT',
      'Số người đạt LĐTT',
      'Số người đạt Lao động tiên tiến',
      'Lao động tiên tiến',
      'Số lao động tiên tiến',
    ],
    kinds: COL,
    type: 'count',
    description: 'Members holding Lao động tiên tiến.',
  },
  {
    key: 'emulationFighters',
    label: 'Số đạt Chiến sĩ thi đua cơ sở',
    aliases: [
      'Số CSTĐ cơ sở',
      'Số CSTĐCS',
      'Số người đạt CSTĐCS',
      'Chiến sĩ thi đua cơ sở',
      'Số chiến sĩ thi đua cơ sở',
    ],
    kinds: COL,
    type: 'count',
    description: 'Members holding Chiến sĩ thi đua cơ sở.',
  },
  {
    key: 'disciplinedMembers',
    label: 'Số bị kỷ luật',
    aliases: ['Số người bị kỷ luật', 'Số thành viên bị kỷ luật', 'Số CBCCVC bị kỷ luật'],
    kinds: COL,
    type: 'count',
    description: 'Members disciplined (khiển trách or above).',
  },
  {
    key: 'priorAwards',
    label: 'Khen thưởng đã đạt',
    aliases: [
      'Hình thức khen thưởng đã đạt',
      'Khen thưởng đã được',
      'Thành tích đã đạt',
      'Danh hiệu đã đạt',
      'Khen thưởng đã nhận',
      'Các hình thức khen thưởng đã đạt',
    ],
    kinds: BOTH,
    type: 'text',
    maxLength: 1000,
    description: 'Prior awards as written (khen thưởng đã đạt).',
  },
  {
    key: 'priorAwardDecision',
    label: 'Số quyết định',
    aliases: ['Số QĐ', 'Quyết định khen thưởng', 'Số quyết định khen thưởng', 'Số, ngày quyết định'],
    kinds: BOTH,
    type: 'text',
    maxLength: 200,
    description: 'Decision number of the prior award.',
  },
  {
    key: 'priorAwardYear',
    label: 'Năm khen thưởng',
    aliases: ['Năm đạt', 'Năm quyết định', 'Năm được khen', 'Năm được khen thưởng'],
    kinds: BOTH,
    type: 'year',
    description: 'Year of the prior award.',
  },
  {
    key: 'disciplined',
    label: 'Bị kỷ luật',
    aliases: ['Kỷ luật', 'Đang bị kỷ luật', 'Đang thi hành kỷ luật'],
    kinds: BOTH,
    type: 'boolean',
    yesWords: ['Kỷ luật', 'Có kỷ luật', 'Khiển trách', 'Cảnh cáo'],
    description: 'Disciplined (the nomination is held).',
  },
  {
    key: 'underReview',
    label: 'Đang xem xét',
    aliases: [
      'Đang bị xem xét',
      'Đang xem xét kỷ luật',
      'Đang thanh tra, kiểm tra',
      'Đang điều tra, thanh tra',
      'Đang bị khiếu nại',
      'Đang khiếu nại, tố cáo',
      'Đang điều tra',
    ],
    kinds: BOTH,
    type: 'boolean',
    description: 'Under discipline review, investigation, inspection or complaint (the nomination is held).',
  },
  {
    key: 'dossier',
    label: 'Hồ sơ',
    aliases: [
      'Hồ sơ đề nghị',
      'Hồ sơ khen thưởng',
      'Hồ sơ đề nghị khen thưởng',
      'Hồ sơ kèm theo',
      'Tài liệu kèm theo',
      'Đường dẫn hồ sơ',
      'Link hồ sơ',
      'Liên kết hồ sơ',
    ],
    kinds: BOTH,
    type: 'dossier',
    maxLength: 4000,
    description:
      'Dossier: Google Drive / Docs links, one per line, each optionally typed ("Báo cáo thành tích: <link>"); stored as that canonical text.',
  },
  {
    key: 'notes',
    label: 'Ghi chú',
    aliases: ['Ghi chú khác', 'Chú thích'],
    kinds: BOTH,
    type: 'text',
    maxLength: 1000,
    description: 'Notes.',
  },
  {
    key: 'sourceRef',
    label: 'Mã nguồn (danh sách cấp dưới)',
    aliases: [],
    kinds: BOTH,
    type: 'text',
    maxLength: 4000,
    internal: true,
    description:
      'Provenance written by sendUp / carryForward (child campaign, master version, nominee, unit rows); not in the template.',
  },
] as const satisfies readonly FieldSpec[];

export type Field = (typeof FIELDS)[number];
export type FieldKey = Field['key'];

/** Column "STT": recognised so that pre-numbered empty template rows count as empty; not stored. */
export const SEQ_COLUMN = { label: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự', 'Stt'] } as const;

/** Columns that hold two fields at once. */
export const COMBINED_COLUMNS = [
  {
    id: 'positionWorkplace',
    label: 'Chức vụ, đơn vị công tác',
    aliases: [
      'Chức vụ và đơn vị công tác',
      'Chức vụ, nơi công tác',
      'Chức danh, đơn vị công tác',
      'Chức vụ, đơn vị',
      'Chức vụ, cơ quan đơn vị công tác',
      'Chức vụ, đơn vị công tác hiện nay',
    ],
    fields: ['position', 'workplace'],
    kinds: IND,
  },
  {
    id: 'partyUnion',
    label: 'Đảng viên, đoàn viên',
    aliases: ['Đảng viên/Đoàn viên', 'Đảng viên hoặc đoàn viên', 'Là đảng viên, đoàn viên'],
    fields: ['partyMember', 'unionMember'],
    kinds: IND,
  },
] as const;

/**
 * Split birth-year layout: a two-row header where "Năm sinh" (or "Ngày, tháng, năm sinh") spans sub-columns
 * "Nam" / "Nữ"; the year under a gender column gives both the gender and the birth year.
 */
export const SPLIT_BIRTH = {
  top: ['birthYear', 'birthDate'] as const,
  male: ['Nam'],
  female: ['Nữ'],
} as const;

/** Columns that must be present for a list of this kind (before campaign additions). */
export const REQUIRED_COLUMNS: Readonly<Record<NominationKind, readonly (readonly FieldKey[])[]>> = {
  individual: [['fullName'], ['birthYear', 'birthDate'], ['gender']],
  collective: [['collectiveName']],
};

/** Columns that say what a row proposes; at least one must be present unless the campaign sets a default. */
export const PROPOSAL_FIELDS = ['delegate', 'honoured', 'award'] as const satisfies readonly FieldKey[];

export function fieldsOf(kind: NominationKind): readonly Field[] {
  return FIELDS.filter((f) => (f.kinds as readonly NominationKind[]).includes(kind));
}

export function fieldSpec(key: string): FieldSpec | undefined {
  return FIELDS.find((f) => f.key === key);
}

export interface TemplateColumn {
  readonly key: FieldKey | 'seq';
  readonly label: string;
}

/** The add-on's template header, in sheet order: STT then every field of the kind. */
export function templateColumns(kind: NominationKind): TemplateColumn[] {
  return [
    { key: 'seq', label: SEQ_COLUMN.label },
    ...fieldsOf(kind)
      .filter((f) => !('internal' in f))
      .map((f) => ({ key: f.key, label: f.label })),
  ];
}
