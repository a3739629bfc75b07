// Restart of the local stack at size (npm run bench restart): a campaign whose units submitted grids of 1,000 rows
// (stored in chunk documents of ≤ 200 rows) is built over HTTP in a child process that then exits without closing
// (the state is only in the journal, as after kill -9); fresh child processes then restart the stack on it:
// from the journal, and (after a compaction) from the snapshot. Target: 100,000 rows in ≤ 30 s.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execAsync = promisify(execFile);
const CHILD = join(import.meta.dirname, 'restart', 'child.ts');
const ROWS = 1000;
const TARGET_S = 30;

interface Restart {
  restoreMs: number;
  restoredDocuments: number;
  versions: number;
  rows: number;
  rssMb: number;
  wallMs: number;
}

async function child(args: string[]): Promise<string> {
  const { stdout } = await execAsync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    maxBuffer: 16 * 1024 * 1024,
    timeout: 30 * 60_000,
  });
  return stdout;
}

async function restart(dir: string, unit: string, compact: boolean): Promise<Restart> {
  const t = performance.now();
  const out = await child(['start', dir, unit, ...(compact ? ['compact'] : [])]);
  const line = out.trim().split('\n').at(-1) ?? '{}';
  return { ...(JSON.parse(line) as Omit<Restart, 'wallMs'>), wallMs: performance.now() - t };
}

async function dirMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  return bytes / 1024 / 1024;
}

function print(label: string, r: Restart, versions: number): void {
  const ok = r.rows === ROWS && r.versions === versions ? 'read back ok' : 'READ BACK WRONG';
  console.log(
    `  ${label}: stack up in ${(r.restoreMs / 1000).toFixed(2)} s (process start to exit ${(r.wallMs / 1000).toFixed(1)} s), ${r.restoredDocuments} documents, RSS ${r.rssMb.toFixed(0)} MB; last version of u0: ${r.rows} rows, ${r.versions} versions (${ok})`,
  );
}

async function measure(units: number, versions: number): Promise<void> {
  const rows = units * versions * ROWS;
  const dir = await mkdtemp(join(tmpdir(), 'tonvinh-bench-restart-'));
  try {
    const t = performance.now();
    await child(['build', dir, String(units), String(versions), String(ROWS)]);
    console.log(
      `${rows.toLocaleString('en')} rows (${units} units × ${versions} versions × ${ROWS} rows): built over HTTP in ${((performance.now() - t) / 1000).toFixed(0)} s, journal ${(await dirMb(dir)).toFixed(0)} MB`,
    );
    const fromJournal = await restart(dir, 'u0', true);
    print('restart from the journal', fromJournal, versions);
    const fromSnapshot = await restart(dir, 'u0', false);
    print(`restart from the snapshot (${(await dirMb(dir)).toFixed(0)} MB)`, fromSnapshot, versions);
    const worst = Math.max(fromJournal.restoreMs, fromSnapshot.restoreMs) / 1000;
    console.log(`  target ≤ ${TARGET_S} s: ${worst <= TARGET_S ? 'met' : 'MISSED'} (${worst.toFixed(2)} s)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await measure(10, 1);
  await measure(20, 5);
}
