// Vietnamese text normalisation. Contract (other modules rely on these names and behaviours):
// - cleanText: NFC, zero-width characters removed, whitespace folded and trimmed.
// - foldDiacritics: removes Vietnamese diacritics, đ/Đ → d/D (keeps case).
// - matchKey: cleanText + foldDiacritics + lower case: the diacritic-free key used for matching.
// - nameCase: Vietnamese name casing ("nguyễn văn  AN" → "Nguyễn Văn An").
// Extensions: lookupKey (matchKey with punctuation folded to spaces, for headers and vocabularies) and
// compactKey (lookupKey without spaces: "H'Mông" and "HMông" and "H Mông" meet).

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u3000]+/g;
const COMBINING = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const PLAIN = /^[\x20-\x7e]*$/;
/**
 * Already clean: single-spaced words of printable ASCII, Latin-1 (minus NBSP and soft hyphen), Latin Extended-A/B
 * and Latin Extended Additional (where precomposed Vietnamese letters live). Every such character is NFC-stable
 * and no pair of them composes (checked exhaustively), so the string is returned as is: the hot path of
 * validateGrid, where normalize('NFC') dominated the cost.
 */
const CLEAN =
  /^[\x21-\x7e\u00a1-\u00ac\u00ae-\u024f\u1e00-\u1eff]+(?: [\x21-\x7e\u00a1-\u00ac\u00ae-\u024f\u1e00-\u1eff]+)*$/;
const NON_ASCII = /[^\x00-\x7f]/g;
const foldCache = new Map<string, string>();

export function cleanText(value: string): string {
  if (CLEAN.test(value)) return value;
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  const folded = ch
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
  if (foldCache.size < 4096) foldCache.set(ch, folded);
  return folded;
}

export function foldDiacritics(value: string): string {
  if (PLAIN.test(value)) return value;
  // Per character on NFC text (cached), so precomposed letters fold without normalising the whole string.
  const nfc = CLEAN.test(value) ? value : value.normalize('NFC');
  return nfc.replace(NON_ASCII, foldChar);
}

const NOT_LOWER_ASCII = /[^\x00-\x40\x5b-\x7f]/g;
const lowerFoldCache = new Map<string, string>();

function lowerFoldChar(ch: string): string {
  const hit = lowerFoldCache.get(ch);
  if (hit !== undefined) return hit;
  const folded = foldChar(ch).toLowerCase();
  if (lowerFoldCache.size < 4096) lowerFoldCache.set(ch, folded);
  return folded;
}

export function matchKey(value: string): string {
  const clean = cleanText(value);
  // One pass over clean NFC text: upper-case ASCII and non-ASCII letters are folded and lower-cased per character.
  return CLEAN.test(clean)
    ? clean.replace(NOT_LOWER_ASCII, lowerFoldChar)
    : foldDiacritics(clean).toLowerCase();
}

const NAME_CASED = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*$/u;

export function nameCase(value: string): string {
  const clean = cleanText(value);
  if (NAME_CASED.test(clean)) return clean;
  return clean
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

/** matchKey with every run of punctuation turned into one space: "Chức vụ, đơn vị" → "chuc vu don vi". */
export function lookupKey(value: string): string {
  return matchKey(value).replace(NON_ALNUM, ' ').trim();
}

/** lookupKey without spaces: "Khơ-me", "Khơ me" and "KHƠME" all give "khome". */
export function compactKey(value: string): string {
  return matchKey(value).replace(NON_ALNUM, '');
}

/** Lower-cased NFC text with punctuation and spaces removed but diacritics kept (exact-first vocabulary match). */
export function exactKey(value: string): string {
  return cleanText(value).toLowerCase().replace(NON_ALNUM, '');
}
