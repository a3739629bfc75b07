// Starts the embedded Firestore emulator (127.0.0.1, free port) and a real firebase-admin client for a test file.
import type { Firestore } from 'firebase-admin/firestore';
import { createFirestore } from '../../functions/adapters/firestore/client';
import { type EmbeddedEmulator, startEmulator } from '../../functions/local/emulator';

export interface TestEmulator {
  emulator: EmbeddedEmulator;
  db: Firestore;
  stop(): Promise<void>;
}

export async function startTestEmulator(projectId = 'demo-test'): Promise<TestEmulator> {
  const emulator = await startEmulator(0);
  // With the variable set, the SDK uses emulator credentials instead of probing the GCE metadata server.
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  const db = createFirestore({ projectId, emulatorHost: emulator.host });
  return {
    emulator,
    db,
    stop: async () => {
      await db.terminate();
      emulator.stop();
    },
  };
}
