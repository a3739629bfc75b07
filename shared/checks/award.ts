// The proposed award: code, label or alias, ignoring case, diacritics and wording around it ("Đề nghị tặng
// Bằng khen của Chủ tịch UBND tỉnh"). The award must suit the row kind and the campaign's allowed subset.
import type { NominationKind } from '../grid/types';
import { compactKey } from '../text/normalize';
import { AWARDS, type AwardKind, awardByCode } from '../vocab/awards';
import { buildVocabIndex } from '../vocab/lookup';
import { type Checked, EMPTY, fail, NO_PROBLEMS, ok, type Problem } from './problem';

const INDEX = buildVocabIndex(AWARDS);
const LEADING_WORDS =
  /^(?:đề nghị|de nghi|tặng|tang|khen tặng|danh hiệu|danh hieu|hình thức|công nhận|cong nhan|[,:.\s-])+/iu;
const UBND = /\b(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|uy ban nhan dan)\b/giu;

/** "UBND" and "Ủy ban nhân dân" are the same words; give both spellings one key. */
function variants(text: string): string[] {
  const bare = text.replace(LEADING_WORDS, '').trim();
  return [text, bare, bare.replace(UBND, 'UBND')];
}

/** Award code for a text, or undefined. */
export function findAward(text: string): string | undefined {
  for (const v of variants(text)) {
    const match = INDEX.lookup(v);
    if (match.found === 'one') return match.code;
  }
  return undefined;
}

export function checkAward(text: string): Checked<string> {
  if (compactKey(text) === '') return EMPTY;
  const code = findAward(text);
  return code === undefined ? fail('award.unknown', { value: text }) : ok(code);
}

const KIND_VI: Record<AwardKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** Kind and campaign-subset checks for a known award code. */
export function checkAwardFits(
  code: string,
  kind: NominationKind,
  allowed?: readonly string[],
): readonly Problem[] {
  const award = awardByCode(code);
  const fitsKind = award === undefined || (award.kinds as readonly string[]).includes(kind);
  const inSubset = allowed === undefined || allowed.length === 0 || allowed.includes(code);
  if (award === undefined || (fitsKind && inSubset)) return NO_PROBLEMS;
  const problems: Problem[] = [];
  if (!(award.kinds as readonly string[]).includes(kind)) {
    const awardKinds = award.kinds.map((k) => KIND_VI[k]).join(', ');
    problems.push({
      code: 'award.wrongKind',
      params: { award: award.label, awardKinds, rowKind: KIND_VI[kind] },
    });
  }
  if (allowed !== undefined && allowed.length > 0 && !allowed.includes(code)) {
    const names = allowed.map((c) => awardByCode(c)?.label ?? c).join('; ');
    problems.push({ code: 'award.notAllowed', params: { award: award.label, allowed: names } });
  }
  return problems;
}
