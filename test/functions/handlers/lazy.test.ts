// The lazy registration wrappers, served by the real Functions Framework (getTestServer): the handler module is
// loaded on the first invocation only, once; a load failure answers our JSON 500 INTERNAL without detail, is
// logged, and the next invocation loads again.
import * as functions from '@google-cloud/functions-framework';
import { describe, expect, it } from 'vitest';
import { pubSubCloudEventRequest } from '../../../functions/app/mail/schedule-trigger';
import type { Logger } from '../../../functions/app/ports';
import { type HttpHandler, lazyCloudEvent, lazyHttp } from '../../../functions/handlers/lazy';
import { API_ERRORS } from '../../../shared/api/errors';
import { serveFunction } from '../../support/http';

function recordingLogger(lines: string[]): Logger {
  const log = (message: string, fields?: object) => void lines.push(`${message} ${JSON.stringify(fields)}`);
  return { debug: log, info: log, warn: log, error: log };
}

async function post(name: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const served = await serveFunction(name);
  try {
    const response = await fetch(served.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      ...init,
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.startsWith('application/json');
    return { status: response.status, body: json ? (JSON.parse(text) as unknown) : text };
  } finally {
    await served.close();
  }
}

const echo: HttpHandler = async (req, res) => {
  res.status(200).json({ path: req.path, method: req.method });
};

describe('lazyHttp', () => {
  it('loads the handler module on the first request only and delegates every request to it', async () => {
    let loads = 0;
    functions.http(
      'lazyEcho',
      lazyHttp(async () => {
        loads++;
        return { echoHandler: echo };
      }, 'echoHandler'),
    );
    expect(loads).toBe(0);
    const answers = await Promise.all([post('lazyEcho'), post('lazyEcho'), post('lazyEcho')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0]?.body).toEqual({ path: '/', method: 'POST' });
    expect(loads).toBe(1);
  });

  it('answers a failed load with our JSON 500 INTERNAL, logs the cause, and loads again on the next request', async () => {
    const lines: string[] = [];
    let loads = 0;
    const handler = lazyHttp(
      async () => {
        loads++;
        if (loads === 1) throw new Error('Cannot find module ./chunks/secret-path.js');
        return { echoHandler: echo };
      },
      'echoHandler',
      { logger: recordingLogger(lines) },
    );
    functions.http('lazyBroken', handler);
    const failed = await post('lazyBroken');
    expect(failed).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: API_ERRORS.INTERNAL.message } },
    });
    expect(JSON.stringify(failed.body)).not.toContain('secret-path');
    expect(lines).toEqual([
      'Error: Cannot find module ./chunks/secret-path.js {"function":"echoHandler","code":"INTERNAL"}',
    ]);
    expect((await post('lazyBroken')).status).toBe(200);
    expect(loads).toBe(2);
  });
});

describe('lazyCloudEvent', () => {
  const event = () => pubSubCloudEventRequest({ messageId: 'm-1', topic: 'tonvinh-weekly-digest' });

  it('builds the handler on the first event only and passes it each event', async () => {
    const seen: string[] = [];
    let loads = 0;
    functions.cloudEvent(
      'lazyEvent',
      lazyCloudEvent('lazyEvent', async () => {
        loads++;
        return async (ce) => void seen.push(ce.id);
      }),
    );
    expect((await post('lazyEvent', event())).status).toBeLessThan(300);
    expect((await post('lazyEvent', event())).status).toBeLessThan(300);
    expect(seen).toEqual(['m-1', 'm-1']);
    expect(loads).toBe(1);
  });

  it('logs and rethrows a failed load, so the event is not acknowledged (Pub/Sub redelivers)', async () => {
    const lines: string[] = [];
    functions.cloudEvent(
      'lazyEventBroken',
      lazyCloudEvent(
        'lazyEventBroken',
        async () => {
          throw new Error('chunk missing');
        },
        { logger: recordingLogger(lines) },
      ),
    );
    expect((await post('lazyEventBroken', event())).status).toBe(500);
    expect(lines).toEqual(['Error: chunk missing {"function":"lazyEventBroken","code":"INTERNAL"}']);
  });
});
