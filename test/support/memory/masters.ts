// In-memory MasterRepository for use-case tests: whole versions kept as saved (entries in display order), a version
// number committed once; checked by the same contract suite as the Firestore adapter
// (test/support/contracts/masters.ts). How the Firestore adapter lays versions out is not imitated.
import { sortEntries } from '../../../functions/app/consolidation/display-order';
import { versionRecordOf } from '../../../functions/app/consolidation/summary';
import { AppError } from '../../../functions/app/errors';
import type {
  EntryPage,
  MasterRepository,
  MasterVersionInfo,
  MasterVersionRecord,
  SaveProgress,
} from '../../../functions/app/ports';
import type { MasterVersion } from '../../../shared/consolidation/types';

const copy = structuredClone;

export class MemoryMasters implements MasterRepository {
  readonly versions = new Map<string, MasterVersionRecord>();

  /** Stores a core master version as consolidate would (test data). */
  add(master: MasterVersion): MasterVersionRecord {
    const meta = {
      createdBy: 'board@x.example',
      runId: `run-${master.version}`,
      inputHash: `h${master.version}`,
    };
    const record = versionRecordOf(master, { ...meta, byUnit: [] });
    this.versions.set(key(master.campaignId, master.version), copy(sorted(record)));
    return record;
  }

  async latest(campaignId: string) {
    const own = [...this.versions.values()].filter((v) => v.campaignId === campaignId);
    const top = own.sort((a, b) => b.version - a.version)[0];
    return top ? infoOf(top) : null;
  }
  async info(campaignId: string, version: number) {
    const found = this.versions.get(key(campaignId, version));
    return found ? infoOf(found) : null;
  }
  async read(campaignId: string, version: number) {
    const found = this.versions.get(key(campaignId, version));
    return found ? copy(found) : null;
  }
  async readEntries(campaignId: string, version: number, page: EntryPage) {
    const found = this.versions.get(key(campaignId, version));
    if (!found) throw new AppError('MASTER_NOT_FOUND');
    return copy(found.entries.slice(page.offset, page.offset + page.limit));
  }
  async save(master: MasterVersionRecord, progress?: SaveProgress) {
    const id = key(master.campaignId, master.version);
    if (this.versions.has(id)) return false;
    if (master.entries.length > 0) await progress?.(master.entries.length, master.entries.length);
    if (this.versions.has(id)) return false;
    this.versions.set(id, copy(sorted(master)));
    return true;
  }
}

function key(campaignId: string, version: number): string {
  return `${campaignId}/${version}`;
}

function sorted(master: MasterVersionRecord): MasterVersionRecord {
  return { ...master, entries: sortEntries(master.entries) };
}

function infoOf(master: MasterVersionRecord): MasterVersionInfo {
  const { entries: _entries, invalidEntries: _invalid, ...info } = master;
  return copy(info);
}
