// The Firestore side of the national bench at a size the embedded emulator carries: the version consolidate built is
// saved by the Firestore adapter (chunks, manifest parts when the manifest passes the size guard, commit marker) on
// an in-process emulator, then read back whole and as one page by fresh adapter instances (no cache).
import { FirestoreMasters } from '../../../functions/adapters/firestore/masters';
import type { MasterVersionRecord } from '../../../functions/app/ports';
import { startTestEmulator } from '../../../test/support/emulator';

export interface EmulatorFigures {
  saveMs: number;
  readMs: number;
  pageMs: number;
  chunkDocs: number;
  manifestParts: number;
  readBackEqual: boolean;
}

export async function onEmulator(master: MasterVersionRecord): Promise<EmulatorFigures> {
  const env = await startTestEmulator('demo-bench-national');
  try {
    const t0 = performance.now();
    if (!(await new FirestoreMasters(env.db).save(master))) throw new Error('version not saved');
    const saveMs = performance.now() - t0;
    const t1 = performance.now();
    const read = await new FirestoreMasters(env.db).read(master.campaignId, master.version);
    const readMs = performance.now() - t1;
    const t2 = performance.now();
    await new FirestoreMasters(env.db).readEntries(master.campaignId, master.version, {
      offset: 0,
      limit: 500,
    });
    const pageMs = performance.now() - t2;
    const count = async (sub: string) =>
      (await env.db.collection(`campaigns/${master.campaignId}/${sub}`).get()).size;
    const same =
      read?.entries.length === master.entries.length &&
      JSON.stringify(read.duplicates) === JSON.stringify(master.duplicates);
    return {
      saveMs,
      readMs,
      pageMs,
      chunkDocs: await count('masterChunks'),
      manifestParts: await count('masterManifestParts'),
      readBackEqual: same,
    };
  } finally {
    await env.stop();
  }
}
