// Legacy Vietnamese encodings → Unicode. Old workbooks were typed with 8-bit "font encodings": TCVN3 (ABC, fonts
// .VnTime/.VnArial, capitals with tone marks in the companion font .VnTimeH) and VNI (VNI-Times, a base letter
// followed by a separate mark character). An xlsx file stores such text as the Windows-1252 characters of those
// bytes ("NguyÔn V¨n An", "Nguyeãn Vaên An"). A third case is UTF-8 text once read as Latin-1 ("Nguyá»\x85n",
// from a CSV round trip). This module detects them and converts to NFC Unicode. Pure.

export type LegacyEncoding = 'tcvn3' | 'vni' | 'utf8-as-latin1';

/** The encodings a font name can imply. */
export type FontEncoding = 'tcvn3' | 'vni';

// TCVN3 (ABC): one code per lower-case letter; the .VnTimeH font shows the same codes as capitals.
const TCVN3_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['µ', 'à'],
  ['¸', 'á'],
  ['¶', 'ả'],
  ['·', 'ã'],
  ['¹', 'ạ'],
  ['¨', 'ă'],
  ['»', 'ằ'],
  ['¾', 'ắ'],
  ['¼', 'ẳ'],
  ['½', 'ẵ'],
  ['Æ', 'ặ'],
  ['©', 'â'],
  ['Ç', 'ầ'],
  ['Ê', 'ấ'],
  ['È', 'ẩ'],
  ['É', 'ẫ'],
  ['Ë', 'ậ'],
  ['®', 'đ'],
  ['Ì', 'è'],
  ['Ð', 'é'],
  ['Î', 'ẻ'],
  ['Ï', 'ẽ'],
  ['Ñ', 'ẹ'],
  ['ª', 'ê'],
  ['Ò', 'ề'],
  ['Õ', 'ế'],
  ['Ó', 'ể'],
  ['Ô', 'ễ'],
  ['Ö', 'ệ'],
  ['×', 'ì'],
  ['Ý', 'í'],
  ['Ø', 'ỉ'],
  ['Ü', 'ĩ'],
  ['Þ', 'ị'],
  ['ß', 'ò'],
  ['ã', 'ó'],
  ['á', 'ỏ'],
  ['â', 'õ'],
  ['ä', 'ọ'],
  ['«', 'ô'],
  ['å', 'ồ'],
  ['è', 'ố'],
  ['æ', 'ổ'],
  ['ç', 'ỗ'],
  ['é', 'ộ'],
  ['¬', 'ơ'],
  ['ê', 'ờ'],
  ['í', 'ớ'],
  ['ë', 'ở'],
  ['ì', 'ỡ'],
  ['î', 'ợ'],
  ['ï', 'ù'],
  ['ó', 'ú'],
  ['ñ', 'ủ'],
  ['ò', 'ũ'],
  ['ô', 'ụ'],
  ['\u00AD', 'ư'],
  ['õ', 'ừ'],
  ['ø', 'ứ'],
  ['ö', 'ử'],
  ['÷', 'ữ'],
  ['ù', 'ự'],
  ['ú', 'ỳ'],
  ['ý', 'ý'],
  ['û', 'ỷ'],
  ['ü', 'ỹ'],
  ['þ', 'ỵ'],
  ['¡', 'Ă'],
  ['¢', 'Â'],
  ['§', 'Đ'],
  ['£', 'Ê'],
  ['¤', 'Ô'],
  ['¥', 'Ơ'],
  ['¦', 'Ư'],
];
const TCVN3 = new Map(TCVN3_PAIRS);

// VNI: tone and shape marks follow the base letter. Marks differ in lower and upper case.
const VNI_LOWER_MARKS = { tone: 'øùûõï', hat: 'àáåãä', breve: 'èéúüë' } as const;
const VNI_UPPER_MARKS = { tone: 'ØÙÛÕÏ', hat: 'ÀÁÅÃÄ', breve: 'ÈÉÚÜË' } as const;
// Unicode tone order used below: grave, acute, hook, tilde, dot (same order as the VNI mark strings).
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const VNI_SINGLE = new Map<string, string>([
  ['ñ', 'đ'],
  ['Ñ', 'Đ'],
  ['ô', 'ơ'],
  ['Ô', 'Ơ'],
  ['ö', 'ư'],
  ['Ö', 'Ư'],
  ['ì', 'ì'],
  ['í', 'í'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
  ['Ì', 'Ì'],
  ['Í', 'Í'],
  ['Æ', 'Ỉ'],
  ['Ó', 'Ĩ'],
  ['Ò', 'Ị'],
  ['Î', 'Ỵ'],
]);
// One token: a base letter with its marks ("aâ" → â, "aé" → ắ, "ôù" → ớ), or a single-character letter.
const VNI_TOKEN =
  /([aeiouyAEIOUY])(â|ê|Â|Ê)?([øùûõïØÙÛÕÏàáåãäÀÁÅÃÄèéúüëÈÉÚÜË])?|([ôöÔÖ])([øùûõïØÙÛÕÏ])?|([ñÑìíæóòîÌÍÆÓÒÎ])/g;

/** Converts TCVN3 (ABC) text to NFC Unicode. `capitals`: the text was set in a capitals font (.VnTimeH). */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  out = capitals ? out.toLocaleUpperCase('vi') : upperCaseShoutedWords(out);
  return out.normalize('NFC');
}

