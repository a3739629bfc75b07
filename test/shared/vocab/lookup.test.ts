import { describe, expect, it } from 'vitest';
import { buildVocabIndex, labelOf } from '../../../shared/vocab/lookup';

const entries = [
  { code: 'A', label: 'Mạ', aliases: ['Châu Mạ'] },
  { code: 'B', label: 'Mã', aliases: ['Chung'] },
  { code: 'C', label: 'Khác', aliases: ['Chung'] },
];

describe('vocabulary lookup', () => {
  it('matches code, label and alias ignoring case, spacing and punctuation; exact diacritics win', () => {
    const index = buildVocabIndex(entries);
    expect(index.lookup('mạ')).toEqual({ found: 'one', code: 'A' });
    expect(index.lookup('MÃ')).toEqual({ found: 'one', code: 'B' });
    expect(index.lookup('chau-ma')).toEqual({ found: 'one', code: 'A' });
    expect(index.lookup('b')).toEqual({ found: 'one', code: 'B' });
  });

  it('reports names shared by several entries and unknown names', () => {
    const index = buildVocabIndex(entries);
    expect(index.lookup('Ma')).toEqual({ found: 'many', codes: ['A', 'B'] });
    expect(index.lookup('chung')).toEqual({ found: 'many', codes: ['B', 'C'] });
    expect(index.lookup('xyz')).toEqual({ found: 'none' });
    expect(labelOf(entries, 'C')).toBe('Khác');
    expect(labelOf(entries, 'Z')).toBe('Z');
  });
});
