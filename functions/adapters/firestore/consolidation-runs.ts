// Consolidation run status documents, campaigns/{c}/consolidationRuns/{runId}: one small document per run,
// written only by that run (progress), read by consolidationStatus.
import type { Firestore } from 'firebase-admin/firestore';
import type { RunRecord, RunRepository } from '../../app/ports';
import { call } from './errors';
import { asStored, runDocSchema } from './master-docs';
import { campaignSub } from './master-paths';
import { parseDoc } from './parse';

export class FirestoreRuns implements RunRepository {
  constructor(private readonly db: Firestore) {}

  async getRun(campaignId: string, runId: string): Promise<RunRecord | null> {
    const ref = campaignSub(this.db, campaignId, 'consolidationRuns').doc(runId);
    const parsed = parseDoc(runDocSchema, await call('get consolidation run', () => ref.get()));
    return parsed ? asStored<RunRecord>(parsed) : null;
  }

  async saveRun(run: RunRecord): Promise<void> {
    const ref = campaignSub(this.db, run.campaignId, 'consolidationRuns').doc(run.runId);
    await call('save consolidation run', () => ref.set(run));
  }
}
