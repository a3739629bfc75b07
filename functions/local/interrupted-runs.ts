// At start of the local stack on restored data: consolidation runs still "running" belonged to the previous
// process (a run lives inside one request of one process), so they are marked failed with RUN_INTERRUPTED
// right away instead of waiting for their heartbeat to go stale.
import type { Firestore } from 'firebase-admin/firestore';
import { interrupted } from '../app/consolidate-status';
import type { Clock, RunRepository } from '../app/ports';

export async function failInterruptedRuns(db: Firestore, runs: RunRepository, clock: Clock): Promise<number> {
  const campaigns = await db.collection('campaigns').get();
  let failed = 0;
  for (const campaign of campaigns.docs) {
    const running = await campaign.ref.collection('consolidationRuns').where('state', '==', 'running').get();
    for (const doc of running.docs) {
      const run = await runs.getRun(campaign.id, doc.id);
      if (run?.state !== 'running') continue;
      await runs.saveRun({ ...interrupted(run), updatedAt: clock.now().toISOString() });
      failed++;
    }
  }
  return failed;
}
