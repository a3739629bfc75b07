// Small HTTP helpers for tests that drive the functions through the local stack.
import type { AddressInfo } from 'node:net';
import { getTestServer } from '@google-cloud/functions-framework/testing';

export interface ServedFunction {
  url: string;
  close(): Promise<void>;
}

/** Serves one registered function (functions.http / functions.cloudEvent) on a free loopback port. */
export async function serveFunction(name: string): Promise<ServedFunction> {
  const server = getTestServer(name);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
export interface PostOptions {
  user?: string;
  headers?: Record<string, string>;
  raw?: string | Uint8Array;
}

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  contentType: string | null;
}

export async function post<T = unknown>(
  url: string,
  fn: string,
  body: unknown,
  options: PostOptions = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.user) headers['x-dev-user'] = options.user;
  const payload = options.raw ?? JSON.stringify(body);
  const response = await fetch(`${url}/${fn}`, { method: 'POST', headers, body: payload });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep the text: the test will fail on it
  }
  return { status: response.status, body: parsed as T, contentType: response.headers.get('content-type') };
}
