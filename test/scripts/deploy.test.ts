import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIS,
  applyPlan,
  buildPlan,
  bundlePackageJson,
  EVENT_TOPICS,
  envFlag,
  functionsBuildOptions,
  type PlanStep,
  parseDeployConfig,
  type Runner,
  renderPlan,
  shellQuote,
} from '../../scripts/deploy';
import { API_ERRORS } from '../../shared/api/errors';
import { FUNCTIONS, PUBLIC_FUNCTIONS } from '../../shared/api/functions';

const sample = parseDeployConfig(JSON.parse(readFileSync('examples/deploy.sample.json', 'utf8')));
const rootPackage = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  overrides: Record<string, unknown>;
};
const plan = buildPlan(sample, { rootPackage });
const runs = plan.filter((s): s is Extract<PlanStep, { kind: 'run' }> => s.kind === 'run');
const deployOf = (name: string) =>
  runs.find((s) => s.argv.slice(0, 4).join(' ') === `gcloud functions deploy ${name}`)?.argv ?? [];

describe('deploy plan for examples/deploy.sample.json', () => {
  it('builds, creates topics, deploys 16 functions, schedules, deploys Firestore rules and pushes the add-on, in that order', () => {
    expect(plan.map((s) => s.title)).toEqual([
      'Build the functions bundle',
      'Bundle package.json',
      'Pub/Sub topic tonvinh-weekly-digest',
      'Pub/Sub topic tonvinh-deadline-reminders',
      ...FUNCTIONS.map((f) => `Function ${f.name}`),
      'Scheduler job tonvinh-weekly-digest',
      'Scheduler job tonvinh-deadline-reminders',
      'firebase.json for the rules deploy',
      'Firestore rules and indexes',
      'Build the add-on',
      'clasp project file',
      'Push the add-on',
    ]);
  });

  it('deploys an HTTP function gen2 on nodejs22 in asia-southeast1 as the functions service account, with env and secrets', () => {
    const argv = deployOf('submitNominations');
    expect(argv).toEqual(
      expect.arrayContaining([
        '--gen2',
        '--runtime=nodejs22',
        '--region=asia-southeast1',
        '--source=dist/functions',
        '--entry-point=submitNominations',
        '--trigger-http',
        '--allow-unauthenticated',
        '--service-account=tonvinh-functions@tonvinh-langson.iam.gserviceaccount.com',
        '--set-secrets=GMAIL_PRIVATE_KEY=tonvinh-gmail-private-key:latest',
        '--project=tonvinh-langson',
      ]),
    );
    const env = argv.find((a) => a.startsWith('--set-env-vars=')) ?? '';
    expect(env.startsWith('--set-env-vars=^;^')).toBe(true);
    expect(env).toContain(
      ';ID_TOKEN_AUDIENCES=123456789012-addonclient.apps.googleusercontent.com,123456789012-webclient.apps.googleusercontent.com;',
    );
    expect(env).toContain('AUTH_MODE=google');
    expect(env).toContain('NODE_ENV=production');
    expect(argv.join(' ')).not.toContain('PRIVATE_KEY=-----');
  });

  it('deploys every function of the one list by its kind: HTTP public, CloudEvent on its topic', () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(14);
    for (const f of FUNCTIONS) {
      const argv = deployOf(f.name);
      expect(argv, f.name).toContain(`--entry-point=${f.name}`);
      if (f.kind === 'http') expect(argv, f.name).toContain('--trigger-http');
      else expect(argv, f.name).toContain(`--trigger-topic=${EVENT_TOPICS[f.name]}`);
    }
  });

  it('deploys the scheduled functions on their Pub/Sub topics, not publicly', () => {
    const argv = deployOf('weeklyDigest');
    expect(argv).toContain('--trigger-topic=tonvinh-weekly-digest');
    expect(argv).toContain(
      '--trigger-service-account=tonvinh-functions@tonvinh-langson.iam.gserviceaccount.com',
    );
    expect(argv).not.toContain('--allow-unauthenticated');
    expect(argv).toContain('--no-allow-unauthenticated');
    expect(deployOf('deadlineReminders')).toEqual(
      expect.arrayContaining([
        '--trigger-topic=tonvinh-deadline-reminders',
        '--no-allow-unauthenticated',
        '--trigger-service-account=tonvinh-functions@tonvinh-langson.iam.gserviceaccount.com',
      ]),
    );
    expect(deployOf('consolidate')).toContain('--allow-unauthenticated');
    expect(deployOf('consolidate')).not.toContain('--no-allow-unauthenticated');
    expect(deployOf('consolidate')).toEqual(expect.arrayContaining(['--memory=1Gi', '--timeout=300s']));
  });

  it('deploys publicNotice, the one function without sign-in, as HTTP reachable by anyone (its own checks: none)', () => {
    expect(PUBLIC_FUNCTIONS).toEqual(['publicNotice']);
    expect(deployOf('publicNotice')).toEqual(
      expect.arrayContaining(['--trigger-http', '--allow-unauthenticated']),
    );
    expect(deployOf('noticeComments')).toContain('--allow-unauthenticated');
    expect(FUNCTIONS.find((f) => f.name === 'noticeComments')?.role).toBe('board');
  });

  it('schedules the digest on Monday 07:00 and reminders daily 07:30 in Asia/Ho_Chi_Minh, updating existing jobs', () => {
    const digest = runs.find((s) => s.title === 'Scheduler job tonvinh-weekly-digest');
    expect(digest?.argv).toEqual(
      expect.arrayContaining([
        '--schedule=0 7 * * 1',
        '--time-zone=Asia/Ho_Chi_Minh',
        '--topic=tonvinh-weekly-digest',
        '--location=asia-southeast1',
      ]),
    );
    expect(digest?.ifExists?.slice(0, 5)).toEqual(['gcloud', 'scheduler', 'jobs', 'update', 'pubsub']);
    const reminders = runs.find((s) => s.title === 'Scheduler job tonvinh-deadline-reminders');
    expect(reminders?.argv).toContain('--schedule=30 7 * * *');
  });

  it('prints a shell-quoted dry run', () => {
    const text = renderPlan(plan);
    // Steps are numbered in plan order: build, package, 2 topics, every function, then the scheduler jobs.
    const digestStep = 4 + FUNCTIONS.length + 1;
    expect(text).toContain(
      `# ${digestStep}. Scheduler job tonvinh-weekly-digest\ngcloud scheduler jobs create pubsub tonvinh-weekly-digest '--schedule=0 7 * * 1'`,
    );
    expect(text).toContain('(cd sheets-addon && npx --yes @google/clasp@3 push --force)');
    expect(shellQuote(["it's"])).toBe("'it'\\''s'");
  });

  it('with --bootstrap: enables the APIs, creates the database and the service account, grants least roles first', () => {
    const steps = buildPlan(sample, { bootstrap: true, rootPackage });
    const first = steps[0];
    expect(first?.kind === 'run' && first.argv).toEqual([
      'gcloud',
      'services',
      'enable',
      ...APIS,
      '--project=tonvinh-langson',
    ]);
    const roles = steps.filter((s) => s.title.startsWith('Role ')).map((s) => s.title);
    expect(roles).toEqual([
      'Role roles/datastore.user for tonvinh-functions',
      'Role roles/secretmanager.secretAccessor for tonvinh-functions',
      'Role roles/logging.logWriter for tonvinh-functions',
      'Role roles/run.invoker for tonvinh-functions',
      'Role roles/eventarc.eventReceiver for tonvinh-functions',
    ]);
    expect(steps.slice(0, 3).map((s) => s.title)).toEqual([
      'Enable APIs',
      'Firestore database (native mode)',
      'Service account tonvinh-functions',
    ]);
  });

  it('refuses a bad config with a Vietnamese message naming the field', () => {
    expect(() => parseDeployConfig({ projectId: 'X', secrets: { bad: 'x' } })).toThrow(
      /^Cấu hình triển khai không hợp lệ: projectId/,
    );
  });
});

