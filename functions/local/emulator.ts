// The embedded Firestore emulator (@firestore-emulator/server, a pure-Node gRPC server) bound to the loopback
// interface only. The package's own start() binds 0.0.0.0, so we bind its gRPC server ourselves.
//
// For durability (persistence.ts) this module also reaches into the emulator's internals, pinned to the exact
// package version in package.json (a version bump that changes them fails test/functions/local):
// - the gRPC server's handler of Commit (the emulator's only write path) is wrapped, so every applied commit is
//   reported synchronously, before its answer is sent;
// - the in-memory tree (projects → databases → collections → documents) is walked for snapshots and filled
//   directly at start (one assignment per collection instead of one copy of the collection map per document).
import { createRequire } from 'node:module';

interface GrpcServer {
  bindAsync(
    address: string,
    credentials: unknown,
    callback: (error: Error | null, port: number) => void,
  ): void;
  forceShutdown(): void;
}

/** A field value of the emulator (one class per Firestore value type; `type` is the proto oneof name). */
export interface EmulatorField {
  type: string;
  value: unknown;
}

export interface EmulatorDocument {
  metadata: { hasExist: boolean; createdAt: Date | null; updatedAt: Date | null };
  getPath(): string;
}

export interface EmulatorCollection {
  getAllDocuments(): EmulatorDocument[];
}

export interface EmulatorState {
  toJSON(): unknown;
  clear(): void;
  getDocument(path: string): EmulatorDocument;
  getCollection(path: string): EmulatorCollection;
  emitter: unknown;
}

/** Private members of the emulator's classes that persistence relies on. */
export interface DocumentInternals extends EmulatorDocument {
  fields: Record<string, EmulatorField>;
  collections: Record<string, CollectionInternals>;
}
export interface CollectionInternals extends EmulatorCollection {
  documents: Record<string, DocumentInternals>;
  database: unknown;
}
interface StateInternals {
  projects: Record<
    string,
    { databases: Record<string, { collections: Record<string, CollectionInternals> }> }
  >;
}

type DocumentClass = new (
  emitter: unknown,
  database: unknown,
  parent: unknown,
  name: string,
  fields: Record<string, EmulatorField>,
  collections: Record<string, never>,
) => DocumentInternals;

interface FirestoreServerInstance {
  state: EmulatorState;
  server: GrpcServer;
}

interface EmulatorModule {
  FirestoreServer: new () => FirestoreServerInstance;
  FirestoreState: new () => EmulatorState;
  FirestoreStateDocument: DocumentClass;
}

interface GrpcModule {
  ServerCredentials: { createInsecure(): unknown };
}

interface WriteMessage {
  has_delete: boolean;
  delete: string;
  has_update: boolean;
  update: { name: string };
}

type Respond = (error: unknown, value: unknown) => void;
type UnaryHandler = (call: { request: { writes: WriteMessage[] } }, respond: Respond) => void;

/**
 * Called after a commit was applied to the in-memory store (also a failed commit: the emulator's batches are not
 * atomic), with the paths it wrote, before the answer is sent. A throw turns the answer into UNAVAILABLE.
 */
export type CommitObserver = (paths: string[]) => void;

export interface EmbeddedEmulator {
  /** host:port, for Firestore settings `host` (or FIRESTORE_EMULATOR_HOST). */
  host: string;
  port: number;
  state: EmulatorState;
  /** Sets the observer of applied commits (one at a time). */
  observeCommits(observer: CommitObserver): void;
  stop(): void;
}

const require = createRequire(import.meta.url);
const COMMIT_PATH = '/google.firestore.v1.Firestore/Commit';
const UNAVAILABLE = 14;

function packageRequire(): NodeJS.Require {
  return createRequire(require.resolve('@firestore-emulator/server'));
}

let modules: { emulator: EmulatorModule; grpc: GrpcModule } | undefined;

function loadModules(): { emulator: EmulatorModule; grpc: GrpcModule } {
  if (modules) return modules;
  const local = packageRequire();
  modules = {
    emulator: local('@firestore-emulator/server') as EmulatorModule,
    grpc: local('@grpc/grpc-js') as GrpcModule,
  };
  return modules;
}

export function documentClass(): DocumentClass {
  return loadModules().emulator.FirestoreStateDocument;
}

/** The emulator's Write message class (to build probe documents). */
export function writeFromObject(object: unknown): unknown {
  const { Write } = packageRequire()('@firestore-emulator/proto/dist/google/firestore/v1/write') as {
    Write: { fromObject(o: unknown): unknown };
  };
  return Write.fromObject(object);
}

export function newState(): EmulatorState {
  return new (loadModules().emulator.FirestoreState)();
}

export function writePaths(writes: WriteMessage[]): string[] {
  return writes.flatMap((w) => (w.has_delete ? [w.delete] : w.has_update ? [w.update.name] : []));
}

function wrapCommit(server: GrpcServer, current: () => CommitObserver | undefined): void {
  const handlers = (server as unknown as { handlers: Map<string, { func: UnaryHandler }> }).handlers;
  const entry = handlers.get(COMMIT_PATH);
  if (!entry) throw new Error('embedded emulator: no Commit handler to journal (package version changed?)');
  const original = entry.func;
  entry.func = (call, respond) =>
    original(call, (error, value) => {
      try {
        current()?.(writePaths(call.request.writes));
      } catch (failure) {
        respond({ code: UNAVAILABLE, message: `local store journal: ${String(failure)}` }, null);
        return;
      }
      respond(error, value);
    });
}

/** The documents of a collection, the sub-collections of a document, the top-level collections of a database. */
export function internals(state: EmulatorState): StateInternals {
  return state as unknown as StateInternals;
}

/** Starts the emulator on 127.0.0.1 (port 0 = any free port). */
export async function startEmulator(port = 0): Promise<EmbeddedEmulator> {
  const { emulator, grpc } = loadModules();
  const instance = new emulator.FirestoreServer();
  let observer: CommitObserver | undefined;
  wrapCommit(instance.server, () => observer);
  const bound = await new Promise<number>((resolve, reject) => {
    instance.server.bindAsync(
      `127.0.0.1:${port}`,
      grpc.ServerCredentials.createInsecure(),
      (error, actual) => (error ? reject(error) : resolve(actual)),
    );
  });
  return {
    host: `127.0.0.1:${bound}`,
    port: bound,
    state: instance.state,
    observeCommits: (next) => {
      observer = next;
    },
    stop: () => instance.server.forceShutdown(),
  };
}
