// npm-less helper: posts a Pub/Sub-shaped CloudEvent (binary mode) to the running stack's weeklyDigest, as Cloud
// Scheduler → Pub/Sub would every Monday 07:00 Asia/Ho_Chi_Minh.
//   node --import tsx scripts/digest.ts [--url http://127.0.0.1:8080/weeklyDigest] [--date 2026-11-16]
//                                        [--message-id ID] [--campaign ID] [--user BOARD_EMAIL]
// The local stack answers a board member only (X-Dev-User, default the seeded board account).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { pubSubCloudEventRequest } from '../functions/app/mail/schedule-trigger';
import { BOARD_EMAIL } from '../functions/local/seed-data';
import { formatOutbox, outboxDir, outboxSince } from './outbox';

export async function postScheduleEvent(defaultUrl: string, topic: string): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      date: { type: 'string' },
      'message-id': { type: 'string' },
      campaign: { type: 'string', multiple: true },
      user: { type: 'string' },
    },
  });
  const payload = {
    ...(values.date ? { date: values.date } : {}),
    ...(values.campaign ? { campaignIds: values.campaign } : {}),
  };
  const messageId = values['message-id'] ?? randomUUID();
  const request = pubSubCloudEventRequest({ messageId, topic, payload });
  const url = values.url ?? defaultUrl;
  const headers = { ...request.headers, 'x-dev-user': values.user ?? BOARD_EMAIL };
  const started = new Date();
  const res = await fetch(url, { method: 'POST', headers, body: request.body }).catch(() => {
    throw new Error(`Không kết nối được ${url}. Hãy chạy npm start rồi thử lại.`);
  });
  const body = await res.text();
  console.log(
    `${topic}: POST ${url} ce-id=${messageId} → HTTP ${res.status}${body ? ` ${body.slice(0, 300)}` : ''}`,
  );
  if (!res.ok) process.exitCode = 1;
  else await printSent(started);
}

/** What the run mailed, from the local outbox (the transport `npm start` uses). */
async function printSent(since: Date): Promise<void> {
  const dir = outboxDir();
  const sent = await outboxSince(dir, since);
  console.log(
    sent.length === 0
      ? `Không có thư mới trong ${dir} (không đơn vị nào đến hạn nhắc, hoặc đã gửi trong kỳ này).`
      : formatOutbox(sent, dir, `Đã gửi ${sent.length} thư (${dir}):`),
  );
}

/** Runs a schedule post as a command: a connection failure is one Vietnamese line and exit code 1. */
export async function runScheduleCommand(defaultUrl: string, topic: string): Promise<void> {
  try {
    await postScheduleEvent(defaultUrl, topic);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScheduleCommand('http://127.0.0.1:8080/weeklyDigest', 'weekly-digest');
}
