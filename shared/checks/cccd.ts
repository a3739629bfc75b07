// CCCD / personal identification number: 12 digits kept as text. Digits 1–3 are the birth-registration
// province (63-province table), digit 4 the century and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s…),
// digits 5–6 the last two digits of the birth year. Every province code starts with 0, so a CCCD typed into a
// numeric cell loses that zero (11 digits), and for codes 001–009 (Hà Nội, Hà Giang, Cao Bằng, Bắc Kạn, Tuyên
// Quang) two zeros (10 digits). Both are restored, with a warning: an 11-digit value when its province code
// exists; a 10-digit value only when the restored value is a plausible CCCD (province code of the table, a
// 1900s/2000s century digit, a birth year not after the current year). Anything else (a serial number, a phone
// number typed as a number) stays a format error.

import { cleanText } from '../text/normalize';
import { CCCD_PROVINCES } from '../vocab/cccd-provinces';
import type { Gender } from '../vocab/genders';
import { type Checked, EMPTY, fail, ok, type Problem } from './problem';

const SEPARATORS = /[\s.\-_]/g;
const DIGITS = /^\d+$/;

/** A 12-digit value that could be a real CCCD: known province, 1900s/2000s, born by `currentYear`. */
export function isPlausibleCccd(digits: string, currentYear = 2099): boolean {
  if (!/^\d{12}$/.test(digits) || CCCD_PROVINCES[digits.slice(0, 3)] === undefined) return false;
  const centuryDigit = Number(digits.charAt(3));
  if (centuryDigit > 3) return false;
  return cccdFacts(digits).birthYear <= currentYear;
}

/**
 * The 12-digit value a number lost its leading zeros from. 11 digits (one zero lost, every province code starts
 * with 0): the province code must exist (the cross-checks with gender and birth year then report a wrong digit).
 * 10 digits (two zeros lost, only provinces 001–009): the whole value must be plausible, since a 10-digit number is
 * more often something else (a serial, a phone number) than a Hà Nội CCCD.
 */
export function restoreLostZeros(digits: string, currentYear = 2099): string | undefined {
  if (digits.startsWith('0')) return undefined;
  const candidate = digits.padStart(12, '0');
  if (digits.length === 11)
    return CCCD_PROVINCES[candidate.slice(0, 3)] !== undefined ? candidate : undefined;
  if (digits.length === 10) return isPlausibleCccd(candidate, currentYear) ? candidate : undefined;
  return undefined;
}

/**
 * Reads a CCCD cell's text (a number cell arrives as its digits). Empty → no value, no problem. `currentYear`
 * bounds the birth year of a restored value (a number whose restoration would be born in the future is not one).
 */
export function checkCccd(text: string, currentYear = 2099): Checked<string> {
  const clean = cleanText(text);
  const digits = DIGITS.test(clean) ? clean : clean.replace(SEPARATORS, '').replace(/^'/, '');
  if (digits === '') return EMPTY;
  if (!DIGITS.test(digits))
    return fail('cccd.format', { value: text, digits: digits.replace(/\D/g, '').length });
  const restored = restoreLostZeros(digits, currentYear);
  if (restored !== undefined) {
    const code = digits.length === 11 ? 'cccd.leadingZeroLost' : 'cccd.leadingZerosLost';
    return { value: restored, problems: [{ code, params: { value: digits, suggestion: restored } }] };
  }
  if (digits.length !== 12) return fail('cccd.format', { value: digits, digits: digits.length });
  const province = digits.slice(0, 3);
  if (CCCD_PROVINCES[province] === undefined)
    return { problems: [{ code: 'cccd.province', params: { value: digits, province } }] };
  return ok(digits);
}

export interface CccdFacts {
  province: string;
  gender: Gender;
  birthYear: number;
}

/** Facts encoded in a valid 12-digit CCCD. */
export function cccdFacts(cccd: string): CccdFacts {
  const centuryDigit = Number(cccd.charAt(3));
  const century = 1900 + Math.floor(centuryDigit / 2) * 100;
  return {
    province: cccd.slice(0, 3),
    gender: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(cccd.slice(4, 6)),
  };
}

const GENDER_VI: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/** Consistency of a valid CCCD with the stated gender and birth year. */
export function crossCheckCccd(
  cccd: string,
  gender: Gender | undefined,
  birthYear: number | undefined,
): Problem[] {
  const facts = cccdFacts(cccd);
  const problems: Problem[] = [];
  if (gender !== undefined && gender !== facts.gender) {
    problems.push({
      code: 'cccd.genderMismatch',
      params: { value: cccd, cccdGender: GENDER_VI[facts.gender], gender: GENDER_VI[gender] },
    });
  }
  if (birthYear !== undefined && birthYear !== facts.birthYear) {
    problems.push({
      code: 'cccd.birthYearMismatch',
      params: { value: cccd, cccdYear: facts.birthYear, year: birthYear },
    });
  }
  return problems;
}
