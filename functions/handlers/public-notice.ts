// HTTP function publicNotice — PUBLIC, no sign-in, reads nothing but the campaign's notice:
//   GET  ?campaignId=…[&page=N]  → the proposed list as an HTML page (during the notice period).
//   POST ?campaignId=…           → a comment (application/x-www-form-urlencoded) → the page with the outcome.
// Every answer carries a Content-Security-Policy that allows no script. Refusals are HTML pages for browsers and
// `{ error: { code, message } }` for API clients (no text/html in Accept and not a form post). The client address
// (for the rate limits) is the X-Forwarded-For entry appended by Google's front end (the last one, or the one
// before NOTICE_TRUSTED_PROXIES entries added by a load balancer): the entries before it are the client's own.
import type { Request, Response } from '@google-cloud/functions-framework';
import { API_ERRORS, type ErrorCode } from '../../shared/api/errors';
import { campaignIdSchema } from '../../shared/api/ids';
import { NOTICE_COMMENT_LIMITS } from '../../shared/api/public-notice';
import { errorBody } from '../app/errors';
import type { NoticeOutcome } from '../app/notice/public-notice';
import { NOTICE_CSP, renderMessagePage } from '../app/notice/render-page';
import { services } from '../composition';

const FORM_TYPE = 'application/x-www-form-urlencoded';
function header(req: Request, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The client address the rate limits count on (see the file comment). */
export function clientAddress(forwardedFor: string, socket: string | undefined, trustedProxies = 0): string {
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  return hops[hops.length - 1 - trustedProxies] ?? hops[0] ?? socket ?? 'unknown';
}

function queryValue(req: Request, name: string): string | undefined {
  const value = new URL(req.originalUrl ?? req.url ?? '/', 'http://local').searchParams.get(name);
  return value ?? undefined;
}

/** The form's fields as strings (first value of each), or a refusal code. */
function formFields(req: Request): Record<string, string> | ErrorCode {
  const type = header(req, 'content-type').split(';')[0]?.trim().toLowerCase();
  if (type !== FORM_TYPE) return 'UNSUPPORTED_MEDIA_TYPE';
  if (Number(header(req, 'content-length') || 0) > NOTICE_COMMENT_LIMITS.bodyBytes) return 'BODY_TOO_LARGE';
  const raw = req.rawBody ?? (Buffer.isBuffer(req.body) ? req.body : undefined);
  if (raw && raw.byteLength > NOTICE_COMMENT_LIMITS.bodyBytes) return 'BODY_TOO_LARGE';
  const params = raw ? new URLSearchParams(raw.toString('utf8')) : new URLSearchParams();
  if (!raw && req.body && typeof req.body === 'object')
    for (const [k, v] of Object.entries(req.body as Record<string, unknown>))
      if (typeof v === 'string') params.append(k, v);
  const fields: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in fields)) fields[key] = value;
  return fields;
}

function refusal(code: ErrorCode): NoticeOutcome {
  const heading = code === 'INTERNAL' ? 'Có lỗi bất ngờ' : 'Yêu cầu không hợp lệ';
  return {
    status: API_ERRORS[code].status,
    code,
    html: renderMessagePage(heading, API_ERRORS[code].message),
  };
}

function send(req: Request, res: Response, outcome: NoticeOutcome): void {
  if (res.headersSent) return;
  res.status(outcome.status);
  res.set({
    'Content-Security-Policy': NOTICE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (outcome.retryAfterSeconds !== undefined) res.set('Retry-After', String(outcome.retryAfterSeconds));
  const browser =
    header(req, 'accept').includes('text/html') || header(req, 'content-type').startsWith(FORM_TYPE);
  if (outcome.code && !browser) {
    res.set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(errorBody(outcome.code)));
    return;
  }
  res.set('Content-Type', 'text/html; charset=utf-8').send(req.method === 'HEAD' ? '' : outcome.html);
}

async function answer(req: Request): Promise<NoticeOutcome> {
  const id = campaignIdSchema.safeParse(queryValue(req, 'campaignId'));
  if (!id.success) return refusal('NOTICE_NOT_PUBLISHED');
  const s = services();
  const client = clientAddress(
    header(req, 'x-forwarded-for'),
    req.socket?.remoteAddress,
    s.config.trustedProxies,
  );
  const request = { campaignId: id.data, client, page: queryValue(req, 'page') };
  if (req.method === 'GET' || req.method === 'HEAD') return (await s.publicNotice()).view(request);
  if (req.method !== 'POST') return refusal('METHOD_NOT_ALLOWED');
  const fields = formFields(req);
  return typeof fields === 'string' ? refusal(fields) : (await s.publicNotice()).comment(request, fields);
}

export async function publicNoticeHandler(req: Request, res: Response): Promise<void> {
  const started = Date.now();
  let outcome: NoticeOutcome;
  try {
    outcome = await answer(req);
  } catch (error) {
    services().logger.error(error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown', {
      function: 'publicNotice',
    });
    outcome = refusal('INTERNAL');
  }
  send(req, res, outcome);
  services().logger.info('request', {
    function: 'publicNotice',
    method: req.method,
    status: outcome.status,
    code: outcome.code,
    ms: Date.now() - started,
  });
}
