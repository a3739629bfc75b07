// Benchmarks of the functions backbone (npm run bench functions):
// 0. Headline: fresh process → first answer, per HTTP function. The parent spawns a fresh node process that imports
//    the deploy-built bundle and serves one function with the framework's server; the parent times from spawn to
//    the end of the first HTTP answer it receives (median of 5), next to the baseline of the same run: a fresh
//    `node -e ''` (spawn + exit) and `require('googleapis')`.
// 1. Cold start: import of the functions entry module, built exactly as the deploy builds it (esbuild, code
//    splitting, scripts/deploy.ts functionsBuildOptions), in fresh child processes (median of 5), against the
//    baseline of the issue measured in the same run: `require('googleapis')` (the monolith, installed once into
//    .tools/bench-googleapis, which is git-ignored; not a dependency). Also printed: the same entry as one ESM
//    file without splitting (every external import hoisted to the top: what the deploy shipped before).
// 2. Where the cost moved: in fresh processes, import of the bundle, then the first and the second request of
//    validateRows and of submitNominations (served by the framework's own server against the embedded emulator),
//    with the SDK packages each step loaded.
// 3. Load: 300 units × 30 rows submitted concurrently to the local stack (embedded emulator): stored, lost,
//    throughput, p50/p95 latency.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { type Stack, startStack } from '../../functions/local/stack';
import { individualGrid } from '../../test/support/grids';
import { functionsBuildOptions } from '../deploy';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, '.local', 'bench');
const gapisDir = join(root, '.tools', 'bench-googleapis');
const TARGET = 0.3;
const execAsync = promisify(execFile);

/** SDK packages whose loading the first-request measurement reports. */
const WATCHED = [
  'firebase-admin',
  'google-auth-library',
  '@googleapis/sheets',
  '@googleapis/gmail',
  'exceljs',
  'nodemailer',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Milliseconds of `load` (an expression awaited in a fresh ESM process whose cwd is the repository). */
function loadMs(load: string): number {
  const code = `import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); const t = performance.now(); await ${load}; console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').at(-1));
}

const medianOf = (runs: number, load: string) => median(Array.from({ length: runs }, () => loadMs(load)));

export async function buildBundles(): Promise<{ split: string; single: string }> {
  const splitDir = join(outDir, 'functions');
  rmSync(splitDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build(functionsBuildOptions(splitDir, root));
  const single = join(outDir, 'functions-single.mjs');
  await build({
    entryPoints: ['functions/index.ts'],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    outfile: single,
    logLevel: 'error',
  });
  return { split: pathToFileURL(join(splitDir, 'index.js')).href, single: pathToFileURL(single).href };
}

/** The googleapis monolith for the baseline; installed on first use. False when it cannot be installed. */
function ensureGoogleapis(): boolean {
  if (existsSync(join(gapisDir, 'node_modules', 'googleapis'))) return true;
  console.log('installing googleapis@178.0.0 into .tools/bench-googleapis (once) …');
  try {
    const args = ['i', '--prefix', gapisDir, '--no-save', '--no-package-lock', 'googleapis@178.0.0'];
    execFileSync('npm', args, { cwd: root, stdio: 'ignore' });
  } catch {
    return false;
  }
  return existsSync(join(gapisDir, 'node_modules', 'googleapis'));
}

async function coldImport(bundles: { split: string; single: string }, runs = 5): Promise<void> {
  const split = medianOf(runs, `import(${JSON.stringify(bundles.split)})`);
  const single = medianOf(runs, `import(${JSON.stringify(bundles.single)})`);
  const ff = medianOf(runs, `import('@google-cloud/functions-framework')`);
  console.log(`cold import of the entry module (median of ${runs} fresh processes):`);
  console.log(`  functions bundle, deploy build (code-split, lazy handlers): ${split.toFixed(0)} ms`);
  console.log(`  @google-cloud/functions-framework alone: ${ff.toFixed(0)} ms`);
  console.log(`  same entry as one ESM file, no splitting (externals hoisted): ${single.toFixed(0)} ms`);
  if (!ensureGoogleapis()) {
    console.log('  googleapis baseline: NOT MEASURED (npm install into .tools/bench-googleapis failed)');
    return;
  }
  const gapis = medianOf(runs, `require(${JSON.stringify(join(gapisDir, 'node_modules', 'googleapis'))})`);
  const ratio = split / gapis;
  console.log(`  require('googleapis') @178 monolith (baseline): ${gapis.toFixed(0)} ms`);
  console.log(
    `  ratio bundle / googleapis: ${ratio.toFixed(3)} (target ≤ ${TARGET}: ${ratio <= TARGET ? 'met' : 'NOT met'}); one-file bundle / googleapis: ${(single / gapis).toFixed(2)}`,
  );
}

/** Child process: import the bundle, serve one function, print the port; the parent sends the first request. */
const SERVE = `
const [bundle, name] = process.argv.slice(1);
await import(bundle);
const { getTestServer } = await import('@google-cloud/functions-framework/testing');
const server = getTestServer(name);
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
process.stdin.on('data', () => {
  const u = process.cpuUsage();
  console.log('cpu ' + (u.user + u.system) / 1000);
  process.exit(0);
});
`;

interface Probe {
  name: string;
  user: string;
  /** A fresh body per run (submissions get fresh keys, so nothing is replayed). */
  body: (i: number) => string;
}

const UNIT_USER = 'p-tam-thanh@langson.example';
const BOARD_USER = 'bantdkt@langson.example';
const CAMPAIGN = 'ls-dhtt-2026';

const PROBES: Probe[] = [
  { name: 'validateRows', user: UNIT_USER, body: () => requestBody('validateRows', 'bench-head') },
  {
    name: 'submitNominations',
    user: UNIT_USER,
    body: (i) => requestBody('submitNominations', `bench-head-${Date.now()}-${i}`),
  },
  { name: 'campaignStatus', user: BOARD_USER, body: () => JSON.stringify({ campaignId: CAMPAIGN }) },
  {
    name: 'unitSubmissions',
    user: UNIT_USER,
    body: () => JSON.stringify({ campaignId: CAMPAIGN, unitId: 'p-tam-thanh' }),
  },
  {
    name: 'masterList',
    user: BOARD_USER,
    body: () => JSON.stringify({ campaignId: CAMPAIGN, pageSize: 50 }),
  },
];

function benchEnv(stack: Stack): NodeJS.ProcessEnv {
  return {
    ...process.env,
    FIRESTORE_EMULATOR_HOST: stack.emulatorHost,
    GCLOUD_PROJECT: stack.services.config.projectId,
    AUTH_MODE: 'dev',
    LOG_LEVEL: 'error',
    MAIL_OUTBOX_DIR: join(outDir, 'outbox'),
  };
}

/** The first `<label> <number>` line of the child's stdout. */
function lineOf(child: ReturnType<typeof spawn>, label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = new RegExp(`${label} ([\\d.]+)`).exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before printing ${label}`)));
  });
}

