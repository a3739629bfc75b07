// Synchronous real HTTP for the UrlFetchApp fake: a worker thread performs fetch() while the calling thread blocks
// on Atomics.wait over a SharedArrayBuffer; the answer is then taken with receiveMessageOnPort. The server must not
// run on the blocked thread (run it in another process or worker).
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { FetchAnswer, FetchHandler, FetchRequest } from './url-fetch';

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal } = workerData;
const flag = new Int32Array(signal);
port.on('message', async (request) => {
  let reply;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' ? undefined : request.body,
      redirect: 'manual',
    });
    const headers = {};
    response.headers.forEach((value, key) => { headers[key] = value; });
    reply = { status: response.status, body: await response.text(), headers };
  } catch (error) {
    reply = { error: String((error && error.cause && error.cause.message) || (error && error.message) || error) };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** A request sent without waiting: `take()` answers null until the reply has arrived (never blocks). */
export interface PendingFetch {
  take(): FetchAnswer | null;
}

export interface SyncHttp {
  handler: FetchHandler;
  /**
   * Sends a request and returns at once, so the calling thread can make other (synchronous) calls meanwhile — as
   * Apps Script runs a page's google.script.run calls concurrently. One request in flight per SyncHttp.
   */
  begin(request: FetchRequest): PendingFetch;
  close(): Promise<void>;
}

export function createSyncHttp(timeoutMs = 120_000): SyncHttp {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, signal },
    transferList: [port2],
  });
  worker.unref();
  const receive = (): FetchAnswer | null => {
    const message = receiveMessageOnPort(port1)?.message as (FetchAnswer & { error?: string }) | undefined;
    if (!message) return null;
    if (message.error !== undefined) throw new Error(message.error);
    return message;
  };
  const handler = (request: FetchRequest): FetchAnswer => {
    Atomics.store(flag, 0, 0);
    port1.postMessage(request);
    if (Atomics.wait(flag, 0, 0, timeoutMs) === 'timed-out') throw new Error(`timeout after ${timeoutMs} ms`);
    const answer = receive();
    if (!answer) throw new Error('no answer from the HTTP worker');
    return answer;
  };
  const begin = (request: FetchRequest): PendingFetch => {
    Atomics.store(flag, 0, 0);
    port1.postMessage(request);
    return { take: () => (Atomics.load(flag, 0) === 1 ? receive() : null) };
  };
  return {
    handler,
    begin,
    close: async () => {
      port1.close();
      await worker.terminate();
    },
  };
}
