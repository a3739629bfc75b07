// Wraps a use case as an HTTP function: pre-parse checks, sign-in, schema, run, JSON response. Every failure
// becomes `{ error: { code, message } }`; unexpected errors are logged by requestId and answered with INTERNAL.
import { randomBytes } from 'node:crypto';
import type { Request, Response } from '@google-cloud/functions-framework';
import type { z } from 'zod';
import { type AuthDeps, authenticate, isLoopback } from '../app/campaigns/authenticate';
import { codedFailure } from '../app/errors';
import type { Logger, Principal } from '../app/ports';
import { parseBody, readJson } from './request-body';

export interface EndpointDeps {
  auth: AuthDeps;
  logger: Logger;
  maxBodyBytes: number;
}

export interface Endpoint<S extends z.ZodType> {
  name: string;
  schema: S;
  run(body: z.output<S>, principal: Principal, requestId: string): Promise<unknown>;
}

export type HttpFunction = (req: Request, res: Response) => Promise<void>;

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: Response, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.status(status).set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(body));
}

function idsOf(value: unknown): { campaign?: string; unit?: string } {
  const body = (value ?? {}) as { campaignId?: unknown; unitId?: unknown };
  return {
    ...(typeof body.campaignId === 'string' ? { campaign: body.campaignId.slice(0, 64) } : {}),
    ...(typeof body.unitId === 'string' ? { unit: body.unitId.slice(0, 64) } : {}),
  };
}

async function principalOf(req: Request, auth: AuthDeps): Promise<Principal> {
  const loopback = isLoopback(req.socket?.localAddress);
  return authenticate(
    { authorization: header(req, 'authorization'), devUser: header(req, 'x-dev-user'), loopback },
    auth,
  );
}

export function jsonEndpoint<S extends z.ZodType>(
  endpoint: Endpoint<S>,
  deps: () => EndpointDeps,
): HttpFunction {
  return async (req, res) => {
    const started = Date.now();
    const requestId = `r-${randomBytes(9).toString('base64url')}`;
    let value: unknown;
    let status = 200;
    let code: string | undefined;
    try {
      const { auth, maxBodyBytes } = deps();
      const raw = req.rawBody ?? (Buffer.isBuffer(req.body) ? req.body : undefined);
      value = readJson(
        {
          method: req.method,
          contentType: header(req, 'content-type'),
          contentLength: header(req, 'content-length'),
          raw,
        },
        maxBodyBytes,
      );
      const principal = await principalOf(req, auth);
      const result = await endpoint.run(parseBody(endpoint.schema, value), principal, requestId);
      send(res, status, result);
    } catch (error) {
      const failure = codedFailure(error);
      ({ status, code } = failure);
      if (failure.code === 'INTERNAL')
        safeLogger(deps).error(describe(error), { requestId, function: endpoint.name });
      const { code: failed, message, detail } = failure;
      send(res, status, { error: { code: failed, message, ...(detail ? { detail } : {}) } });
    }
    safeLogger(deps).info('request', {
      requestId,
      function: endpoint.name,
      status,
      code,
      ms: Date.now() - started,
      ...idsOf(value),
    });
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
}

function safeLogger(deps: () => EndpointDeps): Logger {
  try {
    return deps().logger;
  } catch {
    const quiet = () => undefined;
    return { debug: quiet, info: quiet, warn: quiet, error: quiet };
  }
}