/** Spawn → end of the first answer, in ms, and its HTTP status. */
async function freshAnswer(stack: Stack, bundle: string, probe: Probe, i: number) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVE, bundle, probe.name], {
    cwd: root,
    env: benchEnv(stack),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  try {
    const port = await lineOf(child, 'port');
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-user': probe.user },
      body: probe.body(i),
    });
    await response.arrayBuffer();
    const ms = performance.now() - t0;
    const cpu = lineOf(child, 'cpu');
    child.stdin?.write('cpu\n');
    return { ms, status: response.status, cpuMs: await cpu };
  } finally {
    child.kill();
  }
}

/** A consolidation, so masterList has a master version to page through. */
async function seedMaster(stack: Stack): Promise<number> {
  const response = await fetch(`${stack.url}/consolidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': BOARD_USER },
    body: JSON.stringify({ campaignId: CAMPAIGN }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** `node -e ''`: wall time of spawn → exit, and the CPU time the process reports of itself. */
function spawnBaseline(runs: number): { ms: number; cpuMs: number } {
  const cpu = 'const u = process.cpuUsage(); console.log((u.user + u.system) / 1000)';
  const wall = Array.from({ length: runs }, () => {
    const t = performance.now();
    execFileSync(process.execPath, ['-e', '']);
    return performance.now() - t;
  });
  const cpus = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['-e', cpu], { encoding: 'utf8' }).trim()),
  );
  return { ms: median(wall), cpuMs: median(cpus) };
}

export async function headline(bundles: { split: string; single: string }, runs = 5): Promise<void> {
  const stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
  try {
    const seed = ['submitNominations', 'submitNominations'].map((n, i) =>
      fetch(`${stack.url}/${n}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-user': UNIT_USER },
        body: requestBody(n, `bench-seed-${Date.now()}-${i}`),
      }).then((r) => r.arrayBuffer()),
    );
    await Promise.all(seed);
    const consolidated = await seedMaster(stack);
    const base = spawnBaseline(runs);
    const node = base.ms;
    console.log(
      `HEADLINE fresh process → first answer (median of ${runs}; spawn → end of the first HTTP answer, deploy bundle, embedded emulator over gRPC):`,
    );
    console.log(
      `  baseline: fresh \`node -e ''\` spawn+exit ${node.toFixed(0)} ms (its own CPU ${base.cpuMs.toFixed(0)} ms)`,
    );
    console.log(
      '  (CPU: user+system time of the child until its first answer, which a busy machine does not inflate)',
    );
    for (const probe of PROBES) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await freshAnswer(stack, bundles.split, probe, i));
      const ms = median(results.map((r) => r.ms));
      const cpuMs = median(results.map((r) => r.cpuMs));
      const statuses = [...new Set(results.map((r) => r.status))].join('/');
      const seeded = probe.name === 'masterList' ? `; after consolidate HTTP ${consolidated}` : '';
      console.log(
        `  ${probe.name}: ${ms.toFixed(0)} ms (${(ms / node).toFixed(1)}× node -e ''; CPU ${cpuMs.toFixed(0)} ms; HTTP ${statuses}${seeded})`,
      );
    }
  } finally {
    await stack.close();
  }
}

