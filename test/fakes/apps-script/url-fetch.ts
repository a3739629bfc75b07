// Fake UrlFetchApp. Requests go to a synchronous handler: an in-test function, or real HTTP through
// sync-http.ts (a worker thread doing the fetch while this thread waits on Atomics.wait).

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export interface FetchAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export type FetchHandler = (request: FetchRequest) => FetchAnswer;

export interface FetchParams {
  method?: string;
  contentType?: string;
  payload?: string;
  headers?: Record<string, string>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
}

export class FakeHttpResponse {
  readonly serviceName = 'HTTPResponse';
  constructor(readonly answer: FetchAnswer) {}
  getResponseCode(): number {
    return this.answer.status;
  }
  getContentText(_charset?: string): string {
    return this.answer.body;
  }
  getHeaders(): Record<string, string> {
    return this.answer.headers ?? {};
  }
  getAllHeaders(): Record<string, string> {
    return this.answer.headers ?? {};
  }
}

export class FakeUrlFetchApp {
  readonly serviceName = 'UrlFetchApp';
  readonly requests: FetchRequest[] = [];
  constructor(public handler: FetchHandler) {}

  private request(url: string, params: FetchParams): FetchRequest {
    const headers: Record<string, string> = { ...(params.headers ?? {}) };
    if (params.contentType) headers['Content-Type'] = params.contentType;
    return { url, method: (params.method ?? 'get').toUpperCase(), headers, body: params.payload ?? '' };
  }

  fetch(url: string, params: FetchParams = {}): FakeHttpResponse {
    const request = this.request(url, params);
    this.requests.push(request);
    let answer: FetchAnswer;
    try {
      answer = this.handler(request);
    } catch (error) {
      throw new Error(
        `Address unavailable: ${url} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (answer.status >= 400 && !params.muteHttpExceptions)
      throw new Error(
        `Request failed for ${url} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)}`,
      );
    return new FakeHttpResponse(answer);
  }

  /** Test helper: the JSON bodies posted to a function name. */
  _posted(name: string): unknown[] {
    return this.requests.filter((r) => r.url.endsWith(`/${name}`)).map((r) => JSON.parse(r.body) as unknown);
  }
}

/** A handler answering JSON by function name (the last path segment), for tests without a server. */
export function jsonRoutes(
  routes: Record<string, (body: unknown, request: FetchRequest) => FetchAnswer>,
): FetchHandler {
  return (request) => {
    const name = request.url.split('/').pop() ?? '';
    const route = routes[name];
    if (!route)
      return {
        status: 404,
        body: JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } }),
      };
    return route(JSON.parse(request.body || 'null') as unknown, request);
  };
}

export function json(status: number, value: unknown): FetchAnswer {
  return {
    status,
    body: JSON.stringify(value),
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  };
}
