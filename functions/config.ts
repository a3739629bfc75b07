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
  })
  .refine((env) => env.AUTH_MODE === 'dev' || env.ID_TOKEN_AUDIENCES.length > 0, {
    message: 'ID_TOKEN_AUDIENCES must list at least one OAuth client id when AUTH_MODE=google',
    path: ['ID_TOKEN_AUDIENCES'],
  })
  .refine((env) => env.AUTH_MODE !== 'dev' || env.K_SERVICE === undefined, {
    message: 'AUTH_MODE=dev is refused on Cloud Run (K_SERVICE is set)',
    path: ['AUTH_MODE'],
  });

export interface Config {
  authMode: 'google' | 'dev';
  audiences: string[];
  projectId: string;
  firestoreHost?: string;
  maxBodyBytes: number;
  logLevel: 'debug' | 'info' | 'warning' | 'error';
}

export const SECRET_KEYS: readonly string[] = [];

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
  };
}

/** The config as it may be logged (secret values masked). */
export function redacted(config: Config): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) if (key in copy) copy[key] = '***';
  return copy;
}
