// Builds the RFC 5322 message with nodemailer's MailComposer: RFC 2047 encoded Vietnamese headers, a
// multipart/alternative body (plain text + HTML). Names and subjects are reduced to one line first, so a value
// with CR/LF cannot add a header. Used by the Gmail and outbox adapters (SMTP lets nodemailer compose).
import MailComposer from 'nodemailer/lib/mail-composer';
import { singleLine } from '../../app/mail/format';
import type { MailAddress, OutgoingMail } from '../../app/mail/ports';

export interface MimeOptions {
  from: MailAddress;
  keepBcc?: boolean;
}

export function safeAddress(a: MailAddress): { name: string; address: string } {
  return { name: singleLine(a.name ?? ''), address: singleLine(a.address) };
}

/** nodemailer mail options shared by every transport. */
export function mailOptions(message: OutgoingMail, from: MailAddress) {
  return {
    from: safeAddress(from),
    to: message.to.map(safeAddress),
    subject: singleLine(message.subject),
    text: message.text.normalize('NFC'),
    html: message.html.normalize('NFC'),
    headers: safeHeaders(message.headers ?? {}),
    ...(message.messageId ? { messageId: singleLine(message.messageId) } : {}),
    textEncoding: 'base64' as const,
  };
}

function safeHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k.replace(/[^A-Za-z0-9-]/g, ''), singleLine(v)]),
  );
}

/** The whole message as bytes, and its Message-ID. */
export async function buildMime(
  message: OutgoingMail,
  options: MimeOptions,
): Promise<{ raw: Buffer; messageId: string }> {
  const node = new MailComposer(mailOptions(message, options.from)).compile();
  node.keepBcc = options.keepBcc ?? true;
  const raw = await node.build();
  return { raw, messageId: node.messageId() };
}
