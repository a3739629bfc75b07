// The whole system on one machine: the embedded Firestore emulator on 127.0.0.1 and every function on one port
// at `${url}/<functionName>`, AUTH_MODE=dev (X-Dev-User header, loopback only). Used by start.ts and by tests.
// One stack per process: the functions read their services from the composition root.
import type { AddressInfo } from 'node:net';
import { buildServices, type ServiceOverrides, type Services, useServices } from '../composition';
import { parseConfig } from '../config';
import { createDispatcher } from './dispatcher';
import { startEmulator } from './emulator';
import { loadSnapshot, saveSnapshot } from './persistence';
import { seed } from './seed';

export interface StackOptions {
  /** Port of the functions (default 8080; 0 = any free port). */
  port?: number;
  /** Where the emulator state is persisted (e.g. `.local/`); absent = in memory only. */
  dataDir?: string;
  /** Seed the sample campaign when it is missing (default true). */
  seed?: boolean;
  /** Extra environment for parseConfig (e.g. MAX_BODY_BYTES, LOG_LEVEL). */
  env?: Record<string, string>;
  overrides?: ServiceOverrides;
  /** 'google' verifies ID tokens (pass `overrides.verifier` and env ID_TOKEN_AUDIENCES); default 'dev'. */
  authMode?: 'dev' | 'google';
}

export interface Stack {
  url: string;
  close(): Promise<void>;
  /** host:port of the emulator (also exported as FIRESTORE_EMULATOR_HOST for in-process code). */
  emulatorHost: string;
  services: Services;
  /** Writes the emulator state to dataDir now (no-op without dataDir). */
  persist(): Promise<void>;
  seeded: boolean;
  restoredDocuments: number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const emulator = await startEmulator(0);
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  process.env.GCLOUD_PROJECT ??= 'demo-tonvinh';
  const env = {
    LOG_LEVEL: 'warning',
    ...options.env,
    AUTH_MODE: options.authMode ?? 'dev',
    FIRESTORE_EMULATOR_HOST: emulator.host,
  };
  const config = parseConfig({ GCLOUD_PROJECT: process.env.GCLOUD_PROJECT, ...env });
  const services = buildServices(config, options.overrides);
  useServices(services);
  const restoredDocuments = options.dataDir ? await loadSnapshot(services.db, options.dataDir) : 0;
  const seeded = options.seed === false ? false : await seed(services);
  await import('../index');
  const persist = persister(emulator.state, config.projectId, options.dataDir);
  const server = createDispatcher({
    maxBodyBytes: config.maxBodyBytes,
    onResponse: (_n, m) => m === 'POST' && persist.soon(),
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8080, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await persist.now();
    await services.db.terminate();
    emulator.stop();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    close,
    emulatorHost: emulator.host,
    services,
    persist: persist.now,
    seeded,
    restoredDocuments,
  };
}

function persister(
  state: Parameters<typeof saveSnapshot>[0],
  projectId: string,
  dataDir: string | undefined,
) {
  let timer: NodeJS.Timeout | undefined;
  const now = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (dataDir) await saveSnapshot(state, projectId, dataDir);
  };
  const soon = () => {
    if (!dataDir || timer) return;
    timer = setTimeout(() => void now().catch(() => undefined), 500);
  };
  return { now, soon };
}
