import { describe, expect, it } from 'vitest';
import { compareOrgNames, parseOrgName } from '../../../shared/consolidation/org-names';

const compare = (a: string, b: string) => compareOrgNames(parseOrgName(a), parseOrgName(b));

describe('organisation names', () => {
  it.each([
    ['Phòng Tài chính – Kế hoạch', 'Phòng Tài chính - Kế hoạch', 'same'],
    ['Phòng Tài chính – Kế hoạch', 'PHÒNG TÀI CHÍNH — KẾ HOẠCH', 'same'],
    ['Cty CP Xi măng', 'Công ty CP Xi măng', 'same'],
    ['Phòng Tài chính – Kế hoạch', 'Phòng TC-KH', 'variant'],
    ['Phòng Tài chính – Kế hoạch', 'Phòng TCKH', 'variant'],
    ['Ủy ban nhân dân xã Tân Lập', 'UBND xã Tân Lập', 'variant'],
    ['Ủy ban nhân dân xã Tân Lập', 'xã Tân Lập', 'variant'],
    ['Trường THCS Lê Lợi', 'Trường Trung học cơ sở Lê Lợi', 'variant'],
    ['Hợp tác xã Nông nghiệp Tân Tiến', 'HTX Nông nghiệp Tân Tiến', 'variant'],
    ['Phòng Văn hóa', 'Ban Văn hóa', 'none'],
    ['Tổ Toán Tin', 'Tổ Tiếng Trung', 'none'],
    ['Phòng TC-KH', 'Phòng Thanh tra', 'none'],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
    expect(compare(b, a)).toBe(expected);
  });

  it('gives abbreviated and full forms the same blocking acronym', () => {
    expect(parseOrgName('Phòng TC-KH').acronym).toBe(parseOrgName('Tài chính – Kế hoạch').acronym);
    expect(parseOrgName('UBND xã Tân Lập').prefixLength).toBe(1);
    expect(parseOrgName('Ủy ban nhân dân xã Tân Lập').prefixLength).toBe(4);
  });
});
