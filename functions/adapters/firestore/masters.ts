// Master versions (docs/data-model.md "Master versions"): content-addressed chunk documents
// campaigns/{c}/masterChunks/{hash} created with create() (ALREADY_EXISTS = already stored, nothing written) and
// one manifest per version, campaigns/{c}/masterVersions/{000001}, created last: it is the commit marker.
import type { Firestore } from 'firebase-admin/firestore';
import type { MasterChunk } from '../../../shared/consolidation/types';
import { AppError } from '../../app/errors';
import type { MasterManifest, MasterRepository } from '../../app/ports';
import { call, createOnce } from './errors';
import { asStored, chunkDocSchema, manifestDocSchema } from './master-docs';
import { campaignSub, versionDocId } from './master-paths';
import { parseData, parseDoc } from './parse';

export class FirestoreMasters implements MasterRepository {
  constructor(private readonly db: Firestore) {}

  async latestManifest(campaignId: string): Promise<MasterManifest | null> {
    const query = campaignSub(this.db, campaignId, 'masterVersions').orderBy('version', 'desc').limit(1);
    const snapshot = await call('latest master version', () => query.get());
    const doc = snapshot.docs[0];
    return doc ? asStored<MasterManifest>(parseData(manifestDocSchema, doc.data(), doc.ref.path)) : null;
  }

  async getManifest(campaignId: string, version: number): Promise<MasterManifest | null> {
    const ref = campaignSub(this.db, campaignId, 'masterVersions').doc(versionDocId(version));
    const parsed = parseDoc(manifestDocSchema, await call('get master version', () => ref.get()));
    return parsed ? asStored<MasterManifest>(parsed) : null;
  }

  putChunk(campaignId: string, chunk: MasterChunk): Promise<boolean> {
    const ref = campaignSub(this.db, campaignId, 'masterChunks').doc(chunk.hash);
    return createOnce('create master chunk', () => ref.create(chunk));
  }

  async readChunks(campaignId: string, hashes: string[]): Promise<MasterChunk[]> {
    if (hashes.length === 0) return [];
    const col = campaignSub(this.db, campaignId, 'masterChunks');
    const snapshots = await call('read master chunks', () =>
      this.db.getAll(...hashes.map((h) => col.doc(h))),
    );
    return snapshots.map((snapshot) => {
      const parsed = parseDoc(chunkDocSchema, snapshot);
      if (!parsed) throw new AppError('INTERNAL', `master chunk ${snapshot.ref.path} missing`);
      return asStored<MasterChunk>(parsed);
    });
  }

  commitManifest(manifest: MasterManifest): Promise<boolean> {
    const ref = campaignSub(this.db, manifest.campaignId, 'masterVersions').doc(
      versionDocId(manifest.version),
    );
    return createOnce('commit master version', () => ref.create(manifest));
  }
}
