// Composition root: builds the adapters once per instance from the parsed config. index.ts registers handlers
// that ask for services() lazily; the local stack and tests install their own with useServices().
// Cold start: SDKs that not every request needs (google-auth-library for ID tokens, @googleapis/sheets, exceljs)
// are imported by the adapter's first call, not here.
import type { Firestore } from 'firebase-admin/firestore';
import { FirestoreAccessLog } from './adapters/firestore/access-log';
import { FirestoreAwardHistory } from './adapters/firestore/award-history';
import { FirestoreCampaigns, FirestoreMembers } from './adapters/firestore/campaigns';
import { createFirestore } from './adapters/firestore/client';
import { FirestoreRuns } from './adapters/firestore/consolidation-runs';
import { FirestoreMasters } from './adapters/firestore/masters';
import { FirestoreReviews } from './adapters/firestore/reviews';
import { FirestoreSubmissions } from './adapters/firestore/submissions';
import { createJsonLogger } from './adapters/log/json-logger';
import type { AuthDeps } from './app/authenticate';
import type { ConsolidateDeps } from './app/consolidate';
import type { ImportWorkbookPorts } from './app/exports/import-workbook';
import type { SpreadsheetPort } from './app/exports/write-master-sheet';
import type { RenderPort } from './app/master-files-output';
import type {
  AccessLog,
  AwardHistoryRepository,
  CampaignRepository,
  Clock,
  GridValidator,
  IdTokenVerifier,
  Logger,
  MasterRepository,
  MemberRepository,
  ReviewRepository,
  RunRepository,
  SubmissionRepository,
} from './app/ports';
import { type Config, parseConfig } from './config';
import { once } from './once';
import { gridValidator } from './validator';

export interface Services {
  config: Config;
  db: Firestore;
  logger: Logger;
  clock: Clock;
  verifier: IdTokenVerifier;
  validate: GridValidator;
  campaigns: CampaignRepository;
  members: MemberRepository;
  submissions: SubmissionRepository;
  accessLog: AccessLog;
  masters: MasterRepository;
  runs: RunRepository;
  reviews: ReviewRepository;
  awardHistory: AwardHistoryRepository;
  /** The master spreadsheet writer's port; the Sheets client is loaded on first use (cold start). */
  sheets: SpreadsheetPort;
  /** exceljs, loaded on first use: official xlsx rendering and workbook reading. */
  xlsx: XlsxPorts;
}

export interface XlsxPorts {
  render: RenderPort;
  readSheets: ImportWorkbookPorts['readSheets'];
}

export type ServiceOverrides = Partial<
  Pick<Services, 'logger' | 'clock' | 'verifier' | 'validate' | 'sheets' | 'xlsx'>
>;

export const systemClock: Clock = { now: () => new Date() };

export function buildServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const db = createFirestore({
    projectId: config.projectId,
    ...(config.firestoreHost ? { emulatorHost: config.firestoreHost } : {}),
  });
  const verifier = lazyVerifier(config);
  return {
    config,
    db,
    logger: createJsonLogger(config.logLevel),
    clock: systemClock,
    verifier,
    validate: gridValidator,
    campaigns: new FirestoreCampaigns(db),
    members: new FirestoreMembers(db),
    submissions: new FirestoreSubmissions(db),
    accessLog: new FirestoreAccessLog(db),
    masters: new FirestoreMasters(db),
    runs: new FirestoreRuns(db),
    reviews: new FirestoreReviews(db),
    awardHistory: new FirestoreAwardHistory(db),
    sheets: lazySpreadsheetPort(config),
    xlsx: lazyXlsxPorts(),
    ...overrides,
  };
}

/**
 * The ID-token verifier, with google-auth-library imported on the first token: AUTH_MODE=google verifies Google ID
 * tokens for the configured audiences; dev refuses every token (the dev header is the only sign-in).
 */
export function lazyVerifier(
  config: Pick<Config, 'authMode' | 'audiences' | 'idTokenCertsUrl'>,
): IdTokenVerifier {
  let loaded: Promise<IdTokenVerifier> | undefined;
  const load = async (): Promise<IdTokenVerifier> => {
    const { GoogleIdTokenVerifier, refuseTokens } = await import('./adapters/auth/google-id-token');
    return config.authMode === 'dev'
      ? refuseTokens
      : new GoogleIdTokenVerifier({
          audiences: config.audiences,
          ...(config.idTokenCertsUrl ? { certsUrl: config.idTokenCertsUrl } : {}),
        });
  };
  return {
    verify: async (token) => {
      loaded ??= load();
      return (await loaded).verify(token);
    },
  };
}

/**
 * A SpreadsheetPort that imports @googleapis/sheets on its first call, so other functions do not pay for it (a
 * failed import is retried by the next call).
 */
export function lazySpreadsheetPort(config: Pick<Config, 'sheetsApiRootUrl'>): SpreadsheetPort {
  const port = once(() => loadSpreadsheetPort(config));
  return {
    listTabs: async (id) => (await port()).listTabs(id),
    batchUpdate: async (id, requests) => (await port()).batchUpdate(id, requests),
    clearValues: async (id, ranges) => (await port()).clearValues(id, ranges),
    writeValues: async (id, data) => (await port()).writeValues(id, data),
  };
}

/**
 * Production: the functions' service account (application default credentials) with the spreadsheets scope; the
 * board shares the master spreadsheet with it as editor. SHEETS_API_ROOT_URL (local, tests): a fixed local token.
 */
async function loadSpreadsheetPort(config: Pick<Config, 'sheetsApiRootUrl'>): Promise<SpreadsheetPort> {
  const { spreadsheetClient, SHEETS_SCOPE } = await import('./adapters/sheets/spreadsheet-client');
  const { GoogleAuth, OAuth2Client } = await import('google-auth-library');
  if (config.sheetsApiRootUrl === undefined)
    return spreadsheetClient({ auth: new GoogleAuth({ scopes: [SHEETS_SCOPE] }) });
  const local = new OAuth2Client();
  local.setCredentials({ access_token: 'local-dev-token', expiry_date: Date.now() + 10 * 365 * 86_400_000 });
  return spreadsheetClient({ auth: local, rootUrl: config.sheetsApiRootUrl });
}

/** exceljs is imported on the first export or import, not at cold start. */
export function lazyXlsxPorts(): XlsxPorts {
  return {
    render: async (doc) => (await import('./adapters/xlsx/official-workbook')).officialWorkbookBytes(doc),
    readSheets: async (bytes, onProgress) =>
      (await import('./adapters/xlsx/read-workbook')).xlsxSheetReader()(bytes, onProgress),
  };
}

let current: Services | undefined;

export function services(): Services {
  current ??= buildServices(parseConfig(process.env));
  return current;
}

export function useServices(next: Services): void {
  current = next;
}

/** consolidate's dependencies: the services plus BASE_SALARY_VND when configured. */
export function consolidateDeps(s: Services): ConsolidateDeps {
  return s.config.baseSalaryVnd === undefined ? s : { ...s, baseSalary: s.config.baseSalaryVnd };
}

export function authDeps(s: Services): AuthDeps {
  return { mode: s.config.authMode, verifier: s.verifier, members: s.members };
}
