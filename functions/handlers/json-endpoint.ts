// Wraps a use case as an HTTP function: pre-parse checks, sign-in (401), schema (400), the caller's role in the
// campaign the body names (403), run, JSON response. Every failure
// becomes `{ error: { code, message } }`; unexpected errors are logged by requestId and answered with INTERNAL.
import { randomBytes } from 'node:crypto';
import type { Request, Response } from '@google-cloud/functions-framework';
import type { z } from 'zod';
import { type AuthDeps, identify, isLoopback, principalFor } from '../app/campaigns/authenticate';
import { AppError, codedFailure } from '../app/errors';
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
  /** A province super-admin without a role in the campaign may call it (adminCampaign only). */
  allowAdmin?: boolean;
  run(body: z.output<S>, principal: Principal, requestId: string): Promise<unknown>;
  /** Starts reads `run` will need from the raw body once the caller is signed in, while its role is looked up (cold
   *  start); answers nothing. */
  prefetch?(value: unknown): void;
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

async function emailOf(req: Request, auth: AuthDeps): Promise<string> {
  const loopback = isLoopback(req.socket?.localAddress);
  return identify(
    { authorization: header(req, 'authorization'), devUser: header(req, 'x-dev-user'), loopback },
    auth,
  );
}

/** The caller's role in the campaign the (parsed) body names. */
function principalOf(email: string, body: unknown, auth: AuthDeps): Promise<Principal> {
  const campaignId = (body as { campaignId?: unknown } | null)?.campaignId;
  return principalFor(email, typeof campaignId === 'string' ? campaignId : undefined, auth.members);
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
      const email = await emailOf(req, auth);
      endpoint.prefetch?.(value);
      const body = parseBody(endpoint.schema, value);
      const principal = await principalOf(email, body, auth);
      if (principal.role === 'admin' && endpoint.allowAdmin !== true)
        throw new AppError('FORBIDDEN_CAMPAIGN', 'super-admin without a campaign role');
      const result = await endpoint.run(body, principal, requestId);
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
  if (error instanceof AppError) return `${error.code}: ${error.detail}`;
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
