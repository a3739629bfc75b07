// Text hygiene at the door: characters no person typed and no store or file format keeps faithfully. One
// function, used by validateGrid's cell normalisation (and reusable by storage and the xlsx writer):
// - a lone surrogate (half of a UTF-16 pair: invalid UTF-8, refused by Firestore) → U+FFFD "�", visible;
// - NUL, the other C0 controls except tab, line feed and carriage return, DEL, the C1 controls U+0080–U+009F
//   (xlsx drops or refuses them) and the non-characters U+FFFE/U+FFFF → removed.
// Pure; returns the same string object when nothing changes.

const UNSAFE = /[\uD800-\uDFFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the text holds a character sanitizeText may change (one regex test: the cheap pre-check). */
export function hasUnsafeChars(text: string): boolean {
  return UNSAFE.test(text);
}

/** True when sanitizeText would change the text. */
export function needsSanitizing(text: string): boolean {
  if (!UNSAFE.test(text)) return false;
  return sanitizeText(text) !== text;
}

/** The text with lone surrogates replaced by U+FFFD and control characters removed. */
export function sanitizeText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  const out = text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '');
  return out === text ? text : out;
}