/** The deploy's build, in a temporary folder whose node_modules links to ours (as Cloud Build installs them). */
let built: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tonvinh-bundle-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  built = join(dir, 'functions');
  await build({ ...functionsBuildOptions(built), logLevel: 'silent' });
});

afterAll(() => {
  rmSync(dirname(built), { recursive: true, force: true });
});

/** npm packages imported statically (import … from / bare import) by a module and the local chunks it imports. */
function staticPackages(file: string, seen = new Set<string>()): string[] {
  const packages = new Set<string>();
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec = ''] of code.matchAll(/^(?:import|export)\b[^;]*?["']([^"']+)["'];?$/gms)) {
    if (spec.startsWith('.'))
      for (const p of staticPackages(join(dirname(file), spec), seen)) packages.add(p);
    else if (!spec.startsWith('node:')) packages.add(spec);
  }
  return [...packages].sort();
}

/** Child process in the bundle's folder: import every chunk, then call two HTTP functions and one CloudEvent. */
const RUN_BUNDLE = `
import { readdirSync } from 'node:fs';
const lines = [];
process.stdout.write = ((write) => (chunk, ...rest) => { lines.push(String(chunk)); return true; })(process.stdout.write.bind(process.stdout));
await import('./functions/index.js');
const chunks = readdirSync('functions/chunks').filter((f) => f.endsWith('.js'));
for (const chunk of chunks) await import('./functions/chunks/' + chunk);
const { getTestServer } = await import('@google-cloud/functions-framework/testing');
async function call(name, init) {
  const server = getTestServer(name);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const response = await fetch('http://127.0.0.1:' + server.address().port + '/', { method: 'POST', ...init });
  const text = await response.text();
  server.close();
  return { status: response.status, text };
}
const json = (r) => ({ status: r.status, body: JSON.parse(r.text) });
const wrongType = json(await call('validateRows', { headers: { 'content-type': 'text/plain' }, body: 'x' }));
const unsigned = json(await call('submitNominations', { headers: { 'content-type': 'application/json' }, body: '{}' }));
const ce = await call('weeklyDigest', { headers: { 'content-type': 'application/json', 'ce-id': '1', 'ce-specversion': '1.0',
  'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished', 'ce-source': '//pubsub.googleapis.com/x' }, body: '{"x":1}' });
process.stderr.write(JSON.stringify({ chunksImported: chunks.length, wrongType, unsigned, event: { status: ce.status, logged: lines.join('') } }));
process.exit(0);
`;

