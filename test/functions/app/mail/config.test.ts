import { describe, expect, it } from 'vitest';
import { parseMailConfig } from '../../../../functions/app/mail/config';

describe('mail config', () => {
  it('defaults to the outbox with a 1800/day cap and 7,3,1 reminders', () => {
    const c = parseMailConfig({});
    expect(c).toMatchObject({
      transport: 'outbox',
      outboxDir: '.local/outbox',
      dailyCap: 1800,
      maxRecipients: 100,
      reminderOffsets: [7, 3, 1],
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('parses SMTP and custom offsets', () => {
    const c = parseMailConfig({
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: 'mail.langson.gov.vn',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      REMINDER_OFFSETS: '1, 14,3',
    });
    expect(c.smtp).toEqual({ host: 'mail.langson.gov.vn', port: 465, secure: true });
    expect(c.reminderOffsets).toEqual([14, 3, 1]);
  });

  it('refuses incomplete transports and a recipient limit above 100', () => {
    expect(() => parseMailConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_HOST/);
    expect(() => parseMailConfig({ MAIL_TRANSPORT: 'gmail' })).toThrow(/GMAIL_CLIENT_EMAIL/);
    expect(() => parseMailConfig({ MAIL_TRANSPORT: 'gmail', GMAIL_MODE: 'account' })).toThrow(
      /GMAIL_REFRESH_TOKEN/,
    );
    expect(() => parseMailConfig({ MAIL_MAX_RECIPIENTS: '150' })).toThrow();
  });

  it('reads a delegated Gmail key with escaped newlines', () => {
    const c = parseMailConfig({
      MAIL_TRANSPORT: 'gmail',
      GMAIL_CLIENT_EMAIL: 'mailer@p.iam.gserviceaccount.com',
      GMAIL_PRIVATE_KEY: 'a\\nb',
    });
    expect(c.gmail).toEqual({
      mode: 'delegated',
      clientEmail: 'mailer@p.iam.gserviceaccount.com',
      privateKey: 'a\nb',
    });
  });
});
