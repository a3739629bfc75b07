// Vietnamese text normalisation. Contract (other modules rely on these names and behaviours):
// - cleanText: NFC, zero-width characters removed, whitespace folded and trimmed.
// - foldDiacritics: removes Vietnamese diacritics, đ/Đ → d/D (keeps case).
// - matchKey: cleanText + foldDiacritics + lower case: the diacritic-free key used for matching.
// - nameCase: Vietnamese name casing ("nguyễn văn  AN" → "Nguyễn Văn An").

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

export function cleanText(value: string): string {
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

export function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function matchKey(value: string): string {
  return foldDiacritics(cleanText(value)).toLowerCase();
}

export function nameCase(value: string): string {
  return cleanText(value)
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}
