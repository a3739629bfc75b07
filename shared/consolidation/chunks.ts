// Splitting a master version into chunk payloads (one document each) with stable ids and content hashes, so the
// orchestration rewrites only the chunks whose hash changed. Entries are grouped by kind and first source unit,
// ordered by nomineeId (a rename does not move an entry), and cut into chunks of at most `size` entries. Entries
// "chưa hợp lệ" (invalidEntries) go into chunks of their own (`invalid-<kind>-<unit>-<n>`).

import { contentHash } from './hash';
import type { MasterChunk, MasterEntry, MasterVersion, UnitSubmission } from './types';

export const DEFAULT_CHUNK_SIZE = 200;

export function chunkMaster(
  master: Pick<MasterVersion, 'entries' | 'invalidEntries'>,
  size = DEFAULT_CHUNK_SIZE,
): MasterChunk[] {
  const groups = new Map<string, MasterEntry[]>();
  for (const entry of [...master.entries, ...(master.invalidEntries ?? [])]) {
    const prefix = entry.validity === 'invalid' ? 'x' : '';
    const key = `${prefix}${entry.kind}\u0000${entry.sources[0]?.unitId ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.keys()].sort().flatMap((key) => cutGroup(groups.get(key) ?? [], Math.max(1, size)));
}

function cutGroup(entries: MasterEntry[], size: number): MasterChunk[] {
  const sorted = [...entries].sort((a, b) =>
    a.nomineeId < b.nomineeId ? -1 : a.nomineeId > b.nomineeId ? 1 : 0,
  );
  const first = sorted[0];
  const kind = first?.kind ?? 'individual';
  const unitId = first?.sources[0]?.unitId ?? '';
  const prefix = first?.validity === 'invalid' ? 'invalid-' : '';
  const chunks: MasterChunk[] = [];
  for (let start = 0, n = 1; start < sorted.length; start += size, n++) {
    const part = sorted.slice(start, start + size);
    chunks.push({
      chunkId: `${prefix}${kind}-${safeId(unitId)}-${n}`,
      unitId,
      kind,
      hash: contentHash(part),
      entries: part,
    });
  }
  return chunks;
}

/** A Firestore-safe id fragment: unit ids with other characters are replaced by a hash. */
function safeId(unitId: string): string {
  return /^[A-Za-z0-9_.-]{1,100}$/.test(unitId) ? unitId : `u${contentHash(unitId)}`;
}

/** Content hash of the master entries each unit takes part in (an entry with two units counts in both). */
export function unitContentHashes(master: Pick<MasterVersion, 'entries'>): Record<string, string> {
  const byUnit = new Map<string, MasterEntry[]>();
  for (const entry of master.entries) {
    for (const unitId of new Set(entry.sources.map((s) => s.unitId))) {
      const list = byUnit.get(unitId);
      if (list) list.push(entry);
      else byUnit.set(unitId, [entry]);
    }
  }
  const out: Record<string, string> = {};
  for (const unitId of [...byUnit.keys()].sort()) out[unitId] = contentHash(byUnit.get(unitId));
  return out;
}

/** Content hash of a unit's submitted rows (not its version or time): equal hashes mean nothing to re-consolidate. */
export function submissionContentHash(submission: UnitSubmission): string {
  return contentHash({
    unitId: submission.unitId,
    unitName: submission.unitName ?? null,
    rows: submission.rows,
  });
}
