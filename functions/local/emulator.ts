// The embedded Firestore emulator (@firestore-emulator/server, a pure-Node gRPC server) bound to the loopback
// interface only. The package's own start() binds 0.0.0.0, so we bind its gRPC server ourselves.
import { createRequire } from 'node:module';

interface GrpcServer {
  bindAsync(
    address: string,
    credentials: unknown,
    callback: (error: Error | null, port: number) => void,
  ): void;
  forceShutdown(): void;
}

export interface EmulatorState {
  toJSON(): unknown;
  clear(): void;
}

interface FirestoreServerInstance {
  state: EmulatorState;
  server: GrpcServer;
}

interface EmulatorModule {
  FirestoreServer: new () => FirestoreServerInstance;
}

interface GrpcModule {
  ServerCredentials: { createInsecure(): unknown };
}

export interface EmbeddedEmulator {
  /** host:port, for Firestore settings `host` (or FIRESTORE_EMULATOR_HOST). */
  host: string;
  port: number;
  state: EmulatorState;
  stop(): void;
}

const require = createRequire(import.meta.url);

function loadModules(): { emulator: EmulatorModule; grpc: GrpcModule } {
  const emulatorPath = require.resolve('@firestore-emulator/server');
  const local = createRequire(emulatorPath);
  return {
    emulator: local('@firestore-emulator/server') as EmulatorModule,
    grpc: local('@grpc/grpc-js') as GrpcModule,
  };
}

/** Starts the emulator on 127.0.0.1 (port 0 = any free port). */
export async function startEmulator(port = 0): Promise<EmbeddedEmulator> {
  const { emulator, grpc } = loadModules();
  const instance = new emulator.FirestoreServer();
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
    stop: () => instance.server.forceShutdown(),
  };
}
