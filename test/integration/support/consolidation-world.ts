// A consolidation campaign on the local stack: N sample units (functions/local/seed-data.ts) with members,
// submissions through HTTP, and a write counter around the master store and run repository.

import type { MasterRepository, RunRepository } from '../../../functions/app/ports';
import {
  BOARD_EMAIL,
  type SampleRow,
  sampleGrid,
  sampleUnits,
  unitEmail,
} from '../../../functions/local/seed-data';
import type { Stack } from '../../../functions/local/stack';
import { post } from '../../support/http';

export const BOARD = BOARD_EMAIL;
export { unitEmail };

export async function setUpCampaign(stack: Stack, campaignId: string, units = 20): Promise<string[]> {
  const list = sampleUnits(units);
  const members = list.map((u) => ({ email: unitEmail(u.id), role: 'unit', unitIds: [u.id] }));
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const campaign = {
    title: 'Tổng hợp thử nghiệm',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline,
    quotas: { 'dv-01': { total: 5 } },
  };
  const response = await post(
    stack.url,
    'adminCampaign',
    { campaignId, campaign, units: list, members },
    { user: BOARD },
  );
  if (response.status !== 200)
    throw new Error(`adminCampaign ${response.status}: ${JSON.stringify(response.body)}`);
  return list.map((u) => u.id);
}

export async function submitUnit(
  stack: Stack,
  campaignId: string,
  unitIndex: number,
  rows: number,
  edit?: (row: SampleRow, index: number) => SampleRow,
  key = `key-${campaignId}-${unitIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
): Promise<number> {
  const unitId = sampleUnits(unitIndex + 1)[unitIndex]?.id ?? '';
  const grid = sampleGrid(unitIndex, rows, edit);
  const body = { campaignId, unitId, kind: 'individual', grid, submissionKey: key };
  const response = await post<{ version: number }>(stack.url, 'submitNominations', body, {
    user: unitEmail(unitId),
  });
  if (response.status !== 200) throw new Error(`submit ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.version;
}

export async function submitAll(
  stack: Stack,
  campaignId: string,
  units: number,
  rows: number,
): Promise<void> {
  for (let i = 0; i < units; i += 5)
    await Promise.all(
      Array.from({ length: Math.min(5, units - i) }, (_, j) => submitUnit(stack, campaignId, i + j, rows)),
    );
}

export interface WriteCounter {
  writes: () => number;
  byMethod: Record<string, number>;
  reset(): void;
  /** Every write after `n` more writes fails (a crash in the middle of a run). */
  failAfter(n: number): void;
  restore(): void;
}

const WRITES = new Set(['putChunk', 'commitManifest', 'saveRun']);

/** Wraps the stack's master store and run repository (the real Firestore adapters) to count document writes. */
export function countWrites(stack: Stack): WriteCounter {
  const { masters, runs } = stack.services;
  const byMethod: Record<string, number> = {};
  let budget = Number.POSITIVE_INFINITY;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const name = String(prop);
        return (...args: unknown[]) => {
          if (WRITES.has(name)) {
            if (budget <= 0) return Promise.reject(new Error(`injected failure before ${name}`));
            budget--;
            byMethod[name] = (byMethod[name] ?? 0) + 1;
          }
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      },
    });
  stack.services.masters = wrap<MasterRepository>(masters);
  stack.services.runs = wrap<RunRepository>(runs);
  return {
    writes: () => Object.values(byMethod).reduce((a, b) => a + b, 0),
    byMethod,
    reset: () => {
      for (const key of Object.keys(byMethod)) delete byMethod[key];
      budget = Number.POSITIVE_INFINITY;
    },
    failAfter: (n) => {
      budget = n;
    },
    restore: () => {
      stack.services.masters = masters;
      stack.services.runs = runs;
    },
  };
}

export async function docCount(stack: Stack, campaignId: string, sub: string): Promise<number> {
  const snapshot = await stack.services.db
    .collection('campaigns')
    .doc(campaignId)
    .collection(sub)
    .count()
    .get();
  return snapshot.data().count;
}
