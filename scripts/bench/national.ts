// National scale (npm run bench national): a national campaign whose units are provinces, 9,000 rows each
// (scripts/bench/national/rows.ts: synthetic Vietnamese names, variants within a province, ~3% of rows people an
// earlier province also proposed). For 1, 10 and 34 provinces, a fresh child process (--max-old-space-size=1024,
// so peak RSS is that run's own) runs the consolidate use case on in-memory ports, pages through the version with
// masterList, and lays it out as the Firestore adapter would (chunks, manifest parts). The embedded emulator cannot
// carry 306,000 entries (its write cost grows with the collection, and it holds every document in the same
// process), so the Firestore adapter is measured on it at 2 provinces (18,000 rows, a manifest over the size guard).
// Printed: wall and CPU time, peak RSS, cost per input row, and the ratio of the 34-province cost per row to the
// 1-province one (target ≤ 1.2).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execAsync = promisify(execFile);
const CHILD = join(import.meta.dirname, 'national', 'child.ts');
const HEAP_MB = 1024;

interface Figures {
  provinces: number;
  rows: number;
  entries: number;
  duplicateGroups: number;
  consolidateMs: number;
  cpuMs: number;
  listMs: number;
  listed: number;
  pages: number;
  layout: {
    chunks: number;
    largestChunkKb: number;
    manifestKb: number;
    manifestParts: number;
    largestDocKb: number;
  };
  emulator: null | {
    saveMs: number;
    readMs: number;
    pageMs: number;
    chunkDocs: number;
    manifestParts: number;
    readBackEqual: boolean;
  };
  peakRssMb: number;
}

async function child(provinces: number, emulator = false): Promise<Figures | string> {
  const args = [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', CHILD, String(provinces)];
  try {
    const { stdout } = await execAsync(process.execPath, emulator ? [...args, 'emulator'] : args, {
      maxBuffer: 16 * 1024 * 1024,
      timeout: 20 * 60_000,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? error);
    return text.includes('heap out of memory')
      ? 'out of memory (1 GiB heap)'
      : text.split('\n').slice(-3).join(' ');
  }
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const us = (ms: number, n: number): string => `${((ms * 1000) / n).toFixed(1)} µs`;

function line(f: Figures): string {
  const l = f.layout;
  return (
    `${String(f.provinces).padStart(2)} provinces, ${f.rows.toLocaleString('en')} rows → ${f.entries.toLocaleString('en')} entries, ` +
    `${f.duplicateGroups.toLocaleString('en')} duplicate groups: consolidate wall ${s(f.consolidateMs)}, cpu ${s(f.cpuMs)} ` +
    `(per row: wall ${us(f.consolidateMs, f.rows)}, cpu ${us(f.cpuMs, f.rows)}); masterList ${f.pages} pages of ≤ 5,000 ` +
    `in ${s(f.listMs)}; peak RSS ${f.peakRssMb.toFixed(0)} MB; layout: ${l.chunks} chunks (largest ${l.largestChunkKb.toFixed(0)} KiB), ` +
    `manifest ${l.manifestKb.toFixed(0)} KiB${l.manifestParts > 0 ? ` in ${l.manifestParts} parts` : ' in one document'}, ` +
    `largest document ${l.largestDocKb.toFixed(0)} KiB`
  );
}

export async function run(): Promise<void> {
  console.log(
    `each size in a fresh process with --max-old-space-size=${HEAP_MB}; in-memory ports (see the header)`,
  );
  const results = new Map<number, Figures>();
  for (const provinces of [1, 10, 34]) {
    const f = await child(provinces);
    if (typeof f === 'string') console.log(`${provinces} provinces: ${f}`);
    else {
      results.set(provinces, f);
      console.log(line(f));
    }
  }
  const one = results.get(1);
  const all = results.get(34);
  if (one && all) {
    const ratio = (a: number, b: number) => (a / all.rows / (b / one.rows)).toFixed(2);
    console.log(
      `cost per row, 34 provinces ÷ 1 province: wall ${ratio(all.consolidateMs, one.consolidateMs)}×, ` +
        `cpu ${ratio(all.cpuMs, one.cpuMs)}× (target ≤ 1.2); 34 provinces in ${s(all.consolidateMs)} (target ≤ 60 s)`,
    );
  }
  console.log(
    'not run on the embedded emulator at 306,000 entries: its write cost grows with the collection and it keeps every ' +
      'document (and each write copies the collection map) in this process, next to the consolidation; measured ' +
      'instead: the Firestore adapter on it at 2 provinces (a manifest over the size guard), below. Note: the adapter ' +
      'reads a whole version to answer one page (chunks are grouped by unit, pages by display order); it keeps it ' +
      'cached per instance (≤ 300,000 entries).',
  );
  const e = await child(2, true);
  if (typeof e === 'string' || !e.emulator) console.log(`embedded emulator, 2 provinces: ${String(e)}`);
  else
    console.log(
      `embedded emulator (Firestore adapter), 2 provinces, ${e.entries.toLocaleString('en')} entries: save ${s(e.emulator.saveMs)} ` +
        `(${e.emulator.chunkDocs} chunk documents, ${e.emulator.manifestParts} manifest parts), read whole ${s(e.emulator.readMs)}, ` +
        `one page of 500 from a fresh instance ${s(e.emulator.pageMs)}; read back equal: ${e.emulator.readBackEqual}; ` +
        `peak RSS (emulator in the same process) ${e.peakRssMb.toFixed(0)} MB`,
    );
}
