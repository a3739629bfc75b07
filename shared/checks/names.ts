// Personal and collective names: NFC, folded spaces, Vietnamese name casing for people; no digits or symbols
// in a person's name; a one-word personal name draws a warning.
import { nameCase } from '../text/normalize';
import { type Checked, EMPTY, fail, ok } from './problem';

const NAME_CHARS = /^[\p{L}\p{M}' .-]+$/u;

/** Already name-cased letters in two or more words: the common case, one regex. */
const CASED_FULL_NAME = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+$/u;

export function checkPersonName(text: string): Checked<string> {
  if (text === '') return EMPTY;
  if (CASED_FULL_NAME.test(text)) return ok(text);
  if (!NAME_CHARS.test(text)) return fail('name.invalid', { value: text });
  const value = nameCase(text);
  if (!value.includes(' ')) return { value, problems: [{ code: 'name.incomplete', params: { value } }] };
  return ok(value);
}
