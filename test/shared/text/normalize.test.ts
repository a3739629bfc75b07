import { describe, expect, it } from 'vitest';
import {
  cleanText,
  compactKey,
  exactKey,
  foldDiacritics,
  lookupKey,
  matchKey,
  nameCase,
} from '../../../shared/text/normalize';

describe('normalize', () => {
  it.each([
    ['Nguye\u0302\u0303n  Va\u0306n\u200B An ', 'Nguyễn Văn An'],
    ['\u00A0Trần\tThị  Bình', 'Trần Thị Bình'],
    ['Lê\u00ADVăn', 'LêVăn'],
    ['  plain ascii  ', 'plain ascii'],
    ['Hoàng Văn Thụ', 'Hoàng Văn Thụ'],
    ['\uFEFFĐỗ\u3000Mười\n', 'Đỗ Mười'],
  ])('cleanText(%j) is NFC and folded', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
    expect(cleanText(input)).toBe(cleanText(input).normalize('NFC'));
  });

  it('folds diacritics and đ, keeping case', () => {
    expect(foldDiacritics('Đặng Thị Ánh')).toBe('Dang Thi Anh');
    expect(foldDiacritics('Đặng Thị Ánh'.normalize('NFD'))).toBe('Dang Thi Anh');
    expect(foldDiacritics('Nguyễn Văn An')).toBe('Nguyen Van An');
  });

  it.each([
    [' ĐỖ  Văn  Đức ', 'do van duc'],
    ['NGUYỄN VĂN AN', 'nguyen van an'],
    ['Nguyen Van An', 'nguyen van an'],
    ['Nguyễn Văn An'.normalize('NFD'), 'nguyen van an'],
    ['Ơ Đu', 'o du'],
  ])('matchKey(%j) = %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('name-cases Vietnamese names', () => {
    expect(nameCase('nguyễn văn  AN')).toBe('Nguyễn Văn An');
    expect(nameCase('ĐẶNG thị ánh')).toBe('Đặng Thị Ánh');
    expect(nameCase('Lò Văn Giàng')).toBe('Lò Văn Giàng');
  });

  it('builds lookup, compact and exact keys for headers and vocabularies', () => {
    expect(lookupKey('Chức vụ, đơn vị công tác (*)')).toBe('chuc vu don vi cong tac');
    expect(compactKey("H'Mông")).toBe(compactKey('HMông'));
    expect(compactKey('Khơ-me')).toBe('khome');
    expect(exactKey('Mạ')).not.toBe(exactKey('Mã'));
  });
});
