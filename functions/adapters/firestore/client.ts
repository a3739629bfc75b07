// The Firestore client (firebase-admin). One named app per configuration so tests and the local stack can hold
// several; the emulator is addressed through settings (host, ssl: false) rather than process-wide env.
// Cold start: in production the client speaks REST (`preferRest`): @google-cloud/firestore then loads only
// google-gax's HTTP fallback for unary calls instead of the gRPC stack (@grpc/grpc-js and the protobuf loader), and
// opens no HTTP/2 channel before the first read. The local emulator speaks gRPC only, so there the client keeps gRPC.
import { type App, getApps, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore, type Settings } from 'firebase-admin/firestore';

export interface FirestoreOptions {
  projectId: string;
  /** host:port of an emulator; absent in production. */
  emulatorHost?: string;
}

let counter = 0;

/** The client settings: REST in production, gRPC (the only transport it speaks) against the emulator. */
export function firestoreSettings(options: Pick<FirestoreOptions, 'emulatorHost'>): Settings {
  const transport: Settings = options.emulatorHost
    ? { host: options.emulatorHost, ssl: false }
    : { preferRest: true };
  return { ignoreUndefinedProperties: true, ...transport };
}

export function createFirestore(options: FirestoreOptions): Firestore {
  const name = `tonvinh-${options.projectId}-${++counter}`;
  const app: App =
    getApps().find((a) => a.name === name) ?? initializeApp({ projectId: options.projectId }, name);
  const db = getFirestore(app);
  db.settings(firestoreSettings(options));
  return db;
}
