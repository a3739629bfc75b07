// Stable nominee ids. A nominee keeps the id it had in the previous master version when one of its member keys was
// there; otherwise the id is derived from the smallest identity key of its members (CCCD, or name + birth year),
// so re-runs give the same ids even when units edit other rows.

import type { NominationKind } from '../grid/types';
import { hash64 } from './hash';
import type { MasterVersion } from './types';

export interface IdMember {
  memberKey: string;
  identityKey: string;
}

export interface IdComponent {
  kind: NominationKind;
  members: IdMember[];
}

export function assignNomineeIds(components: IdComponent[], previous?: MasterVersion): string[] {
  const previousIds = previousIdsByMemberKey(previous);
  const claimed = new Set<string>();
  const ids = new Array<string>(components.length);
  for (const c of orderByMinKey(components)) {
    const id = reusedId(c.component, previousIds, claimed) ?? freshId(c.component, claimed);
    claimed.add(id);
    ids[c.index] = id;
  }
  return ids;
}

function orderByMinKey(
  components: IdComponent[],
): Array<{ component: IdComponent; index: number; key: string }> {
  return components
    .map((component, index) => ({ component, index, key: minOf(component.members.map((m) => m.memberKey)) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.index - y.index));
}

function previousIdsByMemberKey(previous?: MasterVersion): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of previous?.entries ?? []) {
    for (const source of entry.sources)
      if (!ids.has(source.memberKey)) ids.set(source.memberKey, entry.nomineeId);
  }
  return ids;
}

function reusedId(
  c: IdComponent,
  previousIds: Map<string, string>,
  claimed: Set<string>,
): string | undefined {
  const keys = c.members.map((m) => m.memberKey).sort();
  for (const key of keys) {
    const id = previousIds.get(key);
    if (id !== undefined && !claimed.has(id)) return id;
  }
  return undefined;
}

function freshId(c: IdComponent, claimed: Set<string>): string {
  const prefix = c.kind === 'individual' ? 'i-' : 'c-';
  const byIdentity = prefix + hash64(minOf(c.members.map((m) => m.identityKey)));
  if (!claimed.has(byIdentity)) return byIdentity;
  const byMember = prefix + hash64(`m|${minOf(c.members.map((m) => m.memberKey))}`);
  let id = byMember;
  for (let n = 2; claimed.has(id); n++) id = `${byMember}-${n}`;
  return id;
}

export function minOf(values: string[]): string {
  let min = values[0] ?? '';
  for (const v of values) if (v < min) min = v;
  return min;
}
