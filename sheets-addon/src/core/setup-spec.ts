// Pure: the board's setup tabs, generated from the adminCampaign request schema (shared/api/admin-campaign.ts).
// Each campaign row and unit/board column names a path of the request; its input kind (text, whole number, date
// and time, choice, yes/no) and its choices are read from the zod schema at that path, so a new enum value or a
// changed type reaches the tabs without editing this file. Labels are Vietnamese; values sent are the codes.
import type { z } from 'zod';
import {
  adminCampaignRequestSchema,
  type EVENT_KINDS,
  type UNIT_KINDS,
} from '../../../shared/api/admin-campaign';
import type { StructureKey } from '../../../shared/consolidation/structure';
import { AWARDS } from '../../../shared/vocab/awards';

export const SETUP_TABS = { campaign: 'Đợt thi đua', units: 'Đơn vị', board: 'Thành viên Ban' } as const;
export type SetupTab = (typeof SETUP_TABS)[keyof typeof SETUP_TABS];

export const YES = 'Có';
export const NO = 'Không';

export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  'hoi-nghi-dien-hinh-tien-tien': 'Hội nghị điển hình tiên tiến',
  'dai-hoi-thi-dua-yeu-nuoc': 'Đại hội thi đua yêu nước',
  'bieu-duong-nguoi-tot-viec-tot': 'Biểu dương người tốt, việc tốt',
  'bieu-duong-lao-dong-gioi-sang-tao': 'Biểu dương lao động giỏi, lao động sáng tạo',
  khac: 'Khác',
};

export const UNIT_KIND_LABELS: Record<(typeof UNIT_KINDS)[number], string> = {
  department: 'Sở, ban, ngành',
  'mass-organisation': 'Đoàn thể',
  commune: 'Xã, phường, đặc khu',
  enterprise: 'Doanh nghiệp',
  'armed-forces': 'Lực lượng vũ trang',
  province: 'Tỉnh, thành phố (đợt toàn quốc)',
};

const DEFAULT_PROPOSAL_LABELS: Record<string, string> = {
  delegate: 'Đại biểu',
  honoured: 'Biểu dương, khen thưởng',
};

const CHOICE_LABELS: Record<string, Record<string, string>> = {
  'campaign.eventKind': EVENT_KIND_LABELS,
  'units.kind': UNIT_KIND_LABELS,
  'campaign.rules.defaultProposal': DEFAULT_PROPOSAL_LABELS,
};

/** percent: a share typed as "30%" (or a cell formatted as percent), sent as a fraction 0..1. */
export type InputKind = 'text' | 'int' | 'percent' | 'datetime' | 'choice' | 'yesno' | 'email';

export interface Choice {
  value: string;
  label: string;
}

export interface FieldSpec {
  /** Path in the adminCampaign request ("campaign.graceMinutes"); for unit columns relative to a unit. */
  path: string;
  label: string;
  hint: string;
  kind: InputKind;
  choices: Choice[];
  required: boolean;
}

type Def = {
  type: string;
  innerType?: unknown;
  shape?: unknown;
  element?: unknown;
  in?: unknown;
  out?: unknown;
};
type Node = z.ZodType & { def: Def; format?: string | null; options?: readonly string[]; shape?: unknown };

function unwrap(schema: Node): { node: Node; optional: boolean } {
  let node = schema;
  let optional = false;
  while (['optional', 'default', 'nullable', 'prefault'].includes(node.def.type)) {
    optional = true;
    node = node.def.innerType as Node;
  }
  if (node.def.type === 'pipe') {
    const out = unwrap(node.def.out as Node).node;
    return { node: out.format ? out : unwrap(node.def.in as Node).node, optional };
  }
  return { node, optional };
}

/** The schema at a dotted path of the request ("units" steps into the array's element). */
export function schemaAt(path: string): { node: Node; optional: boolean } {
  let current = unwrap(adminCampaignRequestSchema as unknown as Node);
  for (const key of path.split('.')) {
    let node = current.node;
    if (node.def.type === 'array') node = unwrap(node.def.element as Node).node;
    const shape = node.def.shape as Record<string, Node> | undefined;
    const next = shape?.[key];
    if (!next) throw new Error(`setup spec: no field ${path} in the adminCampaign schema`);
    current = unwrap(next);
  }
  return current;
}

function kindOf(node: Node): InputKind {
  if (node.def.type === 'enum') return 'choice';
  if (node.def.type === 'boolean') return 'yesno';
  if (node.def.type === 'number') return 'int';
  if (node.format === 'datetime') return 'datetime';
  if (node.format === 'email') return 'email';
  return 'text';
}

