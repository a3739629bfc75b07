// Checks a server answer against the shared zod schema of the function (the same source the server uses).
import type { z } from 'zod';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';

export function parseAnswer<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new AddonError('BAD_RESPONSE', MESSAGES.BAD_RESPONSE);
  return result.data;
}
