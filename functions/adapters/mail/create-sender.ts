// Chooses the mail adapter from config: outbox (default, local), smtp, or gmail. Only the chosen transport's
// module (and its SDK: nodemailer, @googleapis/gmail) is imported, on first use, to keep cold starts small.
import type { MailConfig } from '../../app/mail/config';
import type { MailSender } from '../../app/mail/ports';

export async function loadMailSender(config: MailConfig): Promise<MailSender> {
  if (config.transport === 'smtp') {
    const { createSmtpSender } = await import('./smtp-sender');
    return createSmtpSender({ ...config.smtp, from: config.from });
  }
  if (config.transport === 'gmail') {
    const [{ gmailAuth }, { createGmailSender }] = await Promise.all([
      import('./gmail-auth'),
      import('./gmail-sender'),
    ]);
    return createGmailSender({ auth: gmailAuth(config), from: config.from });
  }
  const { createOutboxSender } = await import('./outbox-sender');
  return createOutboxSender({ dir: config.outboxDir, from: config.from });
}
