// At start of the local stack on restored data, work the previous process left half done is known to be orphaned
// (a consolidation run or a submission lives inside one request of one process):
// - consolidation runs still "running" are marked failed with RUN_INTERRUPTED right away, instead of waiting for
//   their heartbeat to go stale;
// - version headers without a commit marker are made stale at once (startedAt set to the epoch), so the unit's
//   retry with the same key finishes the version immediately instead of answering SUBMISSION_IN_PROGRESS until
//   the header is 30 s old (submit-nominations.ts, step 4).
import type { DocumentSnapshot, Firestore } from 'firebase-admin/firestore';
import { interrupted } from '../app/consolidation/consolidation-status';
import type { Clock, RunRepository } from '../app/ports';

export const ORPHAN_STARTED_AT = new Date(0).toISOString();

export interface Interrupted {
  runs: number;
  submissions: number;
}

export async function settleInterruptedWork(
  db: Firestore,
  runs: RunRepository,
  clock: Clock,
): Promise<Interrupted> {
  const campaigns = await db.collection('campaigns').get();
  const counts: Interrupted = { runs: 0, submissions: 0 };
  for (const campaign of campaigns.docs) {
    counts.runs += await failRuns(campaign, runs, clock);
    counts.submissions += await staleOrphanVersions(campaign);
  }
  return counts;
}

async function failRuns(campaign: DocumentSnapshot, runs: RunRepository, clock: Clock): Promise<number> {
  const running = await campaign.ref.collection('consolidationRuns').where('state', '==', 'running').get();
  let failed = 0;
  for (const doc of running.docs) {
    const run = await runs.getRun(campaign.id, doc.id);
    if (run?.state !== 'running') continue;
    await runs.saveRun({ ...interrupted(run), updatedAt: clock.now().toISOString() });
    failed++;
  }
  return failed;
}

async function staleOrphanVersions(campaign: DocumentSnapshot): Promise<number> {
  const units = await campaign.ref.collection('units').get();
  let orphans = 0;
  for (const unit of units.docs) {
    const [versions, commits] = await Promise.all([
      unit.ref.collection('versions').get(),
      unit.ref.collection('commits').get(),
    ]);
    const committed = new Set(commits.docs.map((doc) => doc.id));
    for (const version of versions.docs) {
      if (committed.has(version.id) || version.get('startedAt') === ORPHAN_STARTED_AT) continue;
      await version.ref.update({ startedAt: ORPHAN_STARTED_AT });
      orphans++;
    }
  }
  return orphans;
}
