// Personal identification numbers (CCCD: 12 digits; 10 or 11 when a number cell lost its leading zeros, as for
// the "00…" numbers of Hà Nội) never leave the
// system in full: every outward text (mail parts, log lines, error details) passes through maskPersonalIds at its
// boundary, and views mask a CCCD cell with maskCccd.

/** "001203004545" → "0012******45": 4 first and 2 last digits kept; anything shorter than 8 is masked entirely. */
export function maskCccd(value: string): string {
  const digits = value.replace(/\s/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}

/** A run of 10–12 digits standing alone (not part of a longer number or of a word such as an id). */
const ID_RUN = /(?<![\p{L}\p{N}_])\d{10,12}(?![\p{L}\p{N}_])/gu;

/** Masks every CCCD-like digit run of a text with maskCccd; everything else is kept as is. */
export function maskPersonalIds(text: string): string {
  return text.replace(ID_RUN, (digits) => maskCccd(digits));
}

/** A full 12-digit run anywhere in a text (for tests and assertions: outward text must have none). */
export const FULL_ID_RUN = /(?<!\d)\d{12}(?!\d)/u;
