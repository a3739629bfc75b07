// npm run deploy [-- --config deploy.json] [--bootstrap] [--apply]
// Prints the deployment plan (dry run, the default) or carries it out with --apply:
//   build the functions bundle (esbuild; shared/ is bundled in, npm packages stay external and are installed by
//   Cloud Build from the generated package.json), deploy every function (gen2, nodejs22, asia-southeast1; HTTP or
//   Pub/Sub trigger; env vars; secrets from Secret Manager), create the Pub/Sub topics and Cloud Scheduler jobs
//   (digest Monday 07:00, reminders daily 07:30, Asia/Ho_Chi_Minh), deploy Firestore rules and indexes, push the
//   add-on with clasp. --bootstrap adds the one-time steps: enable APIs, create service accounts, grant roles.
// Config: a JSON file (examples/deploy.sample.json) validated with zod; TONVINH_DEPLOY_CONFIG names it too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildOptions } from 'esbuild';
import { z } from 'zod';

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

const functionSchema = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  trigger: z.union([z.literal('http'), z.object({ topic: z.string().min(1) })]),
  memory: z.string().default('512Mi'),
  timeout: z.string().default('60s'),
  maxInstances: z.int().min(1).default(10),
});

export const deployConfigSchema = z.object({
  projectId: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/),
  region: z.string().default('asia-southeast1'),
  runtime: z.enum(['nodejs22', 'nodejs24']).default('nodejs22'),
  /** Runtime identity of every function (also the identity of the Eventarc triggers). */
  serviceAccounts: z
    .object({ functions: z.string().default('tonvinh-functions') })
    .default({ functions: 'tonvinh-functions' }),
  env: z.record(envName, z.string()).default({}),
  /** ENV_NAME → "secret-name:version" in Secret Manager. */
  secrets: z.record(envName, z.string().regex(/^[a-zA-Z0-9_-]+:(latest|\d+)$/)).default({}),
  functions: z.array(functionSchema).optional(),
  scheduler: z
    .object({
      timeZone: z.string().default('Asia/Ho_Chi_Minh'),
      digest: z.string().default('0 7 * * 1'),
      reminders: z.string().default('30 7 * * *'),
    })
    .default({ timeZone: 'Asia/Ho_Chi_Minh', digest: '0 7 * * 1', reminders: '30 7 * * *' }),
  firestore: z
    .object({
      rules: z.string().default('firestore.rules'),
      indexes: z.string().default('firestore.indexes.json'),
    })
    .default({ rules: 'firestore.rules', indexes: 'firestore.indexes.json' }),
  addon: z.object({ scriptId: z.string().min(10), dir: z.string().default('sheets-addon') }).optional(),
});

export type DeployConfig = z.output<typeof deployConfigSchema>;
export type FunctionSpec = z.output<typeof functionSchema>;

export const TOPICS = { digest: 'tonvinh-weekly-digest', reminders: 'tonvinh-deadline-reminders' } as const;

const HTTP = (name: string, memory = '512Mi', timeout = '60s'): FunctionSpec => ({
  name,
  trigger: 'http',
  memory,
  timeout,
  maxInstances: 10,
});
const EVENT = (name: string, topic: string): FunctionSpec => ({
  name,
  trigger: { topic },
  memory: '512Mi',
  timeout: '540s',
  maxInstances: 1,
});

/** Every function of functions/index.ts, with the resources each needs. */
export const DEFAULT_FUNCTIONS: readonly FunctionSpec[] = [
  HTTP('validateRows'),
  HTTP('submitNominations'),
  HTTP('campaignStatus'),
  HTTP('adminCampaign'),
  HTTP('consolidate', '1Gi', '300s'),
  HTTP('consolidationStatus'),
  HTTP('masterList'),
  HTTP('reviewDuplicates'),
  HTTP('reviewNominee'),
  HTTP('writeMasterSheet', '1Gi', '300s'),
  HTTP('exportMaster', '1Gi', '300s'),
  HTTP('importWorkbook', '1Gi', '300s'),
  HTTP('sendUp', '1Gi', '300s'),
  HTTP('sendUpStatus'),
  HTTP('carryForward', '1Gi', '300s'),
  EVENT('weeklyDigest', TOPICS.digest),
  EVENT('deadlineReminders', TOPICS.reminders),
];

