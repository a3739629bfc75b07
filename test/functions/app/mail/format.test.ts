import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellRef,
  escapeHtml,
  formatDate,
  formatDateTime,
  formatPercent,
  singleLine,
} from '../../../../functions/app/mail/format';

describe('mail format helpers', () => {
  it('escapes HTML special characters and normalises to NFC', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a&b "c" 'd'`)).toBe('a&amp;b &quot;c&quot; &#39;d&#39;');
    expect(escapeHtml('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });

  it('escaped text never contains a raw < > or quote (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s))));
  });

  it('singleLine removes CR/LF and other control characters', () => {
    expect(singleLine('UBND xã A\r\nBcc: x@y.z')).toBe('UBND xã A Bcc: x@y.z');
    fc.assert(fc.property(fc.string(), (s) => !/[\r\n\u0000-\u001f]/.test(singleLine(s))));
  });

  it('formats dates, percentages and cell references the Vietnamese way', () => {
    expect(formatDate('2026-12-15')).toBe('15/12/2026');
    expect(formatDateTime('2026-11-16T08:15:00.000Z')).toBe('16/11/2026 15:15');
    expect(formatDateTime('2026-11-16T20:00:00.000Z')).toBe('17/11/2026 03:00');
    expect(formatPercent(0.857)).toBe('85,7%');
    expect(formatPercent(null)).toBe('—');
    expect(cellRef('Cá nhân', 12, 6)).toBe('Cá nhân!F12');
    expect(cellRef('Cá nhân', 12, 0)).toBe('Cá nhân!12:12');
  });
});
