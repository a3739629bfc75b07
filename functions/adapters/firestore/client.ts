// The Firestore client (firebase-admin). One named app per configuration so tests and the local stack can hold
// several; the emulator is addressed through settings (host, ssl: false) rather than process-wide env.
import { type App, getApps, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';

export interface FirestoreOptions {
  projectId: string;
  /** host:port of an emulator; absent in production. */
  emulatorHost?: string;
}

let counter = 0;

export function createFirestore(options: FirestoreOptions): Firestore {
  const name = `tonvinh-${options.projectId}-${++counter}`;
  const app: App =
    getApps().find((a) => a.name === name) ?? initializeApp({ projectId: options.projectId }, name);
  const db = getFirestore(app);
  db.settings({
    ignoreUndefinedProperties: true,
    ...(options.emulatorHost ? { host: options.emulatorHost, ssl: false } : {}),
  });
  return db;
}
