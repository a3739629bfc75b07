// The award history that applies to one row: entries passed by the caller (matched to the nominee by CCCD,
// else name + birth year, else collective name; entries without identity apply to every row) plus what the
// row's own "Khen thưởng đã đạt" text says ("CSTĐ cơ sở năm 2022, 2023; Bằng khen UBND tỉnh 2021").
import type { AwardHistoryEntry } from '../schema/campaign-rules';
import { compactKey, matchKey } from '../text/normalize';
import { AWARDS } from '../vocab/awards';
import type { NomineeFacts } from './facts';

export interface TitleYears {
  awardCode: string;
  year: number;
}

const SEGMENT = /[;\n]+/;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/g;
const YEAR = /\b(?:19|20)\d{2}\b/g;

const ALIAS_KEYS: readonly (readonly [string, string])[] = AWARDS.flatMap((a) =>
  [a.label, ...a.aliases].map((n) => [compactKey(n), a.code] as const),
)
  .filter(([k]) => k.length >= 4)
  .sort((a, b) => b[0].length - a[0].length);

function yearsIn(segment: string): number[] {
  const years = new Set<number>();
  for (const m of segment.matchAll(YEAR_RANGE)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    for (let y = from; y <= to && to - from <= 50; y++) years.add(y);
  }
  for (const m of segment.matchAll(YEAR)) years.add(Number(m[0]));
  return [...years];
}

/** The longest award alias found in a segment of text. */
function awardIn(segment: string): string | undefined {
  const key = compactKey(segment);
  return ALIAS_KEYS.find(([alias]) => key.includes(alias))?.[1];
}

const parsedCache = new Map<string, readonly TitleYears[]>();

/** Titles and years stated in a "Khen thưởng đã đạt" text (cached per text: lists repeat formulas). */
export function parsePriorAwards(text: string): readonly TitleYears[] {
  const hit = parsedCache.get(text);
  if (hit !== undefined) return hit;
  const parsed = parseUncached(text);
  if (parsedCache.size < 5000) parsedCache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): TitleYears[] {
  const out: TitleYears[] = [];
  for (const segment of text.split(SEGMENT)) {
    const awardCode = awardIn(segment);
    if (awardCode === undefined) continue;
    for (const year of yearsIn(segment)) out.push({ awardCode, year });
  }
  return out;
}

function isFor(entry: AwardHistoryEntry, data: NomineeFacts): boolean {
  if (data.collectiveName !== undefined) {
    return entry.collectiveName === undefined
      ? entry.cccd === undefined && entry.fullName === undefined
      : matchKey(entry.collectiveName) === matchKey(data.collectiveName);
  }
  if (entry.cccd !== undefined) return entry.cccd === data.cccd;
  if (entry.fullName !== undefined) {
    return (
      matchKey(entry.fullName) === matchKey(data.fullName ?? '') &&
      (entry.birthYear === undefined || entry.birthYear === data.birthYear)
    );
  }
  return entry.collectiveName === undefined;
}

/** History entries that concern this row, plus the titles its own text states. */
export function historyFor(data: NomineeFacts, history: readonly AwardHistoryEntry[]): TitleYears[] {
  const own = data.priorAwards === undefined ? [] : parsePriorAwards(data.priorAwards);
  const given = history.filter((e) => isFor(e, data)).map((e) => ({ awardCode: e.awardCode, year: e.year }));
  return [...given, ...own];
}

/** Consecutive years holding one of `titles`, ending at `year` (or at `year - 1` when `year` is not decided yet). */
export function consecutiveYears(entries: readonly TitleYears[], title: string, year: number): number {
  if (entries.length === 0) return 0;
  const years = new Set(entries.filter((e) => e.awardCode === title).map((e) => e.year));
  let y = years.has(year) ? year : year - 1;
  let count = 0;
  while (years.has(y)) {
    count++;
    y--;
  }
  return count;
}
