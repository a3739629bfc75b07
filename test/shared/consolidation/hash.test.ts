import { describe, expect, it } from 'vitest';
import { contentHash, hash64, stableStringify } from '../../../shared/consolidation/hash';

describe('hash', () => {
  it('is 16 hex digits, deterministic and sensitive to every character', () => {
    expect(hash64('Nguyễn Văn An')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('Nguyễn Văn An')).toBe(hash64('Nguyễn Văn An'));
    expect(hash64('Nguyễn Văn An')).not.toBe(hash64('Nguyễn Văn Ân'));
    expect(hash64('')).not.toBe(hash64(' '));
  });

  it('has no collisions on 100,000 distinct strings', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(hash64(`row-${i}`));
    expect(seen.size).toBe(100_000);
  });

  it('hashes content independently of key order and undefined properties', () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
