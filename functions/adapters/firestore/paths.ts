// Document paths of the data model (docs/data-model.md). Per-unit data lives in small subcollections.
import type { CollectionReference, DocumentReference, Firestore } from 'firebase-admin/firestore';

export const campaignDoc = (db: Firestore, campaignId: string): DocumentReference =>
  db.collection('campaigns').doc(campaignId);

export const unitsCol = (db: Firestore, campaignId: string): CollectionReference =>
  campaignDoc(db, campaignId).collection('units');

export const unitDoc = (db: Firestore, campaignId: string, unitId: string): DocumentReference =>
  unitsCol(db, campaignId).doc(unitId);

export type UnitSub = 'keys' | 'versions' | 'seq' | 'commits';

export const unitSub = (
  db: Firestore,
  campaignId: string,
  unitId: string,
  sub: UnitSub,
): CollectionReference => unitDoc(db, campaignId, unitId).collection(sub);

export const chunksCol = (
  db: Firestore,
  campaignId: string,
  unitId: string,
  versionId: string,
): CollectionReference => unitSub(db, campaignId, unitId, 'versions').doc(versionId).collection('chunks');

export const provinceDoc = (db: Firestore, provinceId: string): DocumentReference =>
  db.collection('provinces').doc(provinceId);

export const memberDoc = (db: Firestore, email: string): DocumentReference =>
  db.collection('members').doc(email);

/** Campaign roles live in one top-level collection, one document per (campaign, email). */
export const campaignMembersCol = (db: Firestore): CollectionReference => db.collection('campaignMembers');

export const campaignMemberDoc = (db: Firestore, campaignId: string, email: string): DocumentReference =>
  campaignMembersCol(db).doc(`${campaignId}|${email}`);

export const accessLogCol = (db: Firestore, day: string): CollectionReference =>
  db.collection('accessLog').doc(day).collection('entries');

export const pad = (n: number, width = 6): string => String(n).padStart(width, '0');