function spec(path: string, label: string, hint: string, schemaPath = path): FieldSpec {
  const { node, optional } = schemaAt(schemaPath);
  const kind = kindOf(node);
  const labels = CHOICE_LABELS[schemaPath] ?? {};
  const choices =
    kind === 'choice' ? (node.options ?? []).map((value) => ({ value, label: labels[value] ?? value })) : [];
  return { path, label, hint, kind, choices, required: !optional };
}

/** A row that may stay empty although its schema field is required once its object is sent (two-cell groups). */
function optionalSpec(path: string, label: string, hint: string): FieldSpec {
  return { ...spec(path, label, hint), required: false };
}

/** Rows of the "Đợt thi đua" tab (column A label, B value, C hint), from row 2. */
export function campaignFields(): FieldSpec[] {
  return [
    spec('campaignId', 'Mã đợt', 'Chữ không dấu, số, gạch ngang; ví dụ ls-dhtt-2026. Không đổi sau khi lưu.'),
    spec('campaign.title', 'Tên đợt', 'Tên đầy đủ của đợt thi đua, khen thưởng.'),
    spec('campaign.eventKind', 'Loại sự kiện', 'Chọn trong danh sách.'),
    spec('campaign.rules.evaluationYear', 'Năm đánh giá', 'Năm xét thành tích, ví dụ 2026.'),
    spec('campaign.deadline', 'Hạn nộp', 'Dạng dd/mm/yyyy hh:mm (giờ Việt Nam), ví dụ 30/06/2026 17:00.'),
    spec(
      'campaign.graceMinutes',
      'Gia hạn sau hạn nộp (phút)',
      'Số phút vẫn nhận danh sách (ghi là nộp muộn).',
    ),
    spec('campaign.open', 'Đang nhận danh sách', 'Có: đơn vị được nộp; Không: tạm dừng nhận.'),
    spec('campaign.rules.defaultProposal', 'Đề nghị mặc định của dòng', 'Khi dòng không đánh dấu hình thức.'),
    spec(
      'campaign.rules.delegateMustHoldAward',
      'Đại biểu phải có khen thưởng',
      'Có: mỗi đại biểu phải đã được khen.',
    ),
    spec(
      'campaign.rules.checkEligibility',
      'Xét tiêu chuẩn khen thưởng',
      'Không: chỉ kiểm tra thông tin các cột.',
    ),
    spec('campaign.rules.birthYearRange.min', 'Năm sinh nhỏ nhất', 'Để trống nếu không giới hạn.'),
    spec('campaign.rules.birthYearRange.max', 'Năm sinh lớn nhất', 'Để trống nếu không giới hạn.'),
    spec(
      'campaign.masterSpreadsheetId',
      'Mã bảng tính tổng hợp',
      'Phần giữa /d/ và /edit trong địa chỉ bảng tính.',
    ),
    spec(
      'campaign.provinceId',
      'Mã bộ quy tắc của tỉnh',
      'Đợt dùng quy tắc chung của tỉnh có mã này; để trống nếu không dùng.',
    ),
    // A chain's parent is two cells; both filled or both empty (the server names the missing one).
    optionalSpec(
      'campaign.parent.campaignId',
      'Mã đợt cấp trên',
      'Đợt cấp trên nhận danh sách của Ban (nếu có).',
    ),
    optionalSpec(
      'campaign.parent.unitId',
      'Mã đơn vị ở đợt cấp trên',
      'Mã của Ban là một đơn vị trong đợt cấp trên.',
    ),
    // The public notice of the proposed list (publicNotice page): two cells, both filled or both empty.
    optionalSpec(
      'campaign.publicNotice.from',
      'Công khai danh sách từ',
      'Dạng dd/mm/yyyy hh:mm; trang công khai mở từ lúc này (để trống nếu không công khai).',
    ),
    optionalSpec(
      'campaign.publicNotice.to',
      'Công khai đến',
      'Dạng dd/mm/yyyy hh:mm; thời gian công khai do Ban quyết định.',
    ),
    // Last, so that rows already on an existing tab keep their places; read by label anyway.
    ...structureTargetFields(),
  ];
}

const TARGET_ROWS: Array<[StructureKey, string]> = [
  ['women', 'nữ'],
  ['ethnicMinority', 'dân tộc thiểu số'],
  ['directLabourers', 'lao động trực tiếp'],
  ['workers', 'công nhân'],
  ['farmers', 'nông dân'],
  ['intellectuals', 'trí thức, nhà khoa học'],
  ['youth', 'thanh niên'],
];

