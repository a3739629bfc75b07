// Content identity of a submission: a SHA-256 over a canonical JSON of what the unit sent (kind + grid), so the
// same rows sent twice hash alike whatever the key order or the Unicode normalisation form of the text.
import { createHash } from 'node:crypto';
import type { GridInput } from '../../../shared/api/grid';

function canonical(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function contentHash(kind: string, grid: GridInput): string {
  const { header, rows, firstRow, firstColumn = 1, sheetName = '' } = grid;
  return sha256(JSON.stringify(canonical({ kind, header, rows, firstRow, firstColumn, sheetName })));
}

/** Document id for a client submission key (any characters allowed in the key stay out of paths). */
export function keyId(submissionKey: string): string {
  return sha256(`key:${submissionKey}`).slice(0, 40);
}

/** A version submitted on top of `baseVersion` with this content: identical concurrent submits share the id. */
export function versionId(hash: string, baseVersion: number): string {
  return sha256(`${hash}:${baseVersion}`).slice(0, 40);
}
