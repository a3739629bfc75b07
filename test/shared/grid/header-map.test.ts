import { describe, expect, it } from 'vitest';
import { mapHeader, matchHeader } from '../../../shared/grid/header-map';

function keyOf(text: string, kind: 'individual' | 'collective' = 'individual'): string | undefined {
  const role = matchHeader(text, kind);
  if (role === undefined) return undefined;
  return role.role === 'field'
    ? role.field.key
    : role.role === 'combined'
      ? role.id
      : role.role === 'splitBirth'
        ? `split:${role.gender}`
        : role.role;
}

describe('header matching', () => {
  it.each([
    ['HỌ VÀ TÊN', 'fullName'],
    ['Ho va ten', 'fullName'],
    ['Họ và tên ', 'fullName'],
    ['Họ và tên (*)', 'fullName'],
    ['Họ và tên'.normalize('NFD'), 'fullName'],
    ['Họ và tên người được đề nghị khen thưởng', 'fullName'],
    ['Chức vụ, đơn vị công tác', 'positionWorkplace'],
    ['Chức vụ - Đơn vị công tác', 'positionWorkplace'],
    ['Đảng viên/Đoàn viên', 'partyUnion'],
    ['Năm sinh (Nam)', 'split:male'],
    ['Năm sinh Nữ', 'split:female'],
    ['Số CCCD/CMND', 'cccd'],
    ['SĐT', 'phone'],
    ['Hình thức khen thưởng đề nghị', 'award'],
    ['Tóm tắt thành tích', 'achievements'],
    ['STT', 'seq'],
    ['TT', 'seq'],
    ['Cột phụ', undefined],
  ])('%j → %s', (text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  it('uses the kind: collective names and counts only in collective lists', () => {
    expect(keyOf('Tên tập thể', 'collective')).toBe('collectiveName');
    expect(keyOf('Tên tập thể', 'individual')).toBeUndefined();
    expect(keyOf('Số LĐTT', 'collective')).toBe('advancedMembers');
  });

  it('maps a two-row header with the split birth-year columns and merged top cells', () => {
    const map = mapHeader(
      [
        ['STT', 'Họ và tên', 'Năm sinh', '', 'Khen thưởng đã đạt', '', 'Hình thức đề nghị'],
        ['', '', 'Nam', 'Nữ', 'Hình thức', 'Số quyết định', ''],
      ],
      'individual',
    );
    expect(
      map.columns.map((c) => [
        c.index,
        c.role.role === 'field'
          ? c.role.field.key
          : c.role.role === 'splitBirth'
            ? c.role.gender
            : c.role.role,
      ]),
    ).toEqual([
      [0, 'seq'],
      [1, 'fullName'],
      [2, 'male'],
      [3, 'female'],
      [4, 'priorAwards'],
      [5, 'priorAwardDecision'],
      [6, 'award'],
    ]);
    expect([...map.present].sort()).toEqual([
      'award',
      'birthYear',
      'fullName',
      'gender',
      'priorAwardDecision',
      'priorAwards',
    ]);
    expect(map.seqIndex).toBe(0);
  });

  it('reports duplicate columns and keeps the first', () => {
    const map = mapHeader(['Họ và tên', 'Họ tên', 'Họ và tên'], 'individual');
    expect(map.columns).toHaveLength(1);
    expect(map.duplicates.map((d) => d.index)).toEqual([1, 2]);
  });

  it('survives non-string header cells', () => {
    expect(
      mapHeader([null, 3, { a: 1 }, 'Họ và tên'] as unknown as string[], 'individual').columns,
    ).toHaveLength(1);
    expect(mapHeader(undefined, 'individual').columns).toEqual([]);
  });
});
