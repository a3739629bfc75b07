// Social composition (thành phần) of an individual nominee, as the congress reports count delegates.
// `directLabourer` is the default of the "người lao động trực tiếp" flag when the row does not state it.
export type SocialComposition =
  | 'worker'
  | 'farmer'
  | 'intellectual'
  | 'entrepreneur'
  | 'official'
  | 'armedForces'
  | 'student'
  | 'other';

export interface SocialCompositionEntry {
  readonly code: SocialComposition;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly directLabourer: boolean;
}

export const SOCIAL_COMPOSITIONS: readonly SocialCompositionEntry[] = [
  {
    code: 'worker',
    label: 'Công nhân',
    aliases: ['Người lao động', 'CN', 'Công nhân lao động'],
    directLabourer: true,
  },
  { code: 'farmer', label: 'Nông dân', aliases: ['ND', 'Nông dân sản xuất giỏi'], directLabourer: true },
  { code: 'intellectual', label: 'Trí thức', aliases: ['Tri thức', 'Nhà khoa học'], directLabourer: false },
  {
    code: 'entrepreneur',
    label: 'Doanh nhân',
    aliases: ['Doanh nghiệp', 'Chủ doanh nghiệp'],
    directLabourer: false,
  },
  {
    code: 'official',
    label: 'Cán bộ, công chức, viên chức',
    aliases: ['CBCCVC', 'Cán bộ công chức', 'Công chức', 'Viên chức', 'Cán bộ', 'CB, CC, VC'],
    directLabourer: false,
  },
  {
    code: 'armedForces',
    label: 'Lực lượng vũ trang',
    aliases: ['LLVT', 'Quân đội', 'Công an'],
    directLabourer: false,
  },
  {
    code: 'student',
    label: 'Học sinh, sinh viên',
    aliases: ['Học sinh', 'Sinh viên', 'HSSV'],
    directLabourer: false,
  },
  { code: 'other', label: 'Khác', aliases: ['Thành phần khác'], directLabourer: false },
];
