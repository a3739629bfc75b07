// Professional education (trình độ chuyên môn) and political theory (lý luận chính trị) levels. Lists write
// them with a discipline attached ("Cử nhân Luật", "ThS. Quản lý giáo dục"), so matching also accepts a value
// that starts with a label or alias (see shared/checks/levels.ts).
export type EducationLevel =
  | 'none'
  | 'general'
  | 'primary'
  | 'intermediate'
  | 'college'
  | 'university'
  | 'master'
  | 'doctor';

export const EDUCATION_LEVELS: readonly {
  code: EducationLevel;
  label: string;
  aliases: readonly string[];
}[] = [
  { code: 'none', label: 'Chưa qua đào tạo', aliases: ['Không', 'Chưa đào tạo'] },
  {
    code: 'general',
    label: 'Phổ thông',
    aliases: ['12/12', '9/12', '10/10', 'THPT', 'THCS', 'Trung học phổ thông'],
  },
  { code: 'primary', label: 'Sơ cấp', aliases: ['Sơ cấp nghề', 'Công nhân kỹ thuật'] },
  { code: 'intermediate', label: 'Trung cấp', aliases: ['TC', 'Trung cấp nghề', 'Trung học chuyên nghiệp'] },
  { code: 'college', label: 'Cao đẳng', aliases: ['CĐ', 'Cao đẳng nghề'] },
  {
    code: 'university',
    label: 'Đại học',
    aliases: [
      'ĐH',
      'Cử nhân',
      'CN',
      'Kỹ sư',
      'Kĩ sư',
      'KS',
      'Bác sĩ',
      'BS',
      'Dược sĩ',
      'Kiến trúc sư',
      'Luật sư',
    ],
  },
  { code: 'master', label: 'Thạc sĩ', aliases: ['ThS', 'Thạc sỹ', 'Bác sĩ chuyên khoa I', 'BSCKI', 'CKI'] },
  {
    code: 'doctor',
    label: 'Tiến sĩ',
    aliases: [
      'TS',
      'Tiến sỹ',
      'PGS.TS',
      'GS.TS',
      'PGS',
      'GS',
      'Phó giáo sư',
      'Giáo sư',
      'Bác sĩ chuyên khoa II',
      'BSCKII',
      'CKII',
    ],
  },
];

export type PoliticalTheoryLevel = 'none' | 'elementary' | 'intermediate' | 'advanced' | 'bachelor';

export const POLITICAL_THEORY_LEVELS: readonly {
  code: PoliticalTheoryLevel;
  label: string;
  aliases: readonly string[];
}[] = [
  { code: 'none', label: 'Chưa qua đào tạo', aliases: ['Không', 'Chưa'] },
  { code: 'elementary', label: 'Sơ cấp', aliases: ['SC', 'Sơ cấp lý luận chính trị'] },
  {
    code: 'intermediate',
    label: 'Trung cấp',
    aliases: ['TC', 'Trung cấp lý luận chính trị', 'Trung cấp chính trị'],
  },
  { code: 'advanced', label: 'Cao cấp', aliases: ['CC', 'Cao cấp lý luận chính trị', 'Cao cấp chính trị'] },
  { code: 'bachelor', label: 'Cử nhân', aliases: ['CN', 'Cử nhân chính trị', 'Cử nhân lý luận chính trị'] },
];
