// A consolidation campaign on the local stack: N sample units (functions/local/seed-data.ts) with members,
// submissions through HTTP, and a counter of the Firestore document writes of consolidation.

import { DocumentReference } from 'firebase-admin/firestore';
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
  /** Document writes by collection: masterChunks, masterVersions, consolidationRuns. */
  byCollection: Record<string, number>;
  reset(): void;
  /** Every write after `n` more writes fails (a crash in the middle of a run). */
  failAfter(n: number): void;
  restore(): void;
}

const COUNTED = new Set(['masterChunks', 'masterVersions', 'consolidationRuns']);
const WRITE_METHODS = ['create', 'set', 'update', 'delete'] as const;

/**
 * Counts the Firestore document writes of consolidation (the master store's chunks and manifests, the run status)
 * made by this process's firebase-admin client, whatever port or adapter makes them: every DocumentReference write
 * under campaigns/{campaignId}/{masterChunks|masterVersions|consolidationRuns} is counted (and can be made to fail).
 */
export function countWrites(_stack: Stack, campaignId?: string): WriteCounter {
  const byCollection: Record<string, number> = {};
  let budget = Number.POSITIVE_INFINITY;
  const proto = DocumentReference.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const originals = WRITE_METHODS.map((name) => [name, proto[name]] as const);
  const lastRunState = new Map<string, string>();
  for (const [name, original] of originals) {
    proto[name] = function (this: DocumentReference, ...args: unknown[]) {
      const collection = countedCollection(this.path, campaignId);
      if (collection && !isHeartbeat(collection, this.path, args[0], lastRunState)) {
        if (budget <= 0) return Promise.reject(new Error(`injected failure before ${name} ${this.path}`));
        budget--;
        byCollection[collection] = (byCollection[collection] ?? 0) + 1;
      }
      return original?.apply(this, args);
    };
  }
  return {
    writes: () => Object.values(byCollection).reduce((a, b) => a + b, 0),
    byCollection,
    reset: () => {
      for (const key of Object.keys(byCollection)) delete byCollection[key];
      budget = Number.POSITIVE_INFINITY;
    },
    failAfter: (n) => {
      budget = n;
    },
    restore: () => {
      for (const [name, original] of originals) if (original) proto[name] = original;
    },
  };
}

/**
 * A run's heartbeat (RunTracker every HEARTBEAT_MS): the run document written again with nothing changed but
 * `updatedAt`. How many land depends on the machine's speed, so they are neither counted nor made to fail.
 */
function isHeartbeat(collection: string, path: string, data: unknown, last: Map<string, string>): boolean {
  if (collection !== 'consolidationRuns' || typeof data !== 'object' || data === null) return false;
  const { updatedAt: _updatedAt, ...state } = data as Record<string, unknown>;
  const signature = JSON.stringify(state);
  const repeated = last.get(path) === signature;
  last.set(path, signature);
  return repeated;
}

function countedCollection(path: string, campaignId: string | undefined): string | null {
  const [root, campaign, collection] = path.split('/');
  if (root !== 'campaigns' || collection === undefined || !COUNTED.has(collection)) return null;
  return campaignId === undefined || campaign === campaignId ? collection : null;
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
