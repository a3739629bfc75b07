// Genders as nomination lists write them.
export type Gender = 'male' | 'female';

export const GENDERS: readonly { code: Gender; label: string; aliases: readonly string[] }[] = [
  { code: 'male', label: 'Nam', aliases: ['M', 'Male', 'Trai', 'Giới tính nam'] },
  { code: 'female', label: 'Nữ', aliases: ['F', 'Female', 'Gái', 'Giới tính nữ'] },
];
