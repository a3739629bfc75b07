// Documents of the embedded emulator as JSON (journal records and snapshots) and back into the emulator's own field
// classes. The format of a value is the emulator's `{type, value}` (its toJSON), except bytes (base64) and
// non-finite doubles (a string), which JSON cannot carry.
import {
  type DocumentInternals,
  documentClass,
  type EmulatorField,
  type EmulatorState,
  newState,
  writeFromObject,
} from './emulator';

export interface StoredValue {
  type: string;
  value: unknown;
}

/** A document's post-image: path, create/update time (ms), fields; or `d: 1` for a deleted document. */
export interface StoredDocument {
  p: string;
  c?: number;
  u?: number;
  f?: Record<string, StoredValue>;
  d?: 1;
}

type FieldClass = new (value?: unknown) => EmulatorField;

const PROBE_PATH = 'projects/probe/databases/(default)/documents/probe/fields';
const PROBE_FIELDS = {
  string_value: { string_value: '' },
  null_value: { null_value: 0 },
  boolean_value: { boolean_value: true },
  integer_value: { integer_value: 1 },
  double_value: { double_value: 1.5 },
  timestamp_value: { timestamp_value: { seconds: 1, nanos: 0 } },
  bytes_value: { bytes_value: new Uint8Array([1]) },
  reference_value: { reference_value: PROBE_PATH },
  geo_point_value: { geo_point_value: { latitude: 1, longitude: 1 } },
  array_value: { array_value: { values: [] } },
  map_value: { map_value: { fields: {} } },
};

let classes: Map<string, FieldClass> | undefined;

/** The emulator's field classes (not exported by the package): taken from a probe document it built itself. */
function fieldClasses(): Map<string, FieldClass> {
  if (classes) return classes;
  const state = newState() as EmulatorState & { writeV1Document(date: Date, write: unknown): unknown };
  state.writeV1Document(new Date(), writeFromObject({ update: { name: PROBE_PATH, fields: PROBE_FIELDS } }));
  const probe = state.getDocument(PROBE_PATH) as DocumentInternals;
  classes = new Map(
    Object.keys(PROBE_FIELDS).map((type) => {
      const field = probe.fields[type];
      if (field?.type !== type) throw new Error(`embedded emulator: no field class for ${type}`);
      return [type, field.constructor as FieldClass];
    }),
  );
  return classes;
}

export function encodeValue(field: EmulatorField): StoredValue {
  const { type, value } = field;
  if (type === 'array_value') return { type, value: (value as EmulatorField[]).map(encodeValue) };
  if (type === 'map_value') return { type, value: encodeFields(value as Record<string, EmulatorField>) };
  if (type === 'bytes_value') return { type, value: Buffer.from(value as Uint8Array).toString('base64') };
  if (type === 'double_value' && !Number.isFinite(value)) return { type, value: String(value) };
  if (type === 'null_value') return { type, value: null };
  return { type, value };
}

export function encodeFields(fields: Record<string, EmulatorField>): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const key of Object.keys(fields)) {
    const field = fields[key];
    if (field) out[key] = encodeValue(field);
  }
  return out;
}

function decodeScalar(type: string, value: unknown): unknown {
  if (type === 'bytes_value') return new Uint8Array(Buffer.from(value as string, 'base64'));
  if (type === 'double_value') return Number(value);
  if (type === 'integer_value') return Number(value);
  if (type === 'timestamp_value') {
    const { seconds, nanos } = value as { seconds: number | string; nanos: number };
    return { seconds: Number(seconds), nanos };
  }
  return value;
}

export function decodeValue(stored: StoredValue): EmulatorField {
  const { type, value } = stored;
  const Class = fieldClasses().get(type);
  if (!Class) throw new Error(`local store: unknown value type ${type}`);
  if (type === 'null_value') return new Class();
  if (type === 'array_value') return new Class((value as StoredValue[]).map(decodeValue));
  if (type === 'map_value') return new Class(decodeFields(value as Record<string, StoredValue>));
  return new Class(decodeScalar(type, value));
}

export function decodeFields(fields: Record<string, StoredValue>): Record<string, EmulatorField> {
  const out: Record<string, EmulatorField> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value) out[key] = decodeValue(value);
  }
  return out;
}

/** The post-image of the document at `path` in the emulator's store. */
export function storedDocument(state: EmulatorState, path: string): StoredDocument {
  const doc = state.getDocument(path) as DocumentInternals;
  const { hasExist, createdAt, updatedAt } = doc.metadata;
  if (!hasExist) return { p: path, d: 1 };
  return { p: path, c: createdAt?.getTime() ?? 0, u: updatedAt?.getTime() ?? 0, f: encodeFields(doc.fields) };
}

export function toStored(doc: DocumentInternals): StoredDocument {
  return {
    p: doc.getPath(),
    c: doc.metadata.createdAt?.getTime() ?? 0,
    u: doc.metadata.updatedAt?.getTime() ?? 0,
    f: encodeFields(doc.fields),
  };
}

/** Builds an emulator document (existing) from its stored post-image, for the collection `parent`. */
export function buildDocument(
  state: EmulatorState,
  parent: { database: unknown },
  id: string,
  stored: StoredDocument,
): DocumentInternals {
  const Document = documentClass();
  const doc = new Document(state.emitter, parent.database, parent, id, decodeFields(stored.f ?? {}), {});
  doc.metadata = { hasExist: true, createdAt: new Date(stored.c ?? 0), updatedAt: new Date(stored.u ?? 0) };
  return doc;
}
