// Mail and schedule settings, parsed once from the environment with zod. functions/config.ts can embed
// `mailConfigSchema` (or call parseMailConfig) in its own parseConfig.
import { z } from 'zod';

const offsets = z
  .string()
  .default('7,3,1')
  .transform((value) => value.split(',').map((part) => Number(part.trim())))
  .pipe(z.array(z.number().int().min(0).max(60)).min(1));

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const mailConfigSchema = z
  .object({
    MAIL_TRANSPORT: z.enum(['outbox', 'smtp', 'gmail']).default('outbox'),
    MAIL_FROM: z.email().default('thidua@localhost.localdomain'),
    MAIL_FROM_NAME: z.string().default('Ban Thi đua – Khen thưởng'),
    MAIL_OUTBOX_DIR: z.string().min(1).default('.local/outbox'),
    MAIL_DAILY_CAP: z.coerce.number().int().positive().default(1800),
    MAIL_MAX_RECIPIENTS: z.coerce.number().int().min(1).max(100).default(100),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    MAIL_CLAIM_LEASE_MINUTES: z.coerce.number().int().positive().default(15),
    MAIL_TIMEZONE: z.string().default('Asia/Ho_Chi_Minh'),
    REMINDER_OFFSETS: offsets,
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: z.coerce.number().int().positive().default(587),
    SMTP_SECURE: flag.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASS: z.string().optional(),
    GMAIL_MODE: z.enum(['delegated', 'account']).default('delegated'),
    GMAIL_CLIENT_EMAIL: z.string().optional(),
    GMAIL_PRIVATE_KEY: z.string().optional(),
    GMAIL_OAUTH_CLIENT_ID: z.string().optional(),
    GMAIL_OAUTH_CLIENT_SECRET: z.string().optional(),
    GMAIL_REFRESH_TOKEN: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    for (const key of requiredKeys(env)) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required` });
    }
  });

type MailEnv = z.output<typeof mailConfigSchema>;

function requiredKeys(env: MailEnv): (keyof MailEnv)[] {
  if (env.MAIL_TRANSPORT === 'smtp') return ['SMTP_HOST'];
  if (env.MAIL_TRANSPORT !== 'gmail') return [];
  if (env.GMAIL_MODE === 'delegated') return ['GMAIL_CLIENT_EMAIL', 'GMAIL_PRIVATE_KEY'];
  return ['GMAIL_OAUTH_CLIENT_ID', 'GMAIL_OAUTH_CLIENT_SECRET', 'GMAIL_REFRESH_TOKEN'];
}

export interface MailConfig {
  transport: 'outbox' | 'smtp' | 'gmail';
  from: { name: string; address: string };
  outboxDir: string;
  dailyCap: number;
  maxRecipients: number;
  maxAttempts: number;
  claimLeaseMinutes: number;
  timeZone: string;
  reminderOffsets: number[];
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string };
  gmail:
    | { mode: 'delegated'; clientEmail: string; privateKey: string }
    | { mode: 'account'; clientId: string; clientSecret: string; refreshToken: string };
}

/** Parses mail settings from env; throws a ZodError naming the missing or wrong keys. */
export function parseMailConfig(env: Record<string, string | undefined>): MailConfig {
  const e = mailConfigSchema.parse(env);
  return {
    transport: e.MAIL_TRANSPORT,
    from: { name: e.MAIL_FROM_NAME.normalize('NFC'), address: e.MAIL_FROM },
    outboxDir: e.MAIL_OUTBOX_DIR,
    dailyCap: e.MAIL_DAILY_CAP,
    maxRecipients: e.MAIL_MAX_RECIPIENTS,
    maxAttempts: e.MAIL_MAX_ATTEMPTS,
    claimLeaseMinutes: e.MAIL_CLAIM_LEASE_MINUTES,
    timeZone: e.MAIL_TIMEZONE,
    reminderOffsets: [...new Set(e.REMINDER_OFFSETS)].sort((a, b) => b - a),
    smtp: smtpOf(e),
    gmail: gmailOf(e),
  };
}

function smtpOf(e: MailEnv): MailConfig['smtp'] {
  return {
    host: e.SMTP_HOST ?? '',
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    ...(e.SMTP_USER === undefined ? {} : { user: e.SMTP_USER }),
    ...(e.SMTP_PASS === undefined ? {} : { pass: e.SMTP_PASS }),
  };
}

function gmailOf(e: MailEnv): MailConfig['gmail'] {
  if (e.GMAIL_MODE === 'account') {
    return {
      mode: 'account',
      clientId: e.GMAIL_OAUTH_CLIENT_ID ?? '',
      clientSecret: e.GMAIL_OAUTH_CLIENT_SECRET ?? '',
      refreshToken: e.GMAIL_REFRESH_TOKEN ?? '',
    };
  }
  const privateKey = (e.GMAIL_PRIVATE_KEY ?? '').replace(/\\n/g, '\n');
  return { mode: 'delegated', clientEmail: e.GMAIL_CLIENT_EMAIL ?? '', privateKey };
}
