// In-memory AccessLog for use-case tests; checked by the same contract suite as the Firestore adapter
// (test/support/contracts/access-log.ts).
import type { AccessLog, AccessLogEntry } from '../../../functions/app/ports';

export class MemoryAccessLog implements AccessLog {
  readonly entries: AccessLogEntry[] = [];

  async record(entry: AccessLogEntry) {
    this.entries.push(structuredClone(entry));
  }
  async entriesOn(day: string) {
    return this.entries
      .filter((e) => e.at.slice(0, 10) === day)
      .map((e) => structuredClone(e))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.requestId < b.requestId ? -1 : 1));
  }
}
