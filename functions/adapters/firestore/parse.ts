// Converters parse every document read with a zod schema; a document that does not match is reported as an
// internal error naming its path (never its content).
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { AppError } from '../../app/errors';

export function parseDoc<S extends z.ZodType>(schema: S, snapshot: DocumentSnapshot): z.output<S> | null {
  if (!snapshot.exists) return null;
  return parseData(schema, snapshot.data(), snapshot.ref.path);
}

export function parseData<S extends z.ZodType>(schema: S, data: unknown, path: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError('INTERNAL', `document ${path} does not match its schema`);
  return parsed.data;
}
