// Composition root: builds the adapters once per instance from the parsed config. index.ts registers handlers
// that ask for services() lazily; the local stack and tests install their own with useServices().
import type { Firestore } from 'firebase-admin/firestore';
import { GoogleIdTokenVerifier, refuseTokens } from './adapters/auth/google-id-token';
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
}

export type ServiceOverrides = Partial<Pick<Services, 'logger' | 'clock' | 'verifier' | 'validate'>>;

export const systemClock: Clock = { now: () => new Date() };

export function buildServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const db = createFirestore({
    projectId: config.projectId,
    ...(config.firestoreHost ? { emulatorHost: config.firestoreHost } : {}),
  });
  const verifier =
    config.authMode === 'dev' ? refuseTokens : new GoogleIdTokenVerifier({ audiences: config.audiences });
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
    ...overrides,
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

export function authDeps(s: Services): AuthDeps {
  return { mode: s.config.authMode, verifier: s.verifier, members: s.members };
}
