// CCCD / personal identification number: 12 digits kept as text. Digits 1–3 are the birth-registration
// province (63-province table), digit 4 the century and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s…),
// digits 5–6 the last two digits of the birth year. An 11-digit value almost always lost its leading zero to a
// numeric cell (every province code starts with 0): that is reported with the corrected value, which is used.

import { cleanText } from '../text/normalize';
import { CCCD_PROVINCES } from '../vocab/cccd-provinces';
import type { Gender } from '../vocab/genders';
import { type Checked, EMPTY, fail, ok, type Problem } from './problem';

const SEPARATORS = /[\s.\-_]/g;
const DIGITS = /^\d+$/;

/** Reads a CCCD cell's text (a number cell arrives as its digits). Empty → no value, no problem. */
export function checkCccd(text: string): Checked<string> {
  const clean = cleanText(text);
  const digits = DIGITS.test(clean) ? clean : clean.replace(SEPARATORS, '').replace(/^'/, '');
  if (digits === '') return EMPTY;
  if (!DIGITS.test(digits))
    return fail('cccd.format', { value: text, digits: digits.replace(/\D/g, '').length });
  if (
    digits.length === 11 &&
    !digits.startsWith('0') &&
    CCCD_PROVINCES[`0${digits.slice(0, 2)}`] !== undefined
  ) {
    const suggestion = `0${digits}`;
    return {
      value: suggestion,
      problems: [{ code: 'cccd.leadingZeroLost', params: { value: digits, suggestion } }],
    };
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
