// Duplicate detection (findDuplicates, the call buildMaster makes) on 10,000 and 100,000 synthetic Vietnamese
// nominees from one generator (realistic name distribution, ~5% planted duplicates with accent/typo/swap variants).
// Method: a warm-up of 10 calls on a different 10k set (fewer leaves the JIT settling during the 10k runs, which
// flatters the ratio), then each size on the same rows, 15 × 10k then 5 × 100k; the median and the minimum of wall
// time and of CPU time (user + system of this process) are reported with the work done (groups found, candidate
// pairs proposed by blocking and compared, pairs verified as matches), and the ratio of the medians.
// Targets: 100k ≤ 1 s, ratio ≤ 11× for 10× the rows. The first call on each set also fills the name caches.

import { proposePairs } from '../../shared/consolidation/candidates';
import { compareRows } from '../../shared/consolidation/compare-rows';
import type { DuplicateInputRow } from '../../shared/consolidation/find-duplicates';
import { findDuplicates } from '../../shared/consolidation/find-duplicates';
import type { MatchRow } from '../../shared/consolidation/match-rows';
import { buildMatchTable } from '../../shared/consolidation/match-table';
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

interface Figures {
  rows: number;
  runs: number;
  wall: { median: number; min: number };
  cpu: { median: number; min: number };
  groups: number;
  proposed: number;
  verified: number;
}

/** Times `runs` calls of findDuplicates on the same rows; the work counts are taken outside the timed calls. */
function measure(rows: DuplicateInputRow[], runs: number): Figures {
  const walls: number[] = [];
  const cpus: number[] = [];
  let groups = 0;
  for (let k = 0; k < runs; k++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    groups = findDuplicates(rows).groups.length;
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { rows: rows.length, runs, wall: stats(walls), cpu: stats(cpus), groups, ...pairCounts(rows) };
}

/** Candidate pairs blocking proposes (each is compared once by findDuplicates) and those compareRows accepts. */
function pairCounts(rows: DuplicateInputRow[]): { proposed: number; verified: number } {
  const table = buildMatchTable(rows);
  const matchRows = table.rows;
  let proposed = 0;
  let verified = 0;
  proposePairs(table, (a, b) => {
    proposed++;
    if (compareRows(matchRows[a] as MatchRow, matchRows[b] as MatchRow)) verified++;
  });
  return { proposed, verified };
}

function stats(values: number[]): { median: number; min: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median: median ?? 0, min: sorted[0] ?? 0 };
}

function line(f: Figures): string {
  const ms = (x: number): string => x.toFixed(1);
  return (
    `findDuplicates ${f.rows.toLocaleString('en')} rows × ${f.runs}: ` +
    `wall median ${ms(f.wall.median)} ms (min ${ms(f.wall.min)}), cpu median ${ms(f.cpu.median)} ms (min ${ms(f.cpu.min)}); ` +
    `${f.groups} groups, ${f.proposed} candidate pairs compared, ${f.verified} verified`
  );
}

export async function run(): Promise<void> {
  const warmUp = syntheticRows(10_000, 99);
  for (let k = 0; k < 10; k++) findDuplicates(warmUp);
  const small = measure(syntheticRows(10_000, 1), 15);
  const large = measure(syntheticRows(100_000, 2), 5);
  console.log(line(small));
  console.log(`${line(large)}; target ≤ 1000 ms`);
  const ratio = (a: number, b: number): string => (a / b).toFixed(2);
  const work = ratio(large.rows + large.proposed, small.rows + small.proposed);
  console.log(
    `ratio of medians 100k/10k (10× rows): wall ${ratio(large.wall.median, small.wall.median)}×, ` +
      `cpu ${ratio(large.cpu.median, small.cpu.median)}×; target ≤ 11× (rows + pairs compared: ${work}×)`,
  );
  if ([small, large].some((f) => f.wall.median > 1.2 * f.cpu.median))
    console.log(
      'note: wall medians exceed CPU medians by > 20%: the machine was busy; the CPU figures are the fairer ones',
    );
}
