// E-mail addresses: trimmed, lower-cased, "mailto:" dropped; one @, a dotted domain, no spaces.
import { cleanText } from '../text/normalize';
import { type Checked, EMPTY, fail, ok } from './problem';

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function checkEmail(text: string): Checked<string> {
  const email = cleanText(text)
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (email === '') return EMPTY;
  if (email.length > 254 || !EMAIL.test(email) || email.includes('..'))
    return fail('email.invalid', { value: text });
  return ok(email);
}