/** APIs an empty project needs. */
export const APIS = [
  'cloudfunctions.googleapis.com',
  'run.googleapis.com',
  'cloudbuild.googleapis.com',
  'artifactregistry.googleapis.com',
  'eventarc.googleapis.com',
  'pubsub.googleapis.com',
  'cloudscheduler.googleapis.com',
  'firestore.googleapis.com',
  'firebaserules.googleapis.com',
  'secretmanager.googleapis.com',
  'sheets.googleapis.com',
  'gmail.googleapis.com',
  'iamcredentials.googleapis.com',
  'logging.googleapis.com',
];

/**
 * Least roles of the functions' service account (project level). Cloud Scheduler publishes to Pub/Sub as its own
 * service agent, so no scheduler account is created; the Sheets API needs no role (the board shares the master
 * spreadsheet with the account as Editor).
 */
export const ROLES = {
  functions: ['roles/datastore.user', 'roles/secretmanager.secretAccessor', 'roles/logging.logWriter'],
  /** Eventarc triggers invoke the event functions as the functions account. */
  trigger: ['roles/run.invoker', 'roles/eventarc.eventReceiver'],
} as const;

export type PlanStep =
  | { kind: 'build'; title: string; describe: string[] }
  | { kind: 'write'; title: string; path: string; content: string }
  | { kind: 'run'; title: string; argv: string[]; cwd?: string; ifExists?: string[] };

export interface PlanOptions {
  bootstrap?: boolean;
  /** Output folder of the build; default dist. */
  outDir?: string;
  /** Root package.json (dependency versions for the bundle's package.json). */
  rootPackage?: { dependencies?: Record<string, string>; overrides?: Record<string, unknown> };
}