/**
 * What preferRest changes in production, where the local emulator (gRPC only) cannot show it: the client's modules
 * as the first Firestore call loads them (firebase-admin/firestore, then google-gax with gRPC, or only its REST
 * fallback), each path in fresh processes.
 */
export function transports(runs = 5): void {
  const client = `require('firebase-admin/firestore')`;
  const admin = medianOf(runs, client);
  const grpc = medianOf(runs, `(${client}, require('google-gax'))`);
  const rest = medianOf(runs, `(${client}, require('google-gax/build/src/fallback.js'))`);
  console.log(`Firestore client modules, fresh processes (median of ${runs}):`);
  console.log(`  firebase-admin/firestore alone: ${admin.toFixed(0)} ms`);
  console.log(
    `  + google-gax (gRPC: @grpc/grpc-js, proto loader; local emulator, before): ${grpc.toFixed(0)} ms`,
  );
  console.log(`  + google-gax/build/src/fallback (REST, preferRest; production now): ${rest.toFixed(0)} ms`);
  console.log(`  REST / gRPC: ${(rest / grpc).toFixed(2)}`);
}

/** Records, in the loader thread, every npm package an ES module import resolves to (our chunks import SDKs). */
const RESOLVE_HOOK = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

/** Child process: import the bundle, serve one function with the framework's server, time two requests. */
const FIRST_REQUEST = `
import { register } from 'node:module';
import { request } from 'node:http';
import { MessageChannel } from 'node:worker_threads';
const [bundle, name, user, first, second] = process.argv.slice(1);
const watched = ${JSON.stringify(WATCHED)};
const resolved = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => resolved.add(url));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(RESOLVE_HOOK)}), { data: { port: port2 }, transferList: [port2] });
const settle = () => new Promise((r) => setTimeout(r, 50));
const loaded = () => watched.filter((p) => [...resolved].some((u) => u.includes('/node_modules/' + p + '/')));
const post = (port, body) => new Promise((resolve, reject) => {
  const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/',
    headers: { 'content-type': 'application/json', 'x-dev-user': user } }, (res) => {
    res.resume(); res.on('end', () => resolve(res.statusCode));
  });
  req.on('error', reject); req.end(body);
});
const t0 = performance.now();
await import(bundle);
const t1 = performance.now();
await settle();
const afterImport = loaded();
const { getTestServer } = await import('@google-cloud/functions-framework/testing');
const server = getTestServer(name);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const t2 = performance.now();
const s1 = await post(port, first);
const t3 = performance.now();
const s2 = await post(port, second);
const t4 = performance.now();
await settle();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t3 - t2, secondMs: t4 - t3, statuses: [s1, s2], afterImport, afterFirst: loaded() }));
server.close(); process.exit(0);
`;

interface FirstRequest {
  importMs: number;
  firstMs: number;
  secondMs: number;
  statuses: number[];
  afterImport: string[];
  afterFirst: string[];
}

