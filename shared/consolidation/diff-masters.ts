// What changed between two master versions: nominees added and removed, field-level changes of the others, and
// duplicate groups that are new.

import type { ChangedEntry, ChangeSet, ChangeValue, DuplicateGroup, FieldChange, MasterEntry } from './types';

type Compared = (e: MasterEntry) => ChangeValue;

const COMPARED: Record<string, Compared> = {
  displayName: (e) => e.displayName,
  gender: (e) => e.gender ?? null,
  birthDate: (e) => e.birthDate ?? null,
  birthYear: (e) => e.birthYear ?? null,
  ethnicity: (e) => e.ethnicity ?? null,
  cccd: (e) => e.cccd ?? null,
  workplace: (e) => e.workplace ?? null,
  position: (e) => e.position ?? null,
  award: (e) => e.award ?? null,
  proposedAwards: (e) => e.proposedAwards,
  movement: (e) => e.movement ?? null,
  sector: (e) => e.sector ?? null,
  socialComposition: (e) => e.socialComposition ?? null,
  directLabourer: (e) => e.directLabourer ?? null,
  delegate: (e) => e.delegate ?? null,
  honoured: (e) => e.honoured ?? null,
  achievements: (e) => e.achievements ?? null,
  units: (e) => [...new Set(e.sources.map((s) => s.unitId))].sort(),
  issues: (e) => [...new Set(e.issues.map((i) => i.code))].sort(),
  eligible: (e) => e.eligibility?.eligible ?? null,
  reviewState: (e) => e.reviewState,
  awardDecision: (e) => e.awardDecision ?? null,
};

export interface DiffableMaster {
  entries: MasterEntry[];
  duplicates: DuplicateGroup[];
}

export function diffMasters(previous: DiffableMaster | undefined, next: DiffableMaster): ChangeSet {
  const before = new Map((previous?.entries ?? []).map((e) => [e.nomineeId, e]));
  const after = new Map(next.entries.map((e) => [e.nomineeId, e]));
  const oldGroups = new Set((previous?.duplicates ?? []).map((g) => g.groupId));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)).sort(),
    removed: [...before.keys()].filter((id) => !after.has(id)).sort(),
    changed: changedEntries(before, next.entries),
    newDuplicateGroups: next.duplicates
      .map((g) => g.groupId)
      .filter((id) => !oldGroups.has(id))
      .sort(),
  };
}

function changedEntries(before: Map<string, MasterEntry>, entries: MasterEntry[]): ChangedEntry[] {
  const changed: ChangedEntry[] = [];
  for (const entry of entries) {
    const old = before.get(entry.nomineeId);
    const fields = old ? fieldChanges(old, entry) : [];
    if (fields.length > 0)
      changed.push({ nomineeId: entry.nomineeId, displayName: entry.displayName, fields });
  }
  return changed.sort((a, b) => (a.nomineeId < b.nomineeId ? -1 : 1));
}

export function fieldChanges(old: MasterEntry, next: MasterEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, read] of Object.entries(COMPARED)) {
    const a = read(old);
    const b = read(next);
    if (!sameValue(a, b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

function sameValue(a: ChangeValue, b: ChangeValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
