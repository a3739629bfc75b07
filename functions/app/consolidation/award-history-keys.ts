// Nominee keys of the award history: CCCD when known, else name + birth year (individuals) or the organisation
// name (collectives), in the matchKey form (no diacritics, folded case and spaces).
import type { NomineeFields } from '../../../shared/consolidation/types';
import { matchKey } from '../../../shared/text/normalize';

export function cccdKey(cccd: string): string {
  return `cccd:${cccd}`;
}

/** Every key under which history of this nominee may have been recorded. */
export function nomineeKeysOf(data: NomineeFields): string[] {
  const keys: string[] = [];
  if (data.cccd) keys.push(cccdKey(data.cccd));
  const year = data.birthYear ?? (data.birthDate ? Number(data.birthDate.slice(0, 4)) : undefined);
  if (data.fullName && year !== undefined) keys.push(`name:${matchKey(data.fullName)}|${year}`);
  if (data.collectiveName) keys.push(`org:${matchKey(data.collectiveName)}`);
  return keys;
}

/** The key an award is recorded under (the most specific one). */
export function primaryKey(data: NomineeFields): string | undefined {
  return nomineeKeysOf(data)[0];
}
