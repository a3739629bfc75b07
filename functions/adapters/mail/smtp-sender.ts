// SMTP adapter (nodemailer transport): many provinces run their own mail servers.
import nodemailer from 'nodemailer';
import type { MailErrorCode } from '../../../shared/api/errors';
import { AppError } from '../../app/errors';
import type { MailAddress, MailSender, OutgoingMail, SentMail } from '../../app/mail/ports';
import { mailOptions } from './mime';

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  from: MailAddress;
  /** Connection/greeting/socket timeouts in ms (default 20 s). */
  timeoutMs?: number;
  /** Accept self-signed certificates (local relays only). */
  allowInvalidCertificates?: boolean;
}

export function createSmtpSender(options: SmtpOptions): MailSender {
  const timeout = options.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.user ? { auth: { user: options.user, pass: options.pass ?? '' } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    tls: { rejectUnauthorized: !options.allowInvalidCertificates },
  });
  return {
    transport: 'smtp',
    sender: options.from.address,
    send: (message) => sendSmtp(transport, message, options.from),
  };
}

type Transport = ReturnType<typeof nodemailer.createTransport>;

async function sendSmtp(transport: Transport, message: OutgoingMail, from: MailAddress): Promise<SentMail> {
  if (message.to.length > 100)
    throw new AppError('MAIL_TOO_MANY_RECIPIENTS', `${message.to.length} recipients`);
  try {
    const info = await transport.sendMail(mailOptions(message, from));
    const rejected = (info.rejected ?? []).map((r: unknown) =>
      String(typeof r === 'string' ? r : ((r as { address?: string }).address ?? '')).toLowerCase(),
    );
    return { messageId: String(info.messageId), ...(rejected.length > 0 ? { rejected } : {}) };
  } catch (error) {
    throw smtpError(error);
  }
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  message?: string;
}

/** nodemailer/SMTP failures → AppError: 4xx and connection problems retry; 5xx rejections do not. */
export function smtpError(error: unknown): AppError {
  const e = (error ?? {}) as SmtpFailure;
  const detail = `${e.code ?? ''} ${e.responseCode ?? ''} ${e.message ?? String(error)}`.trim();
  return new AppError(smtpCode(e), detail);
}

function smtpCode(e: SmtpFailure): MailErrorCode {
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH' || e.code === 'EOAUTH2') return 'MAIL_AUTH_FAILED';
  if (e.code === 'EENVELOPE' && e.responseCode === undefined) return 'MAIL_INVALID_ADDRESS';
  if (e.code === 'EMAXRECIPIENTS') return 'MAIL_TOO_MANY_RECIPIENTS';
  if (e.responseCode === 421 || e.responseCode === 450 || e.responseCode === 451 || e.responseCode === 452)
    return 'MAIL_RATE_LIMITED';
  if (e.responseCode !== undefined && e.responseCode >= 500 && e.responseCode !== 503) return 'MAIL_REJECTED';
  return 'MAIL_UNAVAILABLE';
}
