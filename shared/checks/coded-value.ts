// Coded fields read from their Vietnamese wording: education and political-theory levels, social composition,
// sector, task rating, initiative scope, emulation movement. Levels are often written with a discipline
// ("Cử nhân Luật", "ThS Quản lý giáo dục"), so they also match on a leading label or alias.
import { lookupKey } from '../text/normalize';
import { buildVocabIndex, type VocabEntry, type VocabIndex } from '../vocab/lookup';
import { type Checked, EMPTY, fail, ok } from './problem';

export interface CodedVocab {
  readonly entries: readonly VocabEntry[];
  readonly index: VocabIndex;
  /** Accept a value that starts with a label/alias (words after it are a discipline or detail). */
  readonly prefix: boolean;
  readonly prefixes: readonly (readonly [string, string])[];
}

export function codedVocab(entries: readonly VocabEntry[], prefix = false): CodedVocab {
  const prefixes = entries
    .flatMap((e) => [e.label, ...(e.aliases ?? [])].map((n) => [lookupKey(n), e.code] as const))
    .filter(([k]) => k !== '')
    .sort((a, b) => b[0].length - a[0].length);
  return { entries, index: buildVocabIndex(entries), prefix, prefixes };
}

function byPrefix(vocab: CodedVocab, text: string): string | undefined {
  const key = lookupKey(text);
  return vocab.prefixes.find(([p]) => key.startsWith(`${p} `))?.[1];
}

function choices(vocab: CodedVocab): string {
  return vocab.entries.map((e) => e.label).join('; ');
}

/** Code for the text; `label` names the column in the message. */
export function checkCoded(vocab: CodedVocab, text: string, label: string): Checked<string> {
  if (text === '') return EMPTY;
  const match = vocab.index.lookup(text);
  if (match.found === 'one') return ok(match.code);
  const code = vocab.prefix ? byPrefix(vocab, text) : undefined;
  if (code !== undefined) return ok(code);
  return fail('vocab.unknown', { value: text, label, choices: choices(vocab) });
}
