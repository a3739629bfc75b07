// Outbox adapter: writes each message as an .eml file into a local folder (the default of `npm start`). Opening
// the file in a mail client shows it as it would arrive. Written to a temporary name, then renamed.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../app/errors';
import type { MailAddress, MailSender, OutgoingMail, SentMail } from '../../app/mail/ports';
import { buildMime } from './mime';

export interface OutboxOptions {
  dir: string;
  from: MailAddress;
  now?: () => Date;
}

export function createOutboxSender(options: OutboxOptions): MailSender {
  return { transport: 'outbox', sender: options.from.address, send: (message) => writeEml(options, message) };
}

/** "20261116T000000Z-<message-id-without-brackets>.eml", safe on every file system. */
export function emlFileName(at: Date, messageId: string): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const id = messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9.@_-]/g, '_');
  return `${stamp}-${id}.eml`;
}

async function writeEml(options: OutboxOptions, message: OutgoingMail): Promise<SentMail> {
  if (message.to.length > 100)
    throw new AppError('MAIL_TOO_MANY_RECIPIENTS', `${message.to.length} recipients`);
  const { raw, messageId } = await buildMime(message, { from: options.from });
  const file = join(options.dir, emlFileName((options.now ?? (() => new Date()))(), messageId));
  try {
    await mkdir(options.dir, { recursive: true });
    await writeFile(`${file}.tmp`, raw);
    await rename(`${file}.tmp`, file);
  } catch (error) {
    throw new AppError('MAIL_OUTBOX_WRITE_FAILED', error instanceof Error ? error.message : String(error));
  }
  return { messageId };
}
