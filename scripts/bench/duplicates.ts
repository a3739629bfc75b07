// Duplicate detection on 10,000 and 100,000 synthetic Vietnamese nominees (realistic name distribution, ~5% planted
// duplicates with accent/typo/swap variants). Prints the time of each and their ratio (targets: 100k ≤ 1 s,
// ratio ≤ 11× for 10× the rows). Each size runs on fresh data after a warm-up; the best of 5 (10k) / 3 (100k) runs
// is reported, as wall time and as CPU time of this process.

import type { DuplicateInputRow } from '../../shared/consolidation/find-duplicates';
import { findDuplicates } from '../../shared/consolidation/find-duplicates';
import { foldDiacritics } from '../../shared/text/normalize';
import {
  type Random,
  randomCccd,
  randomPerson,
  seededRandom,
} from '../../test/fixtures/consolidation/synthetic-names';

const WORKPLACES = Array.from({ length: 400 }, (_, i) => `UBND xã số ${i + 1}`);

export function syntheticRows(n: number, seed: number): DuplicateInputRow[] {
  const random = seededRandom(seed);
  const rows: DuplicateInputRow[] = [];
  while (rows.length < n) {
    const row = personRow(random, rows.length);
    rows.push(row);
    if (random() < 0.05 && rows.length < n) rows.push(variantOf(random, row, rows.length));
  }
  return rows;
}

function personRow(random: Random, i: number): DuplicateInputRow {
  const p = randomPerson(random);
  const data = {
    fullName: p.fullName,
    gender: p.gender,
    birthYear: p.birthYear,
    workplace: WORKPLACES[Math.floor(random() * WORKPLACES.length)] ?? '',
    ...(random() < 0.5 ? { birthDate: p.birthDate } : {}),
    ...(random() < 0.4 ? { cccd: randomCccd(random, p) } : {}),
  };
  return { kind: 'individual', data, memberKey: `u${i % 500}|${i}` };
}

function variantOf(random: Random, row: DuplicateInputRow, i: number): DuplicateInputRow {
  const name = row.data.fullName ?? '';
  const r = random();
  const fullName = r < 0.4 ? foldDiacritics(name) : r < 0.7 ? typo(name, random) : swap(name);
  return { kind: 'individual', data: { ...row.data, fullName }, memberKey: `u${(i * 7) % 500}|${i}` };
}

function typo(name: string, random: Random): string {
  const at = 1 + Math.floor(random() * (name.length - 1));
  return name.slice(0, at) + name.slice(at + 1);
}

function swap(name: string): string {
  const words = name.split(' ');
  return [words[0], ...words.slice(1).reverse()].join(' ');
}

interface Timing {
  wallMs: number;
  cpuMs: number;
  groups: number;
}

/** Best of `runs` for wall time and for CPU time (user + system; less sensitive to other processes on the machine). */
function timeBest(rows: DuplicateInputRow[], runs: number): Timing {
  const best: Timing = { wallMs: Number.POSITIVE_INFINITY, cpuMs: Number.POSITIVE_INFINITY, groups: 0 };
  for (let k = 0; k < runs; k++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    best.groups = findDuplicates(rows).groups.length;
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    best.wallMs = Math.min(best.wallMs, wall);
    best.cpuMs = Math.min(best.cpuMs, (used.user + used.system) / 1000);
  }
  return best;
}

function line(label: string, t: Timing): string {
  return `findDuplicates ${label} rows: wall ${t.wallMs.toFixed(1)} ms, cpu ${t.cpuMs.toFixed(1)} ms (${t.groups} groups)`;
}

export async function run(): Promise<void> {
  timeBest(syntheticRows(10_000, 99), 2);
  const small = timeBest(syntheticRows(10_000, 1), 5);
  const large = timeBest(syntheticRows(100_000, 2), 3);
  console.log(line('10,000', small));
  console.log(`${line('100,000', large)}; target ≤ 1000 ms`);
  const wallRatio = (large.wallMs / small.wallMs).toFixed(2);
  const cpuRatio = (large.cpuMs / small.cpuMs).toFixed(2);
  console.log(`ratio 100k/10k (10× rows): wall ${wallRatio}×, cpu ${cpuRatio}×; target ≤ 11×`);
}
