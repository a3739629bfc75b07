// One port for every function: routes /<functionName>[/...] to the Functions Framework's in-process server of that
// function (getTestServer). Before forwarding, it refuses oversized bodies (413, before reading them into memory)
// and non-JSON content types (415), and hands the framework an already-read body, so the framework's parser (which
// would answer malformed JSON with an HTML stack trace) never runs; the function parses the raw bytes itself.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { API_ERRORS, type ApiErrorCode } from '../../shared/api/errors';
import { AppError, errorBody } from '../app/errors';
import { checkContentType, checkDeclaredSize } from '../handlers/request-body';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
type ErrorMiddleware = (error: unknown, req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface DispatcherOptions {
  maxBodyBytes: number;
  /** Called after each response. */
  onResponse?: (functionName: string, method: string) => void;
  /**
   * Functions that are not public (the CloudEvent ones: on Google Cloud only their Eventarc trigger may invoke
   * them) and the check a request to them must pass first (throws a coded AppError).
   */
  restricted?: { names: readonly string[]; authorize(req: IncomingMessage): Promise<void> };
  /** Functions that take HTML form posts (the public ones): they check their own content type and size. */
  forms?: readonly string[];
}

const DRAIN_LIMIT = 64 * 1024 * 1024;

function sendError(res: ServerResponse, code: ApiErrorCode): void {
  if (res.headersSent) return;
  res.writeHead(API_ERRORS[code].status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(errorBody(code)));
}

/** Safety net added after the function's routes: whatever reaches Express's error path gets our JSON. */
const jsonErrors: ErrorMiddleware = (error, _req, res) => {
  const status = (error as { status?: unknown } | null)?.status;
  sendError(
    res,
    status === 413 ? 'BODY_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'MALFORMED_JSON',
  );
};

function functionListener(name: string, cache: Map<string, Listener>): Listener | undefined {
  const cached = cache.get(name);
  if (cached) return cached;
  let server: Server;
  try {
    server = getTestServer(name);
  } catch {
    return undefined;
  }
  const app = server.listeners('request')[0] as Listener & { use?: (handler: ErrorMiddleware) => void };
  app.use?.(jsonErrors);
  cache.set(name, app);
  return app;
}

function drain(req: IncomingMessage): void {
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      drain(req);
      reject(new AppError('BODY_TOO_LARGE'));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function forward(
  listener: Listener,
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  form = false,
) {
  if (req.method === 'POST') {
    if (!form) checkContentType(req.headers['content-type']);
    checkDeclaredSize(req.headers['content-length'], maxBytes);
    const raw = await readBody(req, maxBytes);
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
    if (req.headers['ce-id'] !== undefined)
      (req as IncomingMessage & { body?: unknown }).body = cloudEventBody(raw);
  }
  listener(req, res);
}

/** A CloudEvent function (binary mode, ce-* headers) gets the parsed body the framework's parser would have set. */
function cloudEventBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AppError('MALFORMED_JSON');
  }
}

export function createDispatcher(options: DispatcherOptions): Server {
  const cache = new Map<string, Listener>();
  return createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://local').pathname.split('/')[1] ?? '';
    const listener = functionListener(name, cache);
    if (!listener) {
      drain(req);
      return sendError(res, 'NOT_FOUND');
    }
    res.on('finish', () => options.onResponse?.(name, req.method ?? ''));
    const allowed = options.restricted?.names.includes(name)
      ? options.restricted.authorize(req)
      : Promise.resolve();
    allowed
      .then(() => forward(listener, req, res, options.maxBodyBytes, options.forms?.includes(name)))
      .catch((error: unknown) => {
        if (!req.readableEnded) drain(req);
        sendError(res, error instanceof AppError ? error.code : 'INTERNAL');
      });
  });
}
