import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, matchKey, nameCase } from '../../../shared/text/normalize';

describe('normalize', () => {
  it.each([
    ['Nguye\u0302\u0303n  Va\u0306n\u200B An ', 'Nguyễn Văn An'],
    ['\u00A0Trần\tThị  Bình', 'Trần Thị Bình'],
  ])('cleanText(%j) is NFC and folded', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
  it('folds diacritics and đ', () => {
    expect(foldDiacritics('Đặng Thị Ánh')).toBe('Dang Thi Anh');
    expect(matchKey(' ĐỖ  Văn  Đức ')).toBe('do van duc');
  });
  it('name-cases Vietnamese names', () => {
    expect(nameCase('nguyễn văn  AN')).toBe('Nguyễn Văn An');
    expect(nameCase('ĐẶNG thị ánh')).toBe('Đặng Thị Ánh');
  });
});