interface BundleReport {
  chunksImported: number;
  wrongType: unknown;
  unsigned: unknown;
  event: { status: number; logged: string };
}

async function runBundle(dir: string): Promise<BundleReport> {
  const env = {
    PATH: process.env.PATH ?? '',
    AUTH_MODE: 'dev',
    GCLOUD_PROJECT: 'demo-bundle',
    FIRESTORE_EMULATOR_HOST: '127.0.0.1:9',
    NODE_ENV: 'production',
    MAIL_OUTBOX_DIR: join(dirname(dir), 'outbox'),
  };
  const args = ['--input-type=module', '-e', RUN_BUNDLE];
  const { stderr } = await promisify(execFile)(process.execPath, args, { cwd: dirname(dir), env });
  return JSON.parse(stderr) as BundleReport;
}

describe('bundle', () => {
  it('package.json carries the exact dependency versions and overrides for Node 22', () => {
    const pkg = JSON.parse(bundlePackageJson(rootPackage)) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      type: 'module',
      main: 'index.js',
      engines: { node: '22' },
      dependencies: rootPackage.dependencies,
      overrides: rootPackage.overrides,
    });
  });

  it('the plan builds the code-split bundle into dist/functions', () => {
    const step = plan[0];
    expect(step?.kind === 'build' && step.describe).toEqual(
      expect.arrayContaining(['--splitting', '--format=esm', '--outdir=dist/functions']),
    );
    expect(functionsBuildOptions('out')).toMatchObject({ splitting: true, format: 'esm', outdir: 'out' });
  });

  it('esbuild bundles functions/index.ts with shared/ inside, npm packages outside, each handler in its own chunks', async () => {
    const code = readFileSync(join(built, 'index.js'), 'utf8');
    // The function list (shared/) is bundled into the entry, which registers each function from it.
    expect(code).toMatch(/name: "validateRows"/);
    expect(code).toMatch(/functions\.http\(/);
    expect(code).toMatch(/from "@google-cloud\/functions-framework"/);
    expect(code).toMatch(/import\("\.\/chunks\/validate-rows-[A-Z0-9]+\.js"\)/);
    const all = readdirSync(join(built, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(built, 'chunks', f), 'utf8'));
    expect(all.some((c) => /from "\.\.?\/.*shared/.test(c))).toBe(false);
    expect(all.some((c) => c.includes('from "exceljs"'))).toBe(true);
  });

  it('the entry module statically reaches no npm package but the Functions Framework (cold start)', () => {
    expect(staticPackages(join(built, 'index.js'))).toEqual(['@google-cloud/functions-framework']);
  });

  it('the built bundle loads and serves: every chunk imports, HTTP functions answer our JSON, a CloudEvent runs', async () => {
    const report = await runBundle(built);
    expect(report.chunksImported).toBe(
      readdirSync(join(built, 'chunks')).filter((f) => f.endsWith('.js')).length,
    );
    expect(report.wrongType).toEqual({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: API_ERRORS.UNSUPPORTED_MEDIA_TYPE.message } },
    });
    expect(report.unsigned).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: API_ERRORS.UNAUTHENTICATED.message } },
    });
    expect(report.event.status).toBeLessThan(300);
    expect(report.event.logged).toContain('MAIL_EVENT_INVALID');
  });

  it('envFlag is empty without env', () => {
    expect(envFlag({})).toEqual([]);
  });
});

