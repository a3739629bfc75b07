// Configuration, parsed once from the environment with zod. Secrets (none today besides what firebase-admin
// reads itself) would be listed in SECRET_KEYS and masked by redacted().
import { z } from 'zod';

const list = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const configSchema = z
  .object({
    AUTH_MODE: z.enum(['google', 'dev']).default('google'),
    ID_TOKEN_AUDIENCES: list,
    GCLOUD_PROJECT: z.string().min(1).default('demo-tonvinh'),
    FIRESTORE_EMULATOR_HOST: z.string().min(1).optional(),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(32 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    LOG_LEVEL: z.enum(['debug', 'info', 'warning', 'error']).default('info'),
    K_SERVICE: z.string().optional(),
    /** Local/testing only: a Sheets API stand-in (functions/local/fake-sheets-api.ts), e.g. http://127.0.0.1:PORT/. */
    SHEETS_API_ROOT_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Local/testing only: PEM certificates of a local ID token issuer ({kid: pem}) instead of Google's. */
    ID_TOKEN_CERTS_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Lương cơ sở in VND for the budget estimate of the statistics; default 2,340,000 (NĐ 73/2024/NĐ-CP). */
    BASE_SALARY_VND: z.coerce.number().int().min(1).max(1_000_000_000).optional(),
    /** Secret salt of the client-address hash of publicNotice (daily comment cap); absent: random per instance. */
    NOTICE_IP_SALT: z.string().min(16).optional(),
    /** Proxies in front of the function that append to X-Forwarded-For (0 on Cloud Run; 1 behind a load balancer). */
    NOTICE_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
  })
  .refine((env) => env.AUTH_MODE === 'dev' || env.ID_TOKEN_AUDIENCES.length > 0, {
    message: 'ID_TOKEN_AUDIENCES must list at least one OAuth client id when AUTH_MODE=google',
    path: ['ID_TOKEN_AUDIENCES'],
  })
  .refine((env) => env.AUTH_MODE !== 'dev' || env.K_SERVICE === undefined, {
    message: 'AUTH_MODE=dev is refused on Cloud Run (K_SERVICE is set)',
    path: ['AUTH_MODE'],
  })
  .refine((env) => env.ID_TOKEN_CERTS_URL === undefined || env.K_SERVICE === undefined, {
    message: 'ID_TOKEN_CERTS_URL is for local runs and tests; refused on Cloud Run (K_SERVICE is set)',
    path: ['ID_TOKEN_CERTS_URL'],
  })
  .refine((env) => env.SHEETS_API_ROOT_URL === undefined || env.K_SERVICE === undefined, {
    message: 'SHEETS_API_ROOT_URL is for local runs and tests; refused on Cloud Run (K_SERVICE is set)',
    path: ['SHEETS_API_ROOT_URL'],
  });

export interface Config {
  authMode: 'google' | 'dev';
  audiences: string[];
  projectId: string;
  firestoreHost?: string;
  maxBodyBytes: number;
  logLevel: 'debug' | 'info' | 'warning' | 'error';
  /** Sheets API stand-in (local/tests); absent: Google, as the service account (application default credentials). */
  sheetsApiRootUrl?: string;
  /** Certificates of a local ID token issuer (local/tests); absent: Google's. */
  idTokenCertsUrl?: string;
  /** Base salary for consolidation statistics; absent: the use case's default. */
  baseSalaryVnd?: number;
  /** publicNotice: salt of the client-address hash (a secret); absent: random per instance. */
  noticeSalt?: string;
  /** publicNotice: X-Forwarded-For entries appended by trusted proxies after Google's front end. */
  trustedProxies?: number;
}

export const SECRET_KEYS: readonly string[] = ['noticeSalt'];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    authMode: e.AUTH_MODE,
    audiences: e.ID_TOKEN_AUDIENCES,
    projectId: e.GCLOUD_PROJECT,
    ...(e.FIRESTORE_EMULATOR_HOST === undefined ? {} : { firestoreHost: e.FIRESTORE_EMULATOR_HOST }),
    maxBodyBytes: e.MAX_BODY_BYTES,
    logLevel: e.LOG_LEVEL,
    ...(e.SHEETS_API_ROOT_URL === undefined ? {} : { sheetsApiRootUrl: e.SHEETS_API_ROOT_URL }),
    ...(e.ID_TOKEN_CERTS_URL === undefined ? {} : { idTokenCertsUrl: e.ID_TOKEN_CERTS_URL }),
    ...(e.BASE_SALARY_VND === undefined ? {} : { baseSalaryVnd: e.BASE_SALARY_VND }),
    ...(e.NOTICE_IP_SALT === undefined ? {} : { noticeSalt: e.NOTICE_IP_SALT }),
    ...(e.NOTICE_TRUSTED_PROXIES > 0 ? { trustedProxies: e.NOTICE_TRUSTED_PROXIES } : {}),
  };
}

/** The config as it may be logged (secret values masked). */
export function redacted(config: Config): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) if (key in copy) copy[key] = '***';
  return copy;
}
