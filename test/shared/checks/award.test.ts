import { describe, expect, it } from 'vitest';
import { checkAward, checkAwardFits, findAward } from '../../../shared/checks/award';

describe('award', () => {
  it.each([
    ['Bằng khen của Chủ tịch UBND tỉnh', 'BK_TINH'],
    ['bang khen cua chu tich uy ban nhan dan tinh', 'BK_TINH'],
    ['Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'BK_TINH'],
    ['BK_TINH', 'BK_TINH'],
    ['bk_tinh', 'BK_TINH'],
    ['CSTĐCS', 'CSTD_CS'],
    ['Chiến sĩ thi đua cơ sở', 'CSTD_CS'],
    ['Danh hiệu Lao động tiên tiến', 'LDTT'],
    ['LAO ĐỘNG TIÊN TIẾN', 'LDTT'],
    ['Huân chương Lao động hạng Ba', 'HC_LAO_DONG_3'],
    ['Huân chương Lao động hạng 3', 'HC_LAO_DONG_3'],
    ['Bằng khen của Thủ tướng Chính phủ', 'BK_TTG'],
    ['Tập thể lao động xuất sắc', 'TTLDXS'],
    ['Đơn vị quyết thắng', 'TTLDXS'],
    ['Giấy khen', 'GIAY_KHEN'],
  ])('%s → %s', (text, code) => {
    expect(findAward(text)).toBe(code);
    expect(checkAward(text)).toEqual({ value: code, problems: [] });
  });

  it('rejects unknown awards', () => {
    expect(checkAward('Huy hiệu').problems[0]?.code).toBe('award.unknown');
    expect(checkAward('')).toEqual({ problems: [] });
  });

  it('checks the award kind and the campaign subset', () => {
    expect(checkAwardFits('TTLDXS', 'individual').map((p) => p.code)).toEqual(['award.wrongKind']);
    expect(checkAwardFits('CSTD_CS', 'collective').map((p) => p.code)).toEqual(['award.wrongKind']);
    expect(checkAwardFits('GD_VH', 'individual').map((p) => p.code)).toEqual(['award.wrongKind']);
    expect(checkAwardFits('BK_TINH', 'collective')).toEqual([]);
    expect(checkAwardFits('GIAY_KHEN', 'individual', ['BK_TINH']).map((p) => p.code)).toEqual([
      'award.notAllowed',
    ]);
    expect(checkAwardFits('GIAY_KHEN', 'individual', [])).toEqual([]);
  });
});