describe('applyPlan', () => {
  function recorder(
    outputs: Record<string, { status: number; output: string }>,
  ): Runner & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      run: (argv) => {
        calls.push(argv.slice(0, 6).join(' '));
        return outputs[argv.slice(0, 6).join(' ')] ?? { status: 0, output: '' };
      },
      build: async (outfile) => void calls.push(`build ${outfile}`),
      write: (path) => void calls.push(`write ${path}`),
    };
  }

  it('runs the steps in order, tolerates existing topics and updates existing scheduler jobs', async () => {
    const exists = { status: 1, output: 'ERROR: ALREADY_EXISTS: Resource already exists in the project' };
    const runner = recorder({
      'gcloud pubsub topics create tonvinh-weekly-digest --project=tonvinh-langson': exists,
      'gcloud scheduler jobs create pubsub tonvinh-weekly-digest': exists,
    });
    await applyPlan(plan, runner, () => undefined);
    expect(runner.calls[0]).toBe('build dist/functions');
    expect(runner.calls).toContain('gcloud scheduler jobs update pubsub tonvinh-weekly-digest');
    expect(runner.calls.filter((c) => c.startsWith('gcloud functions deploy'))).toHaveLength(
      FUNCTIONS.length,
    );
  });

  it('stops at the first failing step with its output', async () => {
    const runner = recorder({
      'gcloud functions deploy validateRows --gen2 --runtime=nodejs22': {
        status: 1,
        output: 'ERROR: Permission denied',
      },
    });
    await expect(applyPlan(plan, runner, () => undefined)).rejects.toThrow(
      'Function validateRows: ERROR: Permission denied',
    );
    expect(runner.calls.some((c) => c.includes('submitNominations'))).toBe(false);
  });
});
