// Shared assertions for the message templates.
import { expect } from 'vitest';
import type { RenderedMail } from '../../../../../functions/app/mail/ports';

/** Gmail/Outlook safety: no scripts, no external resources, no event handlers, 600 px layout, NFC text. */
export function expectMailSafe(mail: RenderedMail): void {
  expect(mail.html).not.toMatch(/<script/i);
  // Inside tags only: escaped user text may legitimately read "onerror=" as text.
  expect(mail.html).not.toMatch(/<[^>]*\s(on[a-z]+|src|href|background)=/i);
  expect(mail.html).not.toMatch(/<(img|link|iframe|object|embed|form)\b|url\(/i);
  expect(mail.html).toContain('width="600"');
  expect(mail.subject).not.toMatch(/[\r\n]/);
  for (const part of [mail.subject, mail.html, mail.text]) expect(part).toBe(part.normalize('NFC'));
}
