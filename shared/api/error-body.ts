// The error body every rejection carries.
import { z } from 'zod';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** INVALID_REQUEST and other field errors: `{ fields: [{ path, message }] }` (path into the request body). */
    detail: z
      .looseObject({
        fields: z
          .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
          .optional(),
      })
      .optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