async function firstRequestOnce(stack: Stack, bundle: string, name: string, bodies: string[]) {
  const env = {
    ...process.env,
    FIRESTORE_EMULATOR_HOST: stack.emulatorHost,
    GCLOUD_PROJECT: stack.services.config.projectId,
    AUTH_MODE: 'dev',
    LOG_LEVEL: 'error',
    MAIL_OUTBOX_DIR: join(outDir, 'outbox'),
  };
  const args = ['--input-type=module', '-e', FIRST_REQUEST, bundle, name, 'p-tam-thanh@langson.example'];
  const { stdout } = await execAsync(process.execPath, [...args, ...bodies], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as FirstRequest;
}

function requestBody(name: string, key: string): string {
  const body = { campaignId: 'ls-dhtt-2026', unitId: 'p-tam-thanh', kind: 'individual' };
  const grid = individualGrid(30, key);
  return JSON.stringify(name === 'validateRows' ? { ...body, grid } : { ...body, grid, submissionKey: key });
}

async function firstRequests(bundles: { split: string; single: string }, runs = 3): Promise<void> {
  const stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
  try {
    console.log(`where the cost moved (median of ${runs} fresh processes, 30-row grid, embedded emulator):`);
    for (const name of ['validateRows', 'submitNominations']) {
      for (const [label, bundle] of [
        ['code-split', bundles.split],
        ['one file', bundles.single],
      ] as const) {
        const results: FirstRequest[] = [];
        for (let i = 0; i < runs; i++)
          results.push(await firstRequestOnce(stack, bundle, name, bodiesOf(name, i)));
        printFirst(`${name} (${label})`, results);
      }
    }
  } finally {
    await stack.close();
  }
}

/** Two requests for one process; submissions get fresh keys and rows, so nothing is replayed. */
function bodiesOf(name: string, i: number): string[] {
  const key = `bench-cold-${Date.now()}-${i}`;
  return [requestBody(name, `${key}a`), requestBody(name, `${key}b`)];
}

function printFirst(name: string, results: FirstRequest[]): void {
  const m = (pick: (r: FirstRequest) => number) => median(results.map(pick)).toFixed(0);
  const last = results.at(-1);
  const statuses = [...new Set(results.flatMap((r) => r.statuses))].join('/');
  console.log(
    `  ${name}: import ${m((r) => r.importMs)} ms; first request ${m((r) => r.firstMs)} ms; second ${m((r) => r.secondMs)} ms (HTTP ${statuses})`,
  );
  const moved = (last?.afterFirst ?? []).filter((p) => !last?.afterImport.includes(p));
  console.log(
    `    SDKs our modules import, loaded by the import: ${last?.afterImport.join(', ') || 'none'}; by the requests: ${moved.join(', ') || 'none'}`,
  );
}

async function load(units = 300, rows = 30): Promise<void> {
  const stack = await startStack({ port: 0, seed: false, env: { LOG_LEVEL: 'error' } });
  const { services } = stack;
  const campaign = {
    title: 'Đo tải',
    eventKind: 'khac' as const,
    deadline: new Date(Date.now() + 86_400_000).toISOString(),
    timeZone: 'Asia/Ho_Chi_Minh',
    graceMinutes: 0,
    open: true,
    awards: [],
    quotas: {},
    rules: {},
  };
  await services.campaigns.saveCampaign({ ...campaign, id: 'bench', createdAt: '', updatedAt: '' });
  await services.campaigns.saveUnits(
    'bench',
    Array.from({ length: units }, (_, i) => ({
      id: `u${i}`,
      name: `Đơn vị ${i}`,
      kind: 'commune' as const,
      status: 'current' as const,
      legacyIds: [],
    })),
  );
  await services.members.saveCampaignMembers('bench', [
    { email: 'bench@x.example', role: 'board', unitIds: [], active: true },
  ]);
  const latencies: number[] = [];
  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: units }, async (_, i) => {
      const t = performance.now();
      const body = {
        campaignId: 'bench',
        unitId: `u${i}`,
        kind: 'individual',
        grid: individualGrid(rows, `u${i}`),
        submissionKey: `bench-key-${i}`,
      };
      const response = await fetch(`${stack.url}/submitNominations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-user': 'bench@x.example' },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - t);
      return response.status;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const stored = (
    await Promise.all(
      Array.from(
        { length: units },
        async (_, i) => (await services.submissions.unit('bench', `u${i}`).listCommits()).length,
      ),
    )
  ).reduce((a, b) => a + b, 0);
  const ok = statuses.filter((s) => s === 200).length;
  console.log(
    `load: ${units} units × ${rows} rows concurrently: ${ok} × HTTP 200, stored ${stored}, lost ${units - stored}`,
  );
  console.log(
    `load: ${(units / seconds).toFixed(1)} submissions/s, ${((units * rows) / seconds).toFixed(0)} rows/s, total ${seconds.toFixed(1)} s`,
  );
  console.log(
    `load: latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
  );
  await stack.close();
}

export async function run(): Promise<void> {
  const bundles = await buildBundles();
  await headline(bundles);
  transports();
  await coldImport(bundles);
  await firstRequests(bundles);
  await load();
}
