// Lazy registration: index.ts registers every function with a thin wrapper that imports the function's handler
// module on its first invocation. On Cloud Run an instance serves one function target, so an instance loads only
// that function's module graph (its SDKs, schemas, use cases), not every function's. This file must stay light:
// it imports only type declarations, the error table and the JSON logger.

import type { CloudEvent, Request, Response } from '@google-cloud/functions-framework';
import { createJsonLogger } from '../adapters/log/json-logger';
import { errorBody } from '../app/errors';
import type { Logger } from '../app/ports';
import { once } from '../once';

export type HttpHandler = (req: Request, res: Response) => Promise<void>;
export type CloudEventHandler<T> = (ce: CloudEvent<T>) => Promise<void>;

/** Where a load failure is logged (stdout JSON lines by default; tests pass their own). */
export interface LazyOptions {
  logger?: Logger;
}

const defaultLogger = (): Logger => createJsonLogger('error');

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
}

function sendInternal(res: Response): void {
  if (res.headersSent) return;
  res
    .status(500)
    .set('Content-Type', 'application/json; charset=utf-8')
    .send(JSON.stringify(errorBody('INTERNAL')));
}

/**
 * An HTTP function that imports `load()` on first use and delegates to its export `key`. If the module cannot be
 * loaded, the caller gets our JSON 500 INTERNAL body (no detail) and the cause is logged.
 */
export function lazyHttp<K extends string, M extends Record<K, HttpHandler>>(
  load: () => Promise<M>,
  key: K,
  options: LazyOptions = {},
): HttpHandler {
  const handler = once(async () => (await load())[key]);
  return async (req, res) => {
    let loaded: HttpHandler;
    try {
      loaded = await handler();
    } catch (error) {
      (options.logger ?? defaultLogger()).error(describe(error), { function: key, code: 'INTERNAL' });
      return sendInternal(res);
    }
    await loaded(req, res);
  };
}

/**
 * A CloudEvent function built by `load()` on first use. A load failure is logged and rethrown, so the framework
 * answers 500 and Pub/Sub redelivers the event (the scheduled runs are idempotent).
 */
export function lazyCloudEvent<T>(
  name: string,
  load: () => Promise<CloudEventHandler<T>>,
  options: LazyOptions = {},
): CloudEventHandler<T> {
  const handler = once(load);
  return async (ce) => {
    let loaded: CloudEventHandler<T>;
    try {
      loaded = await handler();
    } catch (error) {
      (options.logger ?? defaultLogger()).error(describe(error), { function: name, code: 'INTERNAL' });
      throw error;
    }
    await loaded(ce);
  };
}
