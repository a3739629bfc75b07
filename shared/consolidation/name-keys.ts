// Matching keys for people's names: the diacritic-free key, the sorted-token key (swapped name order), the exact
// lower-case key (keeps accents), and edit-distance helpers for the symmetric-delete (one typo) neighbourhood.

import { cleanText, matchKey } from '../text/normalize';

const NOT_NAME_CHAR = /[^\p{L}\p{N} ]+/gu;
const foldedCache = new Map<string, string>();

/** Diacritic-free, lower-case, punctuation-free key ("Nguyễn Văn Ân" → "nguyen van an"). */
export function foldedName(name: string): string {
  return cached(foldedCache, name, () => squeeze(matchKey(name).replace(NOT_NAME_CHAR, ' ')));
}

const exactCache = new Map<string, string>();
const sortedCache = new Map<string, string>();

/** Lower-case NFC key that keeps diacritics ("Nguyễn Văn Ân" ≠ "Nguyễn Văn An"). */
export function exactName(name: string): string {
  return cached(exactCache, name, () => squeeze(cleanText(name).toLowerCase().replace(NOT_NAME_CHAR, ' ')));
}

/** Tokens of a folded key sorted, so any order of the same words gives the same key. */
export function sortedTokens(folded: string): string {
  return cached(sortedCache, folded, () => folded.split(' ').sort().join(' '));
}

function cached(cache: Map<string, string>, key: string, compute: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size > 200_000) cache.clear();
  cache.set(key, value);
  return value;
}

function squeeze(text: string): string {
  return text.replace(/ +/g, ' ').trim();
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of adjacent characters. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (diff === 0) return sameTail(a, b, i + 1, i + 1) || isSwapAt(a, b, i);
  return diff > 0 ? sameTail(a, b, i + 1, i) : sameTail(a, b, i, i + 1);
}

function sameTail(a: string, b: string, from: number, fromB: number): boolean {
  return a.slice(from) === b.slice(fromB);
}

function isSwapAt(a: string, b: string, i: number): boolean {
  return a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, b, i + 2, i + 2);
}

const BASE = 131;

/**
 * Numeric hashes of the key and of every one-character deletion of it, mixed with a salt (the birth year), so two
 * keys within one edit share at least one value. Hash collisions only add candidates; pairs are verified later.
 */
export function deletionHashes(key: string, salt: number): number[] {
  const n = key.length;
  const prefix = new Array<number>(n + 1);
  const pow = new Array<number>(n + 1);
  prefix[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] ?? 0, BASE) + key.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i] ?? 1, BASE);
  }
  const out = [mix(prefix[n] ?? 0, salt, n)];
  for (let i = 0; i < n; i++) out.push(mix(deletedHash(prefix, pow, n, i), salt, n - 1));
  return out;
}

function deletedHash(prefix: number[], pow: number[], n: number, i: number): number {
  const head = prefix[i] ?? 0;
  const tail = ((prefix[n] ?? 0) - Math.imul(prefix[i + 1] ?? 0, pow[n - i - 1] ?? 1)) | 0;
  return (Math.imul(head, pow[n - i - 1] ?? 1) + tail) | 0;
}

function mix(hash: number, salt: number, length: number): number {
  let h = Math.imul(hash ^ (salt * 0x9e3779b1), 0x85ebca6b) ^ length;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
