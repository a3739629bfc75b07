// Identifiers accepted by the API. They become Firestore document ids, so they are restricted to a safe alphabet.
import { z } from 'zod';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const campaignIdSchema = z.string().regex(ID_PATTERN);
export const unitIdSchema = z.string().regex(ID_PATTERN);
export const submissionKeySchema = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/);
export const kindSchema = z.enum(['individual', 'collective']);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
