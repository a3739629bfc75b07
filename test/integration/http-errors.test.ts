// Oversized, malformed and mistyped requests: refused with our JSON error body and code, never a stack trace.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { ErrorBody } from '../../shared/api/error-body';
import { BOARD, CAMPAIGN, individualGrid, submitBody } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;
const MAX = 64 * 1024;

beforeAll(async () => {
  stack = await startStack({ port: 0, env: { MAX_BODY_BYTES: String(MAX) } });
});

afterAll(async () => {
  await stack.close();
});

const valid = submitBody('so-noi-vu', individualGrid(2), 'key-errors-001');

/** A chunked request without Content-Length, so only the streamed size can trigger 413. */
function chunked(url: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/validateRows`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': BOARD } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (let sent = 0; sent < size; sent += 16_384) req.write('x'.repeat(16_384));
    req.end();
  });
}

describe('request errors', () => {
  it.each([
    ['malformed JSON', { raw: '{"campaignId": ' }, 400, 'MALFORMED_JSON'],
    [
      'broken UTF-8',
      { raw: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) },
      400,
      'MALFORMED_JSON',
    ],
    ['text/plain', { headers: { 'content-type': 'text/plain' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'form data',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, raw: 'a=1' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a latin1 charset',
      { headers: { 'content-type': 'application/json; charset=latin1' } },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an oversized body', { raw: JSON.stringify({ ...valid, pad: 'x'.repeat(MAX) }) }, 413, 'BODY_TOO_LARGE'],
    ['a JSON array', { raw: '[1,2]' }, 400, 'INVALID_REQUEST'],
    ['an empty body', { raw: '' }, 400, 'MALFORMED_JSON'],
  ])('refuses %s', async (_label, options, status, code) => {
    const response = await post<ErrorBody>(stack.url, 'submitNominations', valid, {
      user: BOARD,
      ...options,
    });
    expect(response.status).toBe(status);
    expect(response.contentType).toBe('application/json; charset=utf-8');
    expect(response.body.error.code).toBe(code);
    expect(JSON.stringify(response.body)).not.toMatch(/at |Error:|node_modules/);
  });

  it('refuses an oversized chunked body while streaming', async () => {
    const response = await chunked(stack.url, MAX * 4);
    expect(response.status).toBe(413);
    expect((JSON.parse(response.body) as ErrorBody).error.code).toBe('BODY_TOO_LARGE');
  });

  it('refuses grids over the row limit with GRID_TOO_LARGE', async () => {
    const grid = { header: ['STT'], firstRow: 2, rows: Array.from({ length: 5001 }, () => [1]) };
    const response = await post<ErrorBody>(
      stack.url,
      'validateRows',
      { campaignId: CAMPAIGN, unitId: 'so-noi-vu', kind: 'individual', grid },
      { user: BOARD },
    );
    expect([response.status, response.body.error.code]).toEqual([413, 'GRID_TOO_LARGE']);
  });

  it('answers GET with 405, unknown functions with 404', async () => {
    const get = await fetch(`${stack.url}/validateRows`, { headers: { 'x-dev-user': BOARD } });
    const unknown = await post<ErrorBody>(stack.url, 'noSuchFunction', {}, { user: BOARD });
    expect(get.status).toBe(405);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('stores nothing for refused requests', async () => {
    expect(await stack.services.submissions.unit(CAMPAIGN, 'so-noi-vu').listCommits()).toEqual([]);
  });
});
