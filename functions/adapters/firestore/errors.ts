// Translation of Firestore SDK errors (gRPC status codes) into our coded errors.
import { AppError } from '../../app/errors';

const ALREADY_EXISTS = 6;
const TRANSIENT = new Set([4, 8, 10, 14]); // DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, UNAVAILABLE

function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export function isAlreadyExists(error: unknown): boolean {
  return grpcCode(error) === ALREADY_EXISTS;
}

export function translate(error: unknown, operation: string): AppError {
  if (error instanceof AppError) return error;
  const code = grpcCode(error);
  const detail = `firestore ${operation} failed (code ${code ?? 'none'})`;
  return new AppError(code !== undefined && TRANSIENT.has(code) ? 'STORE_UNAVAILABLE' : 'INTERNAL', detail);
}

/** Runs one SDK call and rethrows any failure as an AppError. */
export async function call<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translate(error, operation);
  }
}

/** create() with its precondition: true when created, false when the document already existed. */
export async function createOnce(operation: string, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (isAlreadyExists(error)) return false;
    throw translate(error, operation);
  }
}
