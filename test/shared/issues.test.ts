import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, isIssueCode, issueMessage, makeIssue } from '../../shared/issues';

describe('issue registry', () => {
  it('every code has a severity, an NFC Vietnamese message and an English description', () => {
    for (const [code, def] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      expect(['error', 'warning']).toContain(def.severity);
      expect(def.message).toBe(def.message.normalize('NFC'));
      expect(def.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      expect(def.description).toMatch(/^[A-Z0-9].+\.$/);
    }
  });

  it('fills placeholders, cuts long values and shows … for missing ones', () => {
    expect(issueMessage('required.missing', { label: 'Họ và tên' })).toBe(
      'Chưa nhập "Họ và tên". Đây là thông tin bắt buộc.',
    );
    expect(issueMessage('required.missing')).toBe('Chưa nhập "…". Đây là thông tin bắt buộc.');
    const long = issueMessage('email.invalid', { value: 'x'.repeat(1000) });
    expect(long.length).toBeLessThan(200);
    expect(issueMessage('email.invalid', { value: 'e\u0301' })).toContain('é');
  });

  it('builds issues with the registered severity', () => {
    expect(
      makeIssue('cccd.format', { row: 6, column: 7, field: 'cccd' }, { value: '1', digits: 1 }),
    ).toMatchObject({
      row: 6,
      column: 7,
      field: 'cccd',
      code: 'cccd.format',
      severity: 'error',
    });
    expect(isIssueCode('cccd.format')).toBe(true);
    expect(isIssueCode('toString')).toBe(false);
  });
});
