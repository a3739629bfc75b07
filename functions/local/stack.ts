// The whole system on one machine: the embedded Firestore emulator on 127.0.0.1, a local stand-in of the Google
// Sheets API holding one master spreadsheet (LOCAL_SPREADSHEET_ID, written by writeMasterSheet through the real
// @googleapis/sheets client), and every function on one port at `${url}/<functionName>`, AUTH_MODE=dev
// (X-Dev-User header, loopback only). Used by start.ts and by tests.
// One stack per process: the functions read their services from the composition root.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EVENT_FUNCTIONS, PUBLIC_FUNCTIONS } from '../../shared/api/functions';
import { requireProvinceAdmin } from '../app/campaigns/access';
import { authenticate, isLoopback } from '../app/campaigns/authenticate';
import { authDeps, buildServices, type ServiceOverrides, type Services, useServices } from '../composition';
import { parseConfig } from '../config';
import { createDispatcher } from './dispatcher';
import { startEmulator } from './emulator';
import { FakeSheetsApi, type FakeTab, LOCAL_SPREADSHEET_FILE, LOCAL_SPREADSHEET_ID } from './fake-sheets-api';
import { settleInterruptedWork } from './interrupted-work';
import { syncDirectory } from './journal-files';
import { type DurableStore, openDurableStore } from './persistence';
import { seed } from './seed';

export interface StackOptions {
  /** Port of the functions (default 8080; 0 = any free port). */
  port?: number;
  /** Where the emulator state is journalled (e.g. `.local/firestore`); absent = in memory only. */
  dataDir?: string;
  /** Journal bytes after which the local store compacts in the background (default 64 MiB). */
  compactAfterBytes?: number;
  /** Seed the sample campaign when it is missing (default true). */
  seed?: boolean;
  /** Extra environment for parseConfig (e.g. MAX_BODY_BYTES, LOG_LEVEL). */
  env?: Record<string, string>;
  overrides?: ServiceOverrides;
  /** 'google' verifies ID tokens (pass `overrides.verifier` and env ID_TOKEN_AUDIENCES); default 'dev'. */
  authMode?: 'dev' | 'google';
  /** Start the local Sheets API stand-in (default true; ignored when env sets SHEETS_API_ROOT_URL). */
  fakeSheets?: boolean;
}

export { LOCAL_SPREADSHEET_ID };

/** Variables of the environment that npm start passes on to the functions' configuration. */
const FUNCTIONS_ENV = [
  'AUTH_MODE',
  'ID_TOKEN_AUDIENCES',
  'LOG_LEVEL',
  'MAX_BODY_BYTES',
  'BASE_SALARY_VND',
  'SHEETS_API_ROOT_URL',
  'ID_TOKEN_CERTS_URL',
] as const;

export function functionsEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    FUNCTIONS_ENV.flatMap((key) => (env[key] === undefined ? [] : [[key, env[key]]])),
  ) as Record<string, string>;
}

export interface Stack {
  url: string;
  close(): Promise<void>;
  /** host:port of the emulator (also exported as FIRESTORE_EMULATOR_HOST for in-process code). */
  emulatorHost: string;
  services: Services;
  /** The durable local store (with dataDir): every answered write is already on disk. */
  store?: DurableStore;
  seeded: boolean;
  restoredDocuments: number;
  /** Consolidation runs of the previous process marked failed (RUN_INTERRUPTED) at this start. */
  interruptedRuns: number;
  /** Submissions the previous process left without a commit marker, made stale so a retry finishes them now. */
  interruptedSubmissions: number;
  /** The local Sheets API stand-in and its spreadsheet (absent with fakeSheets: false). */
  sheets?: FakeSheetsApi;
}

/**
 * The CloudEvent functions (the schedules, province-wide): locally they answer the province super-admin only; on
 * Google Cloud only their trigger may invoke them.
 */
async function authorizeScheduler(req: IncomingMessage, services: Services): Promise<void> {
  const devUser = req.headers['x-dev-user'];
  const principal = await authenticate(
    {
      authorization: req.headers.authorization,
      devUser: Array.isArray(devUser) ? devUser[0] : devUser,
      loopback: isLoopback(req.socket.remoteAddress),
    },
    authDeps(services),
  );
  requireProvinceAdmin(principal);
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const emulator = await startEmulator(0);
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  process.env.GCLOUD_PROJECT ??= 'demo-tonvinh';
  const store = options.dataDir
    ? await openDurableStore(emulator, options.dataDir, {
        projectId: process.env.GCLOUD_PROJECT,
        ...(options.compactAfterBytes === undefined ? {} : { compactAfterBytes: options.compactAfterBytes }),
      })
    : undefined;
  const sheets = await startSheets(options);
  const env = {
    LOG_LEVEL: 'warning',
    ...(sheets ? { SHEETS_API_ROOT_URL: sheets.rootUrl } : {}),
    ...options.env,
    AUTH_MODE: options.authMode ?? options.env?.AUTH_MODE ?? 'dev',
    FIRESTORE_EMULATOR_HOST: emulator.host,
  };
  const config = parseConfig({ GCLOUD_PROJECT: process.env.GCLOUD_PROJECT, ...env });
  const services = buildServices(config, options.overrides);
  useServices(services);
  const interrupted = store
    ? await settleInterruptedWork(services.db, services.runs, services.clock)
    : { runs: 0, submissions: 0 };
  const seeded = options.seed === false ? false : await seed(services);
  await import('../index');
  const server = createDispatcher({
    maxBodyBytes: config.maxBodyBytes,
    restricted: { names: EVENT_FUNCTIONS, authorize: (req) => authorizeScheduler(req, services) },
    forms: PUBLIC_FUNCTIONS,
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8080, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await services.db.terminate();
    await sheets?.api.close();
    await store?.close();
    emulator.stop();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    close,
    emulatorHost: emulator.host,
    services,
    seeded,
    restoredDocuments: store?.restoredDocuments ?? 0,
    interruptedRuns: interrupted.runs,
    interruptedSubmissions: interrupted.submissions,
    ...(store ? { store } : {}),
    ...(sheets ? { sheets: sheets.api } : {}),
  };
}

async function startSheets(
  options: StackOptions,
): Promise<{ api: FakeSheetsApi; rootUrl: string } | undefined> {
  if (options.fakeSheets === false || options.env?.SHEETS_API_ROOT_URL !== undefined) return undefined;
  const { dataDir } = options;
  const api = new FakeSheetsApi({
    spreadsheetId: LOCAL_SPREADSHEET_ID,
    ...(dataDir ? { onChange: (tabs: FakeTab[]) => saveSheets(tabs, dataDir) } : {}),
  });
  if (dataDir) await restoreSheets(api, join(dataDir, LOCAL_SPREADSHEET_FILE));
  return { api, rootUrl: await api.start() };
}

async function restoreSheets(api: FakeSheetsApi, file: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text !== undefined) api.tabs = JSON.parse(text) as FakeSheetsApi['tabs'];
}

/** Saves the spreadsheet's tabs before the Sheets call is answered: temp file, fsync, rename, directory fsync. */
function saveSheets(tabs: FakeTab[], dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCAL_SPREADSHEET_FILE);
  const fd = openSync(`${file}.tmp`, 'w');
  try {
    writeSync(fd, JSON.stringify(tabs));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.tmp`, file);
  syncDirectory(dataDir);
}
