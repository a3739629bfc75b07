// Organisation names (collectives and workplaces): tokens that know which words are abbreviations, matching of an
// abbreviation against the initials of full words ("TC-KH" ~ "Tài chính – Kế hoạch", "UBND" ~ "Ủy ban nhân dân",
// "THCS" ~ "Trung học cơ sở"), and optional type prefixes ("Phòng", "Trường", "UBND"…).

import { cleanText, foldDiacritics } from '../text/normalize';

export interface OrgToken {
  /** Folded, lower-case word. */
  word: string;
  /** True when the word is an abbreviation whose letters are the initials of full words. */
  abbrev: boolean;
}

export interface OrgName {
  tokens: OrgToken[];
  /** Number of leading tokens that form a type prefix ("phong", "truong", "ubnd"…), 0 when none. */
  prefixLength: number;
  /** Folded words joined by spaces, abbreviations kept as written: the exact-match key. */
  key: string;
  /** Initials of the words after the prefix, abbreviations spelled out: the blocking key. */
  acronym: string;
}

const SEPARATORS = /[\s\-‐‑‒–—―/.,;:()[\]"'“”‘’&+]+/u;
const KNOWN_ABBREVIATIONS = new Set([
  'ubnd',
  'hdnd',
  'thcs',
  'thpt',
  'mttq',
  'ldld',
  'htx',
  'bch',
  'cb',
  'cnv',
  'cbcnv',
  'tdtt',
  'gddt',
  'kt',
  'xh',
  'ktxh',
  'tc',
  'kh',
  'tckh',
  'tnhh',
  'tp',
  'bchqs',
  'ptdtnt',
  'gdnn',
  'gdtx',
  'dtnt',
]);
const WORD_ABBREVIATIONS: Record<string, string[]> = { cty: ['cong', 'ty'] };
const PREFIXES = [
  'uy ban nhan dan',
  'cong ty',
  'trung tam',
  'chi cuc',
  'benh vien',
  'xi nghiep',
  'nha may',
  'van phong',
  'chi nhanh',
  'hop tac xa',
  'phong',
  'truong',
  'ban',
  'doi',
  'to',
  'khoa',
  'cuc',
  'hoi',
  'tram',
  'so',
].map((p) => p.split(' '));

const cache = new Map<string, OrgName>();

export function parseOrgName(text: string): OrgName {
  const cached = cache.get(text);
  if (cached) return cached;
  const tokens = tokenize(text);
  const prefixLength = prefixLengthOf(tokens);
  const parsed = {
    tokens,
    prefixLength,
    key: tokens.map((t) => t.word).join(' '),
    acronym: acronymOf(tokens.slice(prefixLength)),
  };
  if (cache.size > 50_000) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function tokenize(text: string): OrgToken[] {
  const raw = cleanText(text)
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
  const allUpper = raw.every((w) => w === w.toLocaleUpperCase('vi'));
  return raw.flatMap((w) => toTokens(w, allUpper));
}

function toTokens(raw: string, allUpper: boolean): OrgToken[] {
  const word = foldDiacritics(raw).toLowerCase();
  const expansion = WORD_ABBREVIATIONS[word];
  if (expansion) return expansion.map((w) => ({ word: w, abbrev: false }));
  return [{ word, abbrev: isAbbreviation(raw, word, allUpper) }];
}

function isAbbreviation(raw: string, word: string, allUpper: boolean): boolean {
  if (word.length < 2 || word.length > 8 || !/^[a-z]+$/.test(word)) return false;
  if (KNOWN_ABBREVIATIONS.has(word)) return true;
  if (allUpper) return !/[aeiouy]/.test(word);
  return raw === raw.toLocaleUpperCase('vi');
}

function prefixLengthOf(tokens: OrgToken[]): number {
  for (const prefix of PREFIXES) {
    const n = matchPrefix(tokens, prefix);
    if (n > 0 && n < tokens.length) return n;
  }
  return 0;
}

function matchPrefix(tokens: OrgToken[], prefix: string[]): number {
  const first = tokens[0];
  if (first?.abbrev && prefix.length > 1 && first.word === prefix.map((w) => w[0]).join('')) return 1;
  return prefix.every((w, i) => tokens[i]?.word === w && !tokens[i]?.abbrev) ? prefix.length : 0;
}

function acronymOf(tokens: OrgToken[]): string {
  return tokens.map((t) => (t.abbrev ? t.word : t.word.charAt(0))).join('');
}

/** True when both token lists name the same thing, an abbreviation on one side standing for words on the other. */
export function tokensMatch(a: OrgToken[], b: OrgToken[], i = 0, j = 0): boolean {
  if (i === a.length || j === b.length) return i === a.length && j === b.length;
  const ta = a[i] as OrgToken;
  const tb = b[j] as OrgToken;
  if (ta.word === tb.word && tokensMatch(a, b, i + 1, j + 1)) return true;
  if (ta.abbrev && spells(ta.word, b, j)) return tokensMatch(a, b, i + 1, j + ta.word.length);
  if (tb.abbrev && spells(tb.word, a, i)) return tokensMatch(a, b, i + tb.word.length, j + 1);
  return false;
}

function spells(letters: string, tokens: OrgToken[], from: number): boolean {
  if (from + letters.length > tokens.length) return false;
  for (let k = 0; k < letters.length; k++) {
    const token = tokens[from + k] as OrgToken;
    if (token.abbrev || token.word.charAt(0) !== letters.charAt(k)) return false;
  }
  return true;
}

export type OrgMatch = 'same' | 'variant' | 'none';

/**
 * 'same': same words; 'variant': same organisation written with abbreviations or with/without its type prefix;
 * 'none' otherwise. Two different prefixes ("Phòng X" / "Ban X") never match.
 */
export function compareOrgNames(a: OrgName, b: OrgName): OrgMatch {
  if (a.key === b.key) return 'same';
  if (tokensMatch(a.tokens, b.tokens)) return 'variant';
  if (a.prefixLength > 0 && b.prefixLength === 0 && tokensMatch(a.tokens.slice(a.prefixLength), b.tokens))
    return 'variant';
  if (b.prefixLength > 0 && a.prefixLength === 0 && tokensMatch(a.tokens, b.tokens.slice(b.prefixLength)))
    return 'variant';
  return 'none';
}
