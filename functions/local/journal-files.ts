// The files of the local store's journal: framed records (u32 length, u32 CRC-32 of the payload, payload = UTF-8
// JSON), appended to segments `journal-<seq>.log` with write + fdatasync before returning, and snapshots
// `snapshot-<seq>.json` (the same framing) that hold the whole state as of the start of segment <seq>.
// A torn tail (a record cut by a crash) is detected by its length or CRC and cut off.
import {
  closeSync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const HEADER = 8;
const SEGMENT = /^journal-(\d{8})\.log$/;
const SNAPSHOT = /^snapshot-(\d{8})\.json$/;

export const segmentName = (seq: number) => `journal-${String(seq).padStart(8, '0')}.log`;
export const snapshotName = (seq: number) => `snapshot-${String(seq).padStart(8, '0')}.json`;

export function frame(payload: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(body.length, 0);
  header.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([header, body]);
}

export interface ReadRecords {
  records: unknown[];
  /** Bytes of whole, valid records from the start; less than the file size when its tail is torn. */
  validBytes: number;
  size: number;
}

export function readRecords(file: string): ReadRecords {
  const data = readFileSync(file);
  const records: unknown[] = [];
  let offset = 0;
  while (offset + HEADER <= data.length) {
    const length = data.readUInt32LE(offset);
    const end = offset + HEADER + length;
    if (end > data.length) break;
    const body = data.subarray(offset + HEADER, end);
    if (crc32(body) !== data.readUInt32LE(offset + 4)) break;
    records.push(JSON.parse(body.toString('utf8')));
    offset = end;
  }
  return { records, validBytes: offset, size: data.length };
}

export function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface DataFiles {
  segments: number[];
  snapshots: number[];
  temporary: string[];
}

export function listDataFiles(dir: string): DataFiles {
  const names = readdirSync(dir);
  const seqs = (pattern: RegExp) =>
    names
      .map((n) => pattern.exec(n)?.[1])
      .filter((s): s is string => s !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  return {
    segments: seqs(SEGMENT),
    snapshots: seqs(SNAPSHOT),
    temporary: names.filter((n) => n.endsWith('.tmp')),
  };
}

export function removeFiles(dir: string, names: string[]): void {
  for (const name of names) rmSync(join(dir, name), { force: true });
}

/** Cuts a torn tail off a segment (durably). */
export function truncateFile(file: string, bytes: number): void {
  const fd = openSync(file, 'r+');
  try {
    ftruncateSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** An open segment: append() returns once the record is on disk. */
export class Segment {
  private readonly fd: number;
  bytes = 0;

  constructor(
    readonly dir: string,
    readonly seq: number,
  ) {
    this.fd = openSync(join(dir, segmentName(seq)), 'a');
    syncDirectory(dir);
  }

  append(record: Buffer): void {
    let written = 0;
    while (written < record.length) written += writeSync(this.fd, record, written);
    fdatasyncSync(this.fd);
    this.bytes += record.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}
