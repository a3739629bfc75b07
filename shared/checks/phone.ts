// Phone numbers: 10-digit mobiles (prefixes below) and 11-digit landlines (area codes 02x). +84 / 84 prefixes
// are normalised to the leading 0; a number cell that lost its leading zero (912345678) is read as 0912345678.
import { cleanText } from '../text/normalize';
import { type Checked, EMPTY, fail, ok } from './problem';

/**
 * Assigned mobile prefixes (domain.md: 032–039, 056, 058, 059, 070, 076–079, 081–086, 088–099), plus 087 (Itel)
 * and 055 (Reddi), which are in use; anything else with a 0[35789] start draws a warning, not an error.
 */
export const MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  ...['032', '033', '034', '035', '036', '037', '038', '039'],
  ...['055', '056', '058', '059', '070', '076', '077', '078', '079'],
  ...['081', '082', '083', '084', '085', '086', '087', '088', '089'],
  ...['090', '091', '092', '093', '094', '095', '096', '097', '098', '099'],
]);

const SEPARATORS = /[\s.\-()/]/g;
const HAS_SEPARATOR = /[\s.\-()/]/;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/** Domestic form with a leading 0. */
export function normalisePhone(raw: string): string {
  if (raw.startsWith('+84')) return `0${raw.slice(3)}`;
  if (raw.startsWith('0084')) return `0${raw.slice(4)}`;
  if (raw.startsWith('84') && (raw.length === 11 || raw.length === 12)) return `0${raw.slice(2)}`;
  if (!raw.startsWith('0') && (raw.length === 9 || raw.length === 10)) return `0${raw}`;
  return raw;
}

/** Reads a phone cell's text (a number cell arrives as its digits). Empty → no value, no problem. */
export function checkPhone(text: string): Checked<string> {
  const clean = cleanText(text);
  const raw = HAS_SEPARATOR.test(clean) ? clean.replace(SEPARATORS, '') : clean;
  if (raw === '') return EMPTY;
  const phone = normalisePhone(raw);
  if (!MOBILE.test(phone)) return LANDLINE.test(phone) ? ok(phone) : fail('phone.invalid', { value: raw });
  if (!MOBILE_PREFIXES.has(phone.slice(0, 3))) {
    return {
      value: phone,
      problems: [{ code: 'phone.unknownPrefix', params: { value: phone, prefix: phone.slice(0, 3) } }],
    };
  }
  return ok(phone);
}
