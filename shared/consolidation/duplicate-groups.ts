// Duplicate groups as published in a master version (stable ids, reasons in Vietnamese, member keys for decisions),
// and the review issues they put on entries while undecided.

import { DUPLICATE_REASONS } from './codes';
import { hash64 } from './hash';
import { entryIssue, type SourcedRow } from './master-entry';
import { minOf } from './nominee-ids';
import type { DuplicateGroup, FoundGroup, MasterEntry } from './types';

export function publishGroup(group: FoundGroup, rows: SourcedRow[], nomineeIds: string[]): DuplicateGroup {
  const members = group.members.map((i) => rows[i] as SourcedRow);
  const memberKeys = [...new Set(members.map((m) => m.source.memberKey))].sort();
  const published: DuplicateGroup = {
    groupId: `g-${hash64(minOf(memberKeys))}`,
    kind: group.exact ? 'exact' : 'probable',
    score: Math.round(group.score * 100) / 100,
    reasons: group.reasons.map((code) => ({ code, message: DUPLICATE_REASONS[code] })),
    memberRowIds: members.map((m) => m.source.rowId),
    memberKeys,
    nomineeIds: [...new Set(group.members.map((i) => nomineeIds[i] ?? ''))].sort(),
  };
  if (group.decision) published.decision = group.decision;
  return published;
}

/** Links entries to their groups and flags probable groups the board has not decided. */
export function markEntries(groups: DuplicateGroup[], entries: Map<string, MasterEntry>): void {
  for (const group of groups) {
    const members = group.nomineeIds.map((id) => entries.get(id)).filter((e) => e !== undefined);
    for (const entry of members) entry.duplicateGroupIds.push(group.groupId);
    if (group.kind === 'exact' || group.decision) continue;
    const reasons = group.reasons.map((r) => r.message.replace(/\.$/, '').toLocaleLowerCase('vi')).join('; ');
    const code = members.length === 1 ? 'CONS_PROBABLE_MERGED' : 'CONS_PROBABLE_DUPLICATE';
    for (const entry of members)
      entry.issues.push(entryIssue(code, '', { count: group.memberRowIds.length, reasons }));
  }
}
