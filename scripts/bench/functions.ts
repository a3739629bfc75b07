// Benchmarks of the functions backbone (npm run bench functions):
// 1. Cold import of the functions entry module, esbuild-bundled to .local/bench/, in fresh child processes,
//    against a baseline measured here: importing firebase-admin/firestore alone.
// 2. Load: 300 units × 30 rows submitted concurrently to the local stack (embedded emulator): stored, lost,
//    throughput, p50/p95 latency.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startStack } from '../../functions/local/stack';
import { individualGrid } from '../../test/support/grids';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, '.local', 'bench');

function importMs(specifier: string): number {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').at(-1));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function coldImport(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'functions.mjs');
  await build({
    entryPoints: [join(root, 'functions/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  const runs = 5;
  const bundle = median(Array.from({ length: runs }, () => importMs(pathToFileURL(outfile).href)));
  const baseline = median(Array.from({ length: runs }, () => importMs('firebase-admin/firestore')));
  console.log(`cold import, functions bundle (median of ${runs}): ${bundle.toFixed(0)} ms`);
  console.log(`cold import, firebase-admin/firestore alone (baseline): ${baseline.toFixed(0)} ms`);
  console.log(
    `ratio bundle / baseline: ${(bundle / baseline).toFixed(2)} (googleapis monolith is not a dependency)`,
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
  await services.members.saveMembers([
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
        async (_, i) => (await services.submissions.listCommits('bench', `u${i}`)).length,
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
  await coldImport();
  await load();
}
