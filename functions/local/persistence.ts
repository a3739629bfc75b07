// Local persistence of the embedded emulator: its state is written to <dataDir>/firestore.json (atomically) and,
// on the next start, loaded back through the Firestore client (set() per document), so the emulator never
// needs to read files itself.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Firestore, GeoPoint, Timestamp } from 'firebase-admin/firestore';
import type { EmulatorState } from './emulator';

interface TypedValue {
  type: string;
  value: unknown;
}

interface StateDocument {
  fields?: Record<string, TypedValue>;
  collections?: Record<string, { documents?: Record<string, StateDocument> }>;
}

export interface SnapshotDocument {
  path: string;
  fields: Record<string, TypedValue>;
}

const FILE = 'firestore.json';

function* walkDocuments(
  collections: StateDocument['collections'],
  prefix: string,
): Generator<SnapshotDocument> {
  for (const [collection, { documents = {} }] of Object.entries(collections ?? {})) {
    for (const [id, doc] of Object.entries(documents)) {
      const path = `${prefix}${collection}/${id}`;
      const fields = doc.fields ?? {};
      const hasChildren = Object.keys(doc.collections ?? {}).length > 0;
      if (Object.keys(fields).length > 0 || !hasChildren) yield { path, fields };
      yield* walkDocuments(doc.collections, `${path}/`);
    }
  }
}

export function snapshotDocuments(state: EmulatorState, projectId: string): SnapshotDocument[] {
  const json = state.toJSON() as {
    projects?: Record<string, { databases?: Record<string, { collections?: StateDocument['collections'] }> }>;
  };
  const database = json.projects?.[projectId]?.databases?.['(default)'];
  return [...walkDocuments(database?.collections, '')];
}

export async function saveSnapshot(
  state: EmulatorState,
  projectId: string,
  dataDir: string,
): Promise<number> {
  const documents = snapshotDocuments(state, projectId);
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, FILE);
  await writeFile(`${target}.tmp`, JSON.stringify({ format: 1, projectId, documents }));
  await rename(`${target}.tmp`, target);
  return documents.length;
}

export function plainValue(typed: TypedValue): unknown {
  const { type, value } = typed;
  if (type === 'array_value') return (value as TypedValue[]).map(plainValue);
  if (type === 'map_value') return plainFields(value as Record<string, TypedValue>);
  if (type === 'timestamp_value') {
    const { seconds, nanos } = value as { seconds: number | string; nanos: number };
    return new Timestamp(Number(seconds), nanos);
  }
  if (type === 'integer_value') return Number(value);
  if (type === 'geo_point_value') {
    const { latitude, longitude } = value as { latitude: number; longitude: number };
    return new GeoPoint(latitude, longitude);
  }
  return value;
}

export function plainFields(fields: Record<string, TypedValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([key, typed]) => [key, plainValue(typed)]));
}

export async function loadSnapshot(db: Firestore, dataDir: string): Promise<number> {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return 0;
  const { documents } = JSON.parse(await readFile(file, 'utf8')) as { documents: SnapshotDocument[] };
  for (let start = 0; start < documents.length; start += 400) {
    const batch = db.batch();
    for (const doc of documents.slice(start, start + 400))
      batch.set(db.doc(doc.path), plainFields(doc.fields));
    await batch.commit();
  }
  return documents.length;
}
