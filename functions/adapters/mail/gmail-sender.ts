// Gmail API adapter: users.messages.send with the raw MIME (MailComposer → base64url). The auth client is
// either a Workspace sender through domain-wide delegation (JWT with subject) or a dedicated sender account
// (OAuth2 refresh token); see gmail-auth.ts and docs/mail.md.
import { gmail_v1 } from '@googleapis/gmail';
import type { OAuth2Client } from 'google-auth-library';
import type { MailErrorCode } from '../../../shared/api/errors';
import { AppError } from '../../app/errors';
import type { MailAddress, MailSender, OutgoingMail, SentMail } from '../../app/mail/ports';
import { buildMime } from './mime';

export interface GmailOptions {
  /** A JWT (domain-wide delegation) or an OAuth2 client (dedicated account); both are OAuth2Clients. */
  auth: OAuth2Client;
  from: MailAddress;
  /** For tests against a local server, e.g. "http://127.0.0.1:4010/". */
  rootUrl?: string;
}

export function createGmailSender(options: GmailOptions): MailSender {
  const client = new gmail_v1.Gmail({
    auth: options.auth,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });
  return {
    transport: 'gmail',
    sender: options.from.address,
    send: (m) => sendGmail(client, m, options.from),
  };
}

async function sendGmail(
  client: gmail_v1.Gmail,
  message: OutgoingMail,
  from: MailAddress,
): Promise<SentMail> {
  if (message.to.length > 100)
    throw new AppError('MAIL_TOO_MANY_RECIPIENTS', `${message.to.length} recipients`);
  const { raw, messageId } = await buildMime(message, { from });
  try {
    await client.users.messages.send({ userId: 'me', requestBody: { raw: raw.toString('base64url') } });
    return { messageId };
  } catch (error) {
    throw gmailError(error);
  }
}

interface GaxiosLike {
  status?: number;
  response?: { status?: number };
  code?: string | number;
  message?: string;
}

/** Gaxios errors → AppError: 429/5xx/network retry, 401/403 auth, 400 rejected. */
export function gmailError(error: unknown): AppError {
  const e = (error ?? {}) as GaxiosLike;
  const status = e.status ?? e.response?.status;
  return new AppError(gmailCode(status), `gmail ${status ?? e.code ?? ''}: ${e.message ?? String(error)}`);
}

function gmailCode(status: number | undefined): MailErrorCode {
  if (status === undefined) return 'MAIL_UNAVAILABLE';
  if (status === 429) return 'MAIL_RATE_LIMITED';
  if (status === 401 || status === 403) return 'MAIL_AUTH_FAILED';
  if (status >= 500) return 'MAIL_UNAVAILABLE';
  return 'MAIL_REJECTED';
}