export function parseDeployConfig(json: unknown): DeployConfig {
  const parsed = deployConfigSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Cấu hình triển khai không hợp lệ: ${detail}`);
}

export function buildPlan(config: DeployConfig, options: PlanOptions = {}): PlanStep[] {
  const out = options.outDir ?? 'dist';
  return [
    ...(options.bootstrap ? bootstrapSteps(config) : []),
    ...buildSteps(out, options.rootPackage ?? {}),
    ...topicSteps(config),
    ...(config.functions ?? DEFAULT_FUNCTIONS).map((f) => functionStep(config, f, `${out}/functions`)),
    ...schedulerSteps(config),
    ...firestoreSteps(config, out),
    ...addonSteps(config),
  ];
}

const saEmail = (config: DeployConfig, name: string) => `${name}@${config.projectId}.iam.gserviceaccount.com`;
const project = (config: DeployConfig) => `--project=${config.projectId}`;

function bootstrapSteps(config: DeployConfig): PlanStep[] {
  const sa = config.serviceAccounts;
  const account = (name: string, display: string): PlanStep => ({
    kind: 'run',
    title: `Service account ${name}`,
    argv: ['gcloud', 'iam', 'service-accounts', 'create', name, `--display-name=${display}`, project(config)],
    ifExists: [],
  });
  const grant = (name: string, role: string): PlanStep => ({
    kind: 'run',
    title: `Role ${role} for ${name}`,
    argv: [
      'gcloud',
      'projects',
      'add-iam-policy-binding',
      config.projectId,
      `--member=serviceAccount:${saEmail(config, name)}`,
      `--role=${role}`,
      '--condition=None',
    ],
  });
  return [
    { kind: 'run', title: 'Enable APIs', argv: ['gcloud', 'services', 'enable', ...APIS, project(config)] },
    {
      kind: 'run',
      title: 'Firestore database (native mode)',
      argv: [
        'gcloud',
        'firestore',
        'databases',
        'create',
        `--location=${config.region}`,
        '--type=firestore-native',
        project(config),
      ],
      ifExists: [],
    },
    account(sa.functions, 'tonvinh functions'),
    ...[...ROLES.functions, ...ROLES.trigger].map((role) => grant(sa.functions, role)),
  ];
}

const CHUNK_NAMES = 'chunks/[name]-[hash]';

/**
 * The esbuild options of the functions bundle: `outdir/index.js` (the entry module, registering every function)
 * plus `outdir/chunks/*.js`. Code splitting keeps each handler's module graph in its own chunks, imported on the
 * function's first invocation (functions/handlers/lazy.ts), so their npm imports (firebase-admin, exceljs,
 * nodemailer, @googleapis/*) are not loaded when the entry is; a single-file ESM bundle would hoist every external
 * import to its top and load them all at cold start. `root` is the repository (default: the current directory).
 */
export function functionsBuildOptions(outdir: string, root?: string): BuildOptions {
  return {
    entryPoints: { index: 'functions/index.ts' },
    ...(root === undefined ? {} : { absWorkingDir: root }),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    splitting: true,
    chunkNames: CHUNK_NAMES,
    packages: 'external',
    sourcemap: true,
    outdir,
    logLevel: 'error',
  };
}

function buildSteps(out: string, rootPackage: NonNullable<PlanOptions['rootPackage']>): PlanStep[] {
  return [
    {
      kind: 'build',
      title: 'Build the functions bundle',
      describe: [
        'esbuild',
        'functions/index.ts',
        '--bundle',
        '--platform=node',
        '--target=node22',
        '--format=esm',
        '--splitting',
        `--chunk-names=${CHUNK_NAMES}`,
        '--packages=external',
        '--sourcemap',
        `--outdir=${out}/functions`,
      ],
    },
    {
      kind: 'write',
      title: 'Bundle package.json',
      path: `${out}/functions/package.json`,
      content: bundlePackageJson(rootPackage),
    },
  ];
}

/** The package.json Cloud Build installs from: our exact dependency versions and overrides, Node 22. */
export function bundlePackageJson(root: NonNullable<PlanOptions['rootPackage']>): string {
  const pkg = {
    name: 'tonvinh-functions',
    private: true,
    type: 'module',
    main: 'index.js',
    engines: { node: '22' },
    dependencies: root.dependencies ?? {},
    ...(root.overrides === undefined ? {} : { overrides: root.overrides }),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function topicSteps(config: DeployConfig): PlanStep[] {
  return Object.values(TOPICS).map((topic) => ({
    kind: 'run',
    title: `Pub/Sub topic ${topic}`,
    argv: ['gcloud', 'pubsub', 'topics', 'create', topic, project(config)],
    ifExists: [],
  }));
}

/** `--set-env-vars` with gcloud's alternate delimiter, so values may contain commas (audience lists). */
export function envFlag(env: Record<string, string>): string[] {
  const entries = Object.entries(env).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return [];
  return [`--set-env-vars=^;^${entries.map(([k, v]) => `${k}=${v}`).join(';')}`];
}

function secretsFlag(secrets: Record<string, string>): string[] {
  const entries = Object.entries(secrets).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? [] : [`--set-secrets=${entries.map(([k, v]) => `${k}=${v}`).join(',')}`];
}

function functionStep(config: DeployConfig, f: FunctionSpec, source: string): PlanStep {
  const trigger =
    f.trigger === 'http'
      ? ['--trigger-http', '--allow-unauthenticated']
      : [
          `--trigger-topic=${f.trigger.topic}`,
          `--trigger-service-account=${saEmail(config, config.serviceAccounts.functions)}`,
        ];
  const env = { NODE_ENV: 'production', GCLOUD_PROJECT: config.projectId, ...config.env };
  return {
    kind: 'run',
    title: `Function ${f.name}`,
    argv: [
      'gcloud',
      'functions',
      'deploy',
      f.name,
      '--gen2',
      `--runtime=${config.runtime}`,
      `--region=${config.region}`,
      `--source=${source}`,
      `--entry-point=${f.name}`,
      ...trigger,
      `--service-account=${saEmail(config, config.serviceAccounts.functions)}`,
      `--memory=${f.memory}`,
      `--timeout=${f.timeout}`,
      `--max-instances=${f.maxInstances}`,
      ...envFlag(env),
      ...secretsFlag(config.secrets),
      project(config),
      '--quiet',
    ],
  };
}

function schedulerSteps(config: DeployConfig): PlanStep[] {
  const s = config.scheduler;
  const job = (name: string, schedule: string, topic: string, body: string): PlanStep => {
    const flags = [
      `--schedule=${schedule}`,
      `--time-zone=${s.timeZone}`,
      `--topic=${topic}`,
      `--message-body=${body}`,
      `--location=${config.region}`,
      project(config),
    ];
    return {
      kind: 'run',
      title: `Scheduler job ${name}`,
      argv: ['gcloud', 'scheduler', 'jobs', 'create', 'pubsub', name, ...flags],
      ifExists: ['gcloud', 'scheduler', 'jobs', 'update', 'pubsub', name, ...flags],
    };
  };
  return [
    job('tonvinh-weekly-digest', s.digest, TOPICS.digest, '{"job":"weeklyDigest"}'),
    job('tonvinh-deadline-reminders', s.reminders, TOPICS.reminders, '{"job":"deadlineReminders"}'),
  ];
}

function firestoreSteps(config: DeployConfig, out: string): PlanStep[] {
  const firebaseJson = {
    firestore: { rules: `../${config.firestore.rules}`, indexes: `../${config.firestore.indexes}` },
  };
  return [
    {
      kind: 'write',
      title: 'firebase.json for the rules deploy',
      path: `${out}/firebase.json`,
      content: `${JSON.stringify(firebaseJson, null, 2)}\n`,
    },
    {
      kind: 'run',
      title: 'Firestore rules and indexes',
      argv: [
        'npx',
        '--yes',
        'firebase-tools@13',
        'deploy',
        '--only',
        'firestore:rules,firestore:indexes',
        `--config=${out}/firebase.json`,
        project(config),
        '--non-interactive',
      ],
    },
  ];
}

function addonSteps(config: DeployConfig): PlanStep[] {
  if (config.addon === undefined) return [];
  const dir = config.addon.dir;
  const clasp = { scriptId: config.addon.scriptId, rootDir: 'dist' };
  return [
    { kind: 'run', title: 'Build the add-on', argv: ['npm', 'run', 'build:addon'] },
    {
      kind: 'write',
      title: 'clasp project file',
      path: `${dir}/.clasp.json`,
      content: `${JSON.stringify(clasp, null, 2)}\n`,
    },
    {
      kind: 'run',
      title: 'Push the add-on',
      argv: ['npx', '--yes', '@google/clasp@3', 'push', '--force'],
      cwd: dir,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Printing and applying
// ---------------------------------------------------------------------------------------------------------------

/** A shell-safe rendering of an argv. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function renderPlan(steps: readonly PlanStep[]): string {
  return steps
    .map((step, i) => {
      const head = `# ${i + 1}. ${step.title}`;
      if (step.kind === 'build') return `${head}\n${shellQuote(step.describe)}`;
      if (step.kind === 'write') return `${head}\n# write ${step.path}`;
      const cd = step.cwd === undefined ? '' : `(cd ${shellQuote([step.cwd])} && `;
      return `${head}\n${cd}${shellQuote(step.argv)}${step.cwd === undefined ? '' : ')'}`;
    })
    .join('\n');
}

export interface Runner {
  run(argv: string[], cwd?: string): { status: number; output: string };
  /** Builds the functions bundle into `outdir` (emptied first, so no stale chunk is uploaded). */
  build(outdir: string): Promise<void>;
  write(path: string, content: string): void;
}

export async function applyPlan(
  steps: readonly PlanStep[],
  runner: Runner,
  log: (line: string) => void,
): Promise<void> {
  for (const [i, step] of steps.entries()) {
    log(`[${i + 1}/${steps.length}] ${step.title}`);
    if (step.kind === 'build')
      await runner.build(
        step.describe.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist/functions',
      );
    else if (step.kind === 'write') runner.write(step.path, step.content);
    else runStep(step, runner);
  }
}

function runStep(step: Extract<PlanStep, { kind: 'run' }>, runner: Runner): void {
  const result = runner.run(step.argv, step.cwd);
  if (result.status === 0) return;
  if (step.ifExists !== undefined && /already exists|ALREADY_EXISTS/i.test(result.output)) {
    if (step.ifExists.length === 0) return;
    const retry = runner.run(step.ifExists, step.cwd);
    if (retry.status === 0) return;
    throw new Error(`${step.title}: ${retry.output.trim()}`);
  }
  throw new Error(`${step.title}: ${result.output.trim()}`);
}

const processRunner: Runner = {
  run(argv, cwd) {
    const [cmd = '', ...rest] = argv;
    const r = spawnSync(cmd, rest, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`;
    process.stdout.write(output);
    return { status: r.status ?? 1, output };
  },
  async build(outdir) {
    const esbuild = await import('esbuild');
    rmSync(outdir, { recursive: true, force: true });
    await esbuild.build(functionsBuildOptions(outdir));
  },
  write(path, content) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  },
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { config: { type: 'string' }, apply: { type: 'boolean' }, bootstrap: { type: 'boolean' } },
  });
  const file = values.config ?? process.env.TONVINH_DEPLOY_CONFIG ?? 'examples/deploy.sample.json';
  const config = parseDeployConfig(JSON.parse(readFileSync(file, 'utf8')));
  const rootPackage = JSON.parse(readFileSync('package.json', 'utf8')) as NonNullable<
    PlanOptions['rootPackage']
  >;
  const steps = buildPlan(config, { bootstrap: values.bootstrap === true, rootPackage });
  if (values.apply !== true) {
    console.log(
      `# Kế hoạch triển khai (chạy thử, chưa thực hiện gì) — cấu hình ${file}\n${renderPlan(steps)}`,
    );
    console.log('\n# Thêm --apply để thực hiện.');
    return;
  }
  await applyPlan(steps, processRunner, console.log);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