/** The label of a group's minimum or maximum share row (setup-request reads the rows by these labels). */
export function targetLabel(name: string, bound: 'min' | 'max'): string {
  return `Cơ cấu đại biểu: ${name} ${bound === 'min' ? 'tối thiểu' : 'tối đa'}`;
}

/**
 * The minimum and maximum share of each group of the delegate structure (campaign.structureTargets.<group>.min /
 * .max) and the youth age. The rows are the whole of structureTargets: saving the tab sends it whole, so both
 * bounds round-trip; a row missing from an older tab keeps the stored value (setup-request).
 */
function structureTargetFields(): FieldSpec[] {
  const hints = {
    min: 'Tỷ lệ trên số đại biểu cá nhân, ví dụ 30%. Để trống nếu không đặt chỉ tiêu.',
    max: 'Tỷ lệ tối đa, ví dụ 50%; không nhỏ hơn tỷ lệ tối thiểu. Để trống nếu không giới hạn.',
  };
  const rows = TARGET_ROWS.flatMap(([key, name]) =>
    (['min', 'max'] as const).map((bound) => ({
      ...optionalSpec(`campaign.structureTargets.${key}.${bound}`, targetLabel(name, bound), hints[bound]),
      kind: 'percent' as const,
    })),
  );
  const youth = spec(
    'campaign.structureTargets.youthMaxAge',
    'Tuổi thanh niên tối đa',
    'Thanh niên: không quá số tuổi này trong năm đánh giá; để trống là 30.',
  );
  return [...rows, youth];
}

/**
 * Columns of the "Đơn vị" tab; `path` is relative to one unit ("editors", "quota" and "seats" are add-on columns:
 * quota → campaign.quotas[id].total, seats → campaign.quotas[id].seats). The tab is read by header label; on an
 * existing tab a new column is appended after the used ones (setup-tabs), never shifting the provision columns.
 */
export function unitColumns(): FieldSpec[] {
  return [
    spec('id', 'Mã đơn vị', 'Chữ không dấu, số, gạch ngang.', 'units.id'),
    spec('name', 'Tên đơn vị', '', 'units.name'),
    spec('kind', 'Loại đơn vị', 'Chọn trong danh sách.', 'units.kind'),
    {
      ...spec(
        'editors',
        'Email người nhập',
        'Một hoặc nhiều email, cách nhau bởi dấu phẩy.',
        'members.email',
      ),
      required: false,
    },
    {
      path: 'quota',
      label: 'Chỉ tiêu (tổng số)',
      hint: 'Để trống nếu không giới hạn.',
      kind: 'int',
      choices: [],
      required: false,
    },
    {
      path: 'seats',
      label: 'Số ghế đại biểu',
      hint: 'Số đại biểu tối đa của đơn vị; để trống nếu không phân bổ.',
      kind: 'int',
      choices: [],
      required: false,
    },
  ];
}

/** Written back by "Tạo bảng cho các đơn vị"; not sent to adminCampaign. */
export const PROVISION_COLUMNS = ['Bảng tính của đơn vị', 'Chia sẻ', 'Mã tệp'] as const;

export function boardColumns(): FieldSpec[] {
  return [
    spec('email', 'Email', 'Tài khoản Google của thành viên Ban.', 'members.email'),
    {
      path: 'name',
      label: 'Họ và tên',
      hint: 'Chỉ để ghi nhớ, không gửi đi.',
      kind: 'text',
      choices: [],
      required: false,
    },
    spec('active', 'Đang hoạt động', 'Không: thu hồi quyền.', 'members.active'),
    {
      path: 'role',
      label: 'Vai trò',
      hint: 'Để trống: thành viên Ban. Hội đồng: chỉ biểu quyết (Phiếu biểu quyết).',
      kind: 'choice',
      choices: [
        { value: 'board', label: 'Ban Thi đua – Khen thưởng' },
        { value: 'council', label: 'Hội đồng Thi đua – Khen thưởng' },
      ],
      required: false,
    },
  ];
}

/** The awards table beside the campaign rows (columns E–F): allowed awards of the campaign. */
export const AWARD_COLUMNS = ['Hình thức khen thưởng', 'Mã', 'Cho phép đề nghị'] as const;
export const AWARD_FIRST_COLUMN = 5;

export function awardChoices(): Choice[] {
  return AWARDS.map((award) => ({ value: award.code, label: award.label }));
}

export function choiceValue(field: FieldSpec, cell: string): string | null {
  const text = cell.trim();
  const found = field.choices.find((c) => c.label === text || c.value === text);
  return found ? found.value : null;
}

export function choiceLabel(field: FieldSpec, value: string): string {
  return field.choices.find((c) => c.value === value)?.label ?? value;
}
