// One embedded emulator per test file for the Firestore side of the contract suites: call at file level, use the
// returned getter inside tests.
import type { Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../emulator';

export function emulatorDb(projectId = 'demo-contracts'): () => Firestore {
  let env: TestEmulator | undefined;
  beforeAll(async () => {
    env = await startTestEmulator(projectId);
  });
  afterAll(async () => {
    await env?.stop();
  });
  return () => {
    if (!env) throw new Error('emulator not started');
    return env.db;
  };
}
