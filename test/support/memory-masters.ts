// Hand-written in-memory MasterRepository and AccessLog for pure use-case tests: master versions stored as the
// Firestore adapter stores them (content-addressed chunks, a manifest per version).

import { manifestOf } from '../../functions/app/consolidation/summary';
import type { AccessLog, AccessLogEntry, MasterManifest, MasterRepository } from '../../functions/app/ports';
import { chunkMaster } from '../../shared/consolidation/chunks';
import type { MasterChunk, MasterVersion } from '../../shared/consolidation/types';

export class MemoryMasters implements MasterRepository {
  manifests: MasterManifest[] = [];
  chunks = new Map<string, MasterChunk>();
  reads = 0;

  /** Stores a version as consolidate would (chunks first, then the manifest). */
  add(master: MasterVersion): MasterManifest {
    const chunks = chunkMaster(master, 5);
    for (const chunk of chunks) this.chunks.set(`${master.campaignId}/${chunk.hash}`, chunk);
    const meta = {
      createdBy: 'board@x.example',
      runId: `run-${master.version}`,
      inputHash: `h${master.version}`,
    };
    const manifest = manifestOf(master, chunks, { ...meta, byUnit: [] });
    this.manifests.push(manifest);
    return manifest;
  }

  async latestManifest(campaignId: string) {
    const own = this.manifests.filter((m) => m.campaignId === campaignId);
    return own.sort((a, b) => b.version - a.version)[0] ?? null;
  }
  async getManifest(campaignId: string, version: number) {
    return this.manifests.find((m) => m.campaignId === campaignId && m.version === version) ?? null;
  }
  async putChunk(campaignId: string, chunk: MasterChunk) {
    const key = `${campaignId}/${chunk.hash}`;
    if (this.chunks.has(key)) return false;
    this.chunks.set(key, chunk);
    return true;
  }
  async readChunks(campaignId: string, hashes: string[]) {
    this.reads++;
    return hashes.map((hash) => {
      const chunk = this.chunks.get(`${campaignId}/${hash}`);
      if (chunk === undefined) throw new Error(`missing chunk ${hash}`);
      return chunk;
    });
  }
  async commitManifest(manifest: MasterManifest) {
    if (await this.getManifest(manifest.campaignId, manifest.version)) return false;
    this.manifests.push(manifest);
    return true;
  }
}

export class MemoryAccessLog implements AccessLog {
  entries: AccessLogEntry[] = [];
  async record(entry: AccessLogEntry) {
    this.entries.push(entry);
  }
}
