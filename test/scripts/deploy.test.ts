import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  APIS,
  applyPlan,
  buildPlan,
  bundlePackageJson,
  envFlag,
  type PlanStep,
  parseDeployConfig,
  type Runner,
  renderPlan,
  shellQuote,
} from '../../scripts/deploy';

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
  it('builds, creates topics, deploys 13 functions, schedules, deploys Firestore rules and pushes the add-on, in that order', () => {
    expect(plan.map((s) => s.title)).toEqual([
      'Build the functions bundle',
      'Bundle package.json',
      'Pub/Sub topic tonvinh-weekly-digest',
      'Pub/Sub topic tonvinh-deadline-reminders',
      ...[
        'validateRows',
        'submitNominations',
        'campaignStatus',
        'adminCampaign',
        'consolidate',
        'masterList',
        'reviewDuplicates',
        'reviewNominee',
        'writeMasterSheet',
        'exportMaster',
        'importWorkbook',
        'weeklyDigest',
        'deadlineReminders',
      ].map((n) => `Function ${n}`),
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

  it('deploys the scheduled functions on their Pub/Sub topics, not publicly', () => {
    const argv = deployOf('weeklyDigest');
    expect(argv).toContain('--trigger-topic=tonvinh-weekly-digest');
    expect(argv).toContain(
      '--trigger-service-account=tonvinh-functions@tonvinh-langson.iam.gserviceaccount.com',
    );
    expect(argv).not.toContain('--allow-unauthenticated');
    expect(deployOf('deadlineReminders')).toContain('--trigger-topic=tonvinh-deadline-reminders');
    expect(deployOf('consolidate')).toEqual(expect.arrayContaining(['--memory=1Gi', '--timeout=300s']));
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
    expect(text).toContain(
      "# 18. Scheduler job tonvinh-weekly-digest\ngcloud scheduler jobs create pubsub tonvinh-weekly-digest '--schedule=0 7 * * 1'",
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

  it('esbuild bundles functions/index.ts with shared/ inside and npm packages outside', async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'tonvinh-bundle-')), 'index.js');
    await build({
      entryPoints: ['functions/index.ts'],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    const code = readFileSync(outfile, 'utf8');
    expect(code).toContain('functions.http("validateRows"');
    expect(code).toMatch(/from "@google-cloud\/functions-framework"/);
    expect(code).not.toMatch(/from "\.\.?\/shared/);
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
    expect(runner.calls[0]).toBe('build dist/functions/index.js');
    expect(runner.calls).toContain('gcloud scheduler jobs update pubsub tonvinh-weekly-digest');
    expect(runner.calls.filter((c) => c.startsWith('gcloud functions deploy'))).toHaveLength(13);
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
