// Chooses the mail adapter from config: outbox (default, local), smtp, or gmail.
import type { MailConfig } from '../../app/mail/config';
import type { MailSender } from '../../app/mail/ports';
import { gmailAuth } from './gmail-auth';
import { createGmailSender } from './gmail-sender';
import { createOutboxSender } from './outbox-sender';
import { createSmtpSender } from './smtp-sender';

export function createMailSender(config: MailConfig): MailSender {
  if (config.transport === 'smtp') return createSmtpSender({ ...config.smtp, from: config.from });
  if (config.transport === 'gmail') return createGmailSender({ auth: gmailAuth(config), from: config.from });
  return createOutboxSender({ dir: config.outboxDir, from: config.from });
}
