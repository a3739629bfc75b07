import { describe, expect, it } from 'vitest';
import { needsSanitizing, sanitizeText } from '../../../shared/text/sanitize';
import { wellFormed } from './well-formed';

describe('sanitizeText', () => {
  it('keeps ordinary text (same string) including tabs and line breaks', () => {
    const text = 'Nguyễn Văn An\nPhó Giám đốc\tSở Tài chính';
    expect(sanitizeText(text)).toBe(text);
    expect(needsSanitizing(text)).toBe(false);
    expect(sanitizeText('😀 Đào')).toBe('😀 Đào');
  });

  it('removes NUL, C0 controls other than tab/LF/CR, DEL, C1 controls and non-characters', () => {
    expect(sanitizeText('Nguyễn\u0000 Văn\u0007 An\u007f\u0085\uFFFE')).toBe('Nguyễn Văn An');
    expect(needsSanitizing('a\u0000b')).toBe(true);
  });

  it('replaces a lone surrogate by U+FFFD, keeps valid pairs', () => {
    expect(sanitizeText('Lê\uD83D Văn')).toBe('Lê\uFFFD Văn');
    expect(sanitizeText('x\uDE00y')).toBe('x\uFFFDy');
    expect(sanitizeText('\uD83D\uDE00\uD83D')).toBe('\uD83D\uDE00\uFFFD');
  });

  it('gives well-formed text for any input', () => {
    for (let i = 0; i < 2000; i++) {
      const codes = Array.from({ length: 8 }, (_, k) => (i * 7919 + k * 104729) % 0x10000);
      const out = sanitizeText(String.fromCharCode(...codes));
      expect(wellFormed(out)).toBe(true);
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(out)).toBe(false);
    }
  });
});
