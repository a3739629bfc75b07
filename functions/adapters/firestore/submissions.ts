// Submission versions (docs/data-model.md): keys/{keyId}, versions/{versionId} (+ chunks/{nnnn}), seq/{nnnnnn},
// commits/{versionId}, all under campaigns/{campaignId}/units/{unitId}. Only create() and set() of documents
// nobody else writes are used: no transactions, no batch atomicity, no cursors, no collectionGroup. Rows are split
// into chunk documents here (submission-docs.ts chunkRows); the port only speaks of rows.
import type { CollectionReference, Firestore } from 'firebase-admin/firestore';
import { AppError } from '../../app/errors';
import type {
  CommitRecord,
  KeyClaim,
  StoredRow,
  SubmissionRepository,
  UnitSubmissions,
  VersionHeader,
} from '../../app/ports';
import { call, createOnce } from './errors';
import { parseData, parseDoc } from './parse';
import { chunksCol, pad, type UnitSub, unitSub } from './paths';
import {
  chunkDocSchema,
  chunkRows,
  commitDocSchema,
  headerDocSchema,
  headerFromDoc,
  headerToDoc,
  keyClaimSchema,
  seqDocSchema,
} from './submission-docs';

const MAX_SEQUENCE_PROBES = 10_000;

export class FirestoreSubmissions implements SubmissionRepository {
  constructor(private readonly db: Firestore) {}

  unit(campaignId: string, unitId: string): UnitSubmissions {
    return new FirestoreUnitSubmissions(this.db, campaignId, unitId);
  }
}

class FirestoreUnitSubmissions implements UnitSubmissions {
  constructor(
    private readonly db: Firestore,
    readonly campaignId: string,
    readonly unitId: string,
  ) {}

  private col(sub: UnitSub) {
    return unitSub(this.db, this.campaignId, this.unitId, sub);
  }

  async getKey(keyId: string): Promise<KeyClaim | null> {
    const snapshot = await call('get key', () => this.col('keys').doc(keyId).get());
    return parseDoc(keyClaimSchema, snapshot);
  }

  claimKey(keyId: string, claim: KeyClaim): Promise<boolean> {
    return createOnce('claim key', () => this.col('keys').doc(keyId).create(claim));
  }

  createHeader(header: VersionHeader): Promise<boolean> {
    const ref = this.col('versions').doc(header.versionId);
    const stored = { ...header, campaignId: this.campaignId, unitId: this.unitId };
    return createOnce('create version header', () => ref.create(headerToDoc(stored)));
  }

  async getHeader(versionId: string): Promise<VersionHeader | null> {
    const ref = this.col('versions').doc(versionId);
    const doc = parseDoc(headerDocSchema, await call('get version header', () => ref.get()));
    return doc ? headerFromDoc(doc) : null;
  }

  async writeRows(versionId: string, rows: StoredRow[]): Promise<void> {
    const col = chunksCol(this.db, this.campaignId, this.unitId, versionId);
    const chunks = chunkRows(rows);
    await Promise.all(
      chunks.map((chunk, index) =>
        call('write chunk', () => col.doc(pad(index, 4)).set({ index, rows: chunk })),
      ),
    );
  }

  async readRows(versionId: string): Promise<StoredRow[]> {
    const col = chunksCol(this.db, this.campaignId, this.unitId, versionId);
    const snapshot = await call('read chunks', () => col.orderBy('index').get());
    const chunks = snapshot.docs.map((doc) => parseData(chunkDocSchema, doc.data(), doc.ref.path));
    return chunks.flatMap((chunk) => chunk.rows);
  }

  async reserveNumber(versionId: string): Promise<number> {
    const col = this.col('seq');
    const mine = await call('find sequence', () => col.where('versionId', '==', versionId).limit(1).get());
    const found = mine.docs[0];
    if (found) return parseData(seqDocSchema, found.data(), found.ref.path).n;
    const top = await call('top sequence', () => col.orderBy('n', 'desc').limit(1).get());
    const last = top.docs[0] ? parseData(seqDocSchema, top.docs[0].data(), top.docs[0].ref.path).n : 0;
    return probe(col, last + 1, versionId);
  }

  async commit(record: CommitRecord): Promise<CommitRecord> {
    const ref = this.col('commits').doc(record.versionId);
    if (await createOnce('commit', () => ref.create(record))) return record;
    const existing = parseDoc(commitDocSchema, await call('get commit', () => ref.get()));
    if (!existing) throw new AppError('INTERNAL', 'commit marker vanished');
    return existing;
  }

  async getCommit(versionId: string): Promise<CommitRecord | null> {
    const ref = this.col('commits').doc(versionId);
    return parseDoc(commitDocSchema, await call('get commit', () => ref.get()));
  }

  async listCommits(): Promise<CommitRecord[]> {
    const col = this.col('commits');
    const snapshot = await call('list commits', () => col.orderBy('version').get());
    return snapshot.docs.map((doc) => parseData(commitDocSchema, doc.data(), doc.ref.path));
  }
}

async function probe(col: CollectionReference, from: number, versionId: string): Promise<number> {
  for (let n = from; n < from + MAX_SEQUENCE_PROBES; n++) {
    if (await createOnce('reserve sequence', () => col.doc(pad(n)).create({ n, versionId }))) return n;
  }
  throw new AppError('INTERNAL', 'no free sequence number');
}
