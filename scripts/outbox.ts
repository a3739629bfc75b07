// Lists the newest messages of the local outbox folder (MAIL_TRANSPORT=outbox): date, recipients, subject.
//   node --import tsx scripts/outbox.ts [--dir .local/outbox] [--limit 20]
// The folder defaults to MAIL_OUTBOX_DIR, else .local/outbox. Subjects are decoded (RFC 2047) with mailparser.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type AddressObject, simpleParser } from 'mailparser';

export interface OutboxEntry {
  file: string;
  date: string;
  to: string[];
  subject: string;
}

/** The newest `limit` .eml files of `dir`, newest first (file names start with a UTC stamp); [] when absent. */
export async function listOutbox(dir: string, limit = 20): Promise<OutboxEntry[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const newest = names
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(newest.map((file) => entryOf(dir, file)));
}

async function entryOf(dir: string, file: string): Promise<OutboxEntry> {
  const parsed = await simpleParser(await readFile(join(dir, file)));
  return {
    file,
    date: parsed.date?.toISOString() ?? '',
    to: addressesOf(parsed.to),
    subject: parsed.subject ?? '',
  };
}

function addressesOf(to: AddressObject | AddressObject[] | undefined): string[] {
  const groups = to === undefined ? [] : Array.isArray(to) ? to : [to];
  return groups.flatMap((g) => g.value.map((a) => a.address ?? '')).filter(Boolean);
}

/** One block per message: date, recipients, subject, then the .eml file's path to open it. */
export function formatOutbox(entries: OutboxEntry[], dir: string, heading?: string): string {
  if (entries.length === 0) return `Hộp thư đi ${dir}: chưa có thư nào.`;
  const lines = entries.map(
    (e) =>
      `${e.date.slice(0, 19).replace('T', ' ')}  ${e.to.join(', ')}  ${e.subject}\n    ${join(dir, e.file)}`,
  );
  return [heading ?? `Hộp thư đi ${dir}: ${entries.length} thư mới nhất`, ...lines].join('\n');
}

/** The messages written to `dir` since `since` (file names start with a UTC stamp), oldest first. */
export async function outboxSince(dir: string, since: Date, limit = 500): Promise<OutboxEntry[]> {
  const entries = await listOutbox(dir, limit);
  return entries.filter((e) => Date.parse(e.date) >= since.getTime() - 1000).reverse();
}

export function outboxDir(env: Record<string, string | undefined> = process.env): string {
  return env.MAIL_OUTBOX_DIR ?? join('.local', 'outbox');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, limit: { type: 'string' } } });
  const dir = values.dir ?? outboxDir();
  const limit = Number(values.limit ?? 20);
  console.log(formatOutbox(await listOutbox(dir, Number.isInteger(limit) && limit > 0 ? limit : 20), dir));
}
