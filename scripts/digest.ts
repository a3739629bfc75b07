// npm-less helper: posts a Pub/Sub-shaped CloudEvent (binary mode) to the running stack's weeklyDigest, as Cloud
// Scheduler → Pub/Sub would every Monday 07:00 Asia/Ho_Chi_Minh.
//   node --import tsx scripts/digest.ts [--url http://127.0.0.1:8080/weeklyDigest] [--date 2026-11-16]
//                                        [--message-id ID] [--campaign ID] [--user BOARD_EMAIL]
// The local stack answers a board member only (X-Dev-User, default the seeded board account).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { pubSubCloudEventRequest } from '../functions/app/mail/schedule-trigger';
import { BOARD_EMAIL } from '../functions/local/seed-data';

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
  const res = await fetch(url, { method: 'POST', headers, body: request.body });
  const body = await res.text();
  console.log(
    `${topic}: POST ${url} ce-id=${messageId} → HTTP ${res.status}${body ? ` ${body.slice(0, 300)}` : ''}`,
  );
  if (!res.ok) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await postScheduleEvent('http://127.0.0.1:8080/weeklyDigest', 'weekly-digest');
}
