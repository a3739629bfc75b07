// Document paths of consolidation (docs/data-model.md "Master versions"): small per-campaign subcollections plus
// the cross-campaign award history.
import type { CollectionReference, Firestore } from 'firebase-admin/firestore';
import { campaignDoc } from './paths';

export type CampaignSub =
  | 'masterChunks'
  | 'masterVersions'
  | 'consolidationRuns'
  | 'duplicateDecisions'
  | 'nomineeReviews'
  | 'reviewLog'
  | 'masterManifestParts';

export const campaignSub = (db: Firestore, campaignId: string, sub: CampaignSub): CollectionReference =>
  campaignDoc(db, campaignId).collection(sub);

export const awardHistoryCol = (db: Firestore): CollectionReference => db.collection('awardHistory');

/** Version document id: zero-padded so ids sort like numbers. */
export const versionDocId = (version: number): string => String(version).padStart(6, '0');