// In a word typed in capitals ("DANH S¸CH"), the TCVN3 codes decode to lower case: put them back in capitals.
function upperCaseShoutedWords(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, '');
    return ascii.length >= 2 && ascii === ascii.toUpperCase() ? word.toLocaleUpperCase('vi') : word;
  });
}

/** Converts VNI (VNI-Times) text to NFC Unicode. */
export function decodeVni(text: string): string {
  return text.replace(VNI_TOKEN, decodeVniToken).normalize('NFC');
}

function decodeVniToken(token: string, ...groups: Array<string | undefined>): string {
  const [base, shape, mark, hornBase, hornMark, single] = groups;
  if (single !== undefined) return VNI_SINGLE.get(single) ?? single;
  if (hornBase !== undefined) return (VNI_SINGLE.get(hornBase) ?? hornBase) + toneOf(hornMark);
  if (base === undefined) return token;
  return composeVowel(base, shape, mark);
}

function composeVowel(base: string, shape: string | undefined, mark: string | undefined): string {
  const upper = base === base.toUpperCase();
  const marks = upper ? VNI_UPPER_MARKS : VNI_LOWER_MARKS;
  const lowerBase = base.toLowerCase();
  const hatIndex = mark === undefined ? -1 : marks.hat.indexOf(mark);
  const breveIndex = mark === undefined ? -1 : marks.breve.indexOf(mark);
  if (shape !== undefined) return applyShape(base, shape) + toneOf(mark);
  if (hatIndex >= 0 && 'aeo'.includes(lowerBase)) return `${base}\u0302${TONES[hatIndex] ?? ''}`;
  if (breveIndex >= 0 && lowerBase === 'a') return `${base}\u0306${TONES[breveIndex] ?? ''}`;
  return base + toneOf(mark);
}

// "aâ" = â, "aê" = ă (the bare hat/breve marks).
function applyShape(base: string, shape: string): string {
  const lower = shape.toLowerCase();
  if (lower === 'â' && 'aeoAEO'.includes(base)) return `${base}\u0302`;
  if (lower === 'ê' && 'aA'.includes(base)) return `${base}\u0306`;
  return base + shape;
}

function toneOf(mark: string | undefined): string {
  if (mark === undefined) return '';
  const lower = VNI_LOWER_MARKS.tone.indexOf(mark);
  const upper = VNI_UPPER_MARKS.tone.indexOf(mark);
  const index = lower >= 0 ? lower : upper;
  return index >= 0 ? (TONES[index] ?? '') : mark;
}

// ---------------------------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------------------------

// Letters of Vietnamese written in Unicode within U+00A0–U+00FF; anything else in that block is a legacy sign.
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
// VNI mark sequences that never occur in Unicode Vietnamese ("oà" is left out: it is the old spelling of "hoà").
const VNI_SEQUENCE = /[aeAE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË]|[aeiouyAEIOUYôöÔÖ][ùøûõïÙØÛÕÏ]/g;
// "NguyÔn": a Latin-1 capital right after a small letter is a TCVN3 code, not a capital.
const CAPITAL_INSIDE_WORD = /[a-z\u00E0-\u00FF\u0103\u0111\u01A1\u01B0\u1EA1-\u1EF9][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/g;
const TCVN3_ONLY = /[µ¸¶·¹¨»¾¼½©Ç®Ðª×Þß÷þ¡¢§£¤¥¦«¬\u00AD]/g;

/** How strongly a text looks legacy-encoded: characters that plain Unicode Vietnamese never uses. */
export function legacySigns(text: string): number {
  let signs = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x80 && code <= 0x9f) || (code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)))
      signs++;
  }
  return signs + (text.match(VNI_SEQUENCE)?.length ?? 0) + (text.match(CAPITAL_INSIDE_WORD)?.length ?? 0);
}

