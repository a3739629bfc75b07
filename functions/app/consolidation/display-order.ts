// Display order of master entries (the consolidation core's order): kind, then name without diacritics, then
// nomineeId. Stores that do not keep entries in one sequence restore it with sortEntries.
import type { MasterEntry } from '../../../shared/consolidation/types';

export function sortEntries<T extends MasterEntry>(entries: T[]): T[] {
  const keyed = entries.map((entry) => ({ entry, key: foldName(entry.displayName) }));
  keyed.sort(
    (a, b) =>
      compare(a.entry.kind, b.entry.kind) ||
      compare(a.key, b.key) ||
      compare(a.entry.nomineeId, b.entry.nomineeId),
  );
  return keyed.map((k) => k.entry);
}

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
