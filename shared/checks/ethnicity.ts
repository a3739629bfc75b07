// Ethnicity by name, alias ("Mèo" → HMông, "Việt" → Kinh) or code ("01"). An official name always resolves to its
// own group ("Hoa" → 04, "Thổ" → 24); only an alias shared by several groups and naming no group officially
// ("Mán", "Trại", "Xá Lá Vàng"…) gives a warning listing the candidates and no code.
import { ETHNIC_GROUPS } from '../vocab/ethnic-groups';
import { buildVocabIndex } from '../vocab/lookup';
import { type Checked, EMPTY, fail, ok } from './problem';

const INDEX = buildVocabIndex(ETHNIC_GROUPS);
const PREFIX = /^(dân tộc|dan toc|dt)\s+/i;

function labelOf(code: string): string {
  return ETHNIC_GROUPS.find((g) => g.code === code)?.label ?? code;
}

/** Text of a one-digit code cell ("1" typed as a number) is padded: "1" → "01". */
function asCode(text: string): string {
  return /^\d$/.test(text) ? `0${text}` : text;
}

export function checkEthnicity(text: string): Checked<string> {
  if (text === '') return EMPTY;
  const match = INDEX.lookup(asCode(text.replace(PREFIX, '')));
  if (match.found === 'one') return ok(match.code);
  if (match.found === 'many') {
    const candidates = match.codes.map((c) => `${labelOf(c)} (${c})`).join(', ');
    return fail('ethnicity.ambiguous', { value: text, candidates });
  }
  return fail('ethnicity.unknown', { value: text });
}

/** Every alias that names more than one group and is no group's official name: the ones a list must spell out. */
export function ambiguousEthnicAliases(): string[] {
  const official = new Set(ETHNIC_GROUPS.map((g) => g.label));
  const seen = new Map<string, Set<string>>();
  for (const g of ETHNIC_GROUPS) {
    for (const name of g.aliases) {
      if (official.has(name)) continue;
      const codes = seen.get(name) ?? new Set<string>();
      codes.add(g.code);
      seen.set(name, codes);
    }
  }
  return [...seen].filter(([, codes]) => codes.size > 1).map(([name]) => name);
}