/** Latin-1 block characters (with C1) that Unicode Vietnamese never uses, as one character class. */
const NON_VIETNAMESE_LATIN1 = (() => {
  let cls = '';
  for (let code = 0x80; code <= 0xff; code++) {
    const ch = String.fromCharCode(code);
    if (!VIETNAMESE_LATIN1.has(ch)) cls += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return cls;
})();
const LEGACY_SIGN = new RegExp(
  `[${NON_VIETNAMESE_LATIN1}]|${VNI_SEQUENCE.source}|${CAPITAL_INSIDE_WORD.source}`,
);

/** True when the text cannot be plain Unicode Vietnamese (it holds legacy signs). One regex test. */
export function looksLegacy(text: string): boolean {
  return LEGACY_SIGN.test(text);
}

/** One cell's text converted from the legacy encoding it decodes as, or undefined when it is not legacy text. */
export function legacyCellFix(text: string): { converted: string; encoding: LegacyEncoding } | undefined {
  // Legacy text shows its signs at once: the first 400 characters decide (long summaries stay cheap).
  if (!looksLegacy(text.length > 400 ? text.slice(0, 400) : text)) return undefined;
  const encoding = detectLegacyEncoding([text]);
  if (encoding === null) return undefined;
  const converted = decodeLegacy(text, encoding);
  return converted === text ? undefined : { converted, encoding };
}

export interface LegacyGridChange {
  /** 0-based indices into the rows given. */
  row: number;
  column: number;
  from: string;
  to: string;
}

/**
 * Converts a whole grid of cells (e.g. a sheet's getValues()) typed in a legacy encoding: the encoding is detected
 * over every text cell together (as the xlsx import does), then each cell that looks legacy is decoded. Pure: the
 * input is not changed; `rows` shares unchanged row arrays. For the add-on's "convert in place" action (one write).
 */
export function convertLegacyGrid(rows: readonly (readonly unknown[])[]): {
  rows: unknown[][];
  encoding: LegacyEncoding | null;
  changes: LegacyGridChange[];
} {
  const texts = rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string'));
  const encoding = detectLegacyEncoding(texts);
  const changes: LegacyGridChange[] = [];
  if (encoding === null) return { rows: rows.map((r) => [...r]), encoding, changes };
  const out = rows.map((r, ri) =>
    r.map((cell, ci) => {
      if (typeof cell !== 'string') return cell;
      const to = fixLegacyText(cell, encoding);
      if (to !== cell) changes.push({ row: ri, column: ci, from: cell, to });
      return to;
    }),
  );
  return { rows: out, encoding: changes.length > 0 ? encoding : null, changes };
}

/**
 * Which legacy encoding a set of texts (e.g. every text cell of a sheet) was typed in, or null when they look like
 * Unicode. Each candidate decoding is scored by the legacy signs left after decoding plus the signs specific to the
 * other encoding; the best candidate must remove most signs.
 */
export function detectLegacyEncoding(texts: readonly string[]): LegacyEncoding | null {
  const suspicious = texts.filter(looksLegacy);
  if (suspicious.length === 0) return null;
  if (suspicious.filter((t) => decodeUtf8Mojibake(t) !== null).length * 2 >= suspicious.length)
    return 'utf8-as-latin1';
  const before = sum(suspicious, legacySigns);
  const tcvn3 = sum(suspicious, (t) => legacySigns(decodeTcvn3(t))) + vniEvidence(suspicious);
  const vni = sum(suspicious, (t) => legacySigns(decodeVni(t))) + tcvn3Evidence(suspicious);
  const best: LegacyEncoding = tcvn3 <= vni ? 'tcvn3' : 'vni';
  return Math.min(tcvn3, vni) * 2 < before ? best : null;
}

function vniEvidence(texts: readonly string[]): number {
  return sum(texts, (t) => t.match(VNI_SEQUENCE)?.length ?? 0);
}

function tcvn3Evidence(texts: readonly string[]): number {
  return sum(texts, (t) => t.match(TCVN3_ONLY)?.length ?? 0);
}

function sum(texts: readonly string[], score: (text: string) => number): number {
  return texts.reduce((total, text) => total + score(text), 0);
}

/** Decodes one text from the given legacy encoding. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  if (encoding === 'utf8-as-latin1') return decodeUtf8Mojibake(text) ?? text;
  return encoding === 'tcvn3' ? decodeTcvn3(text, capitals) : decodeVni(text);
}

/**
 * Converts a text typed in `encoding` to Unicode, but only when the text itself looks legacy: a cell already in
 * Unicode inside a legacy sheet is left as it is.
 */
export function fixLegacyText(text: string, encoding: LegacyEncoding | null, capitals = false): string {
  if (encoding === null || !looksLegacy(text)) return text;
  return decodeLegacy(text, encoding, capitals);
}

/** The legacy encoding a font name implies (".VnTime", ".VnTimeH", "VNI-Times"…), and whether it is a capitals font. */
export function encodingOfFont(
  fontName: string | undefined,
): { encoding: FontEncoding; capitals: boolean } | null {
  if (fontName === undefined) return null;
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /H$/.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/**
 * UTF-8 text that was read as Latin-1 ("Nguyá»\x85n" → "Nguyễn"), or null when the text is not such a thing: every
 * character must be a byte (≤ U+00FF), the bytes valid UTF-8, and at least one sequence multi-byte.
 */
export function decodeUtf8Mojibake(text: string): string | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code > 0xff) return null;
    bytes.push(code);
  }
  let out = '';
  let multiByte = false;
  for (let i = 0; i < bytes.length; ) {
    const seq = utf8Sequence(bytes, i);
    if (seq === null) return null;
    out += String.fromCodePoint(seq.codePoint);
    multiByte ||= seq.length > 1;
    i += seq.length;
  }
  return multiByte ? out.normalize('NFC') : null;
}

function utf8Sequence(bytes: number[], i: number): { codePoint: number; length: number } | null {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return { codePoint: lead, length: 1 };
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0) return null;
  let codePoint = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    codePoint = (codePoint << 6) | (b & 0x3f);
  }
  return { codePoint, length };
}
