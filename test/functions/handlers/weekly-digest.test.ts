// weeklyDigest end to end: a Pub/Sub CloudEvent in binary mode through the Functions Framework, the delivery log
// on the embedded Firestore emulator (real firebase-admin), real SMTP to an in-process smtp-server.
import * as functions from '@google-cloud/functions-framework';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FirestoreDeliveryLog } from '../../../functions/adapters/firestore/delivery-log';
import { createSmtpSender } from '../../../functions/adapters/mail/smtp-sender';
import type { DeliveryRecord, MailDataSource, MailSender } from '../../../functions/app/mail/ports';
import type { ScheduleHandlerDeps } from '../../../functions/app/mail/schedule-event';
import { pubSubCloudEventRequest } from '../../../functions/app/mail/schedule-trigger';
import type { Logger } from '../../../functions/app/ports';
import { weeklyDigestHandler } from '../../../functions/handlers/weekly-digest';
import { startTestEmulator, type TestEmulator } from '../../support/emulator';
import { type ServedFunction, serveFunction } from '../../support/http';
import { type SmtpSink, startSmtpSink } from '../adapters/mail/support/smtp-sink';
import { digestView } from '../app/mail/support/views';

const BOARD = ['lanhdao@langson.gov.vn', 'thidua1@langson.gov.vn', 'thidua2@langson.gov.vn'];
const from = { name: 'Ban Thi đua – Khen thưởng', address: 'thidua@langson.gov.vn' };

let fs: TestEmulator;
let sink: SmtpSink;
let served: ServedFunction;
let url: string;
let sender: MailSender;
const logs: string[] = [];

const logger: Logger = {
  debug: () => {},
  info: (m, f) => logs.push(`${m} ${JSON.stringify(f)}`),
  warn: (m, f) => logs.push(`${m} ${JSON.stringify(f)}`),
  error: (m, f) => logs.push(`${m} ${JSON.stringify(f)}`),
};

const { completeness, onTime, daysToDeadline, generatedAt, ...digestRest } = digestView();
const source: MailDataSource = {
  activeCampaigns: async () => [
    {
      campaignId: 'ls-2026',
      campaignName: digestRest.campaignName,
      deadline: '2026-12-15',
      deadlineAt: '2026-12-15T10:00:00.000Z',
      board: BOARD.map((address) => ({ address })),
    },
  ],
  digestInput: async () => ({
    ...digestRest,
    deadlineAt: '2026-12-15T10:00:00.000Z',
    units: [
      ...completeness.missing.map((u) => ({ ...u, version: 0, errors: 0 })),
      ...completeness.withErrors.map((u) => ({ ...u, version: 1, firstSubmittedAt: '2026-11-10T03:00:00Z' })),
      ...completeness.clean.map((u) => ({
        ...u,
        version: 2,
        errors: 0,
        firstSubmittedAt: '2026-11-12T03:00:00Z',
      })),
    ],
  }),
  unitStatuses: async () => [],
};

function deps(): ScheduleHandlerDeps {
  return {
    logger,
    schedule: {
      log: new FirestoreDeliveryLog(fs.db),
      sender,
      clock: { now: () => new Date() },
      settings: {
        dailyCap: 1000,
        maxRecipients: 100,
        maxAttempts: 5,
        claimLeaseMinutes: 15,
        timeZone: 'Asia/Ho_Chi_Minh',
      },
      source,
      reminderOffsets: [7, 3, 1],
    },
  };
}

const smtpSender = () =>
  createSmtpSender({ host: '127.0.0.1', port: sink.port, secure: false, from, timeoutMs: 30_000 });

async function post(messageId: string, date: string): Promise<number> {
  const req = pubSubCloudEventRequest({ messageId, topic: 'weekly-digest', payload: { date } });
  const res = await fetch(url, { method: 'POST', headers: req.headers, body: req.body });
  await res.text();
  return res.status;
}

function recipientsReceived(): string[] {
  return sink.received.flatMap((m) => m.envelopeTo).sort();
}

async function records(): Promise<DeliveryRecord[]> {
  const snap = await fs.db.collection('mailDeliveries').where('kind', '==', 'digest').get();
  return snap.docs.map((d) => d.data() as DeliveryRecord);
}

beforeAll(async () => {
  fs = await startTestEmulator('demo-mail-digest');
  sink = await startSmtpSink();
  functions.cloudEvent('weeklyDigest', weeklyDigestHandler(deps));
  served = await serveFunction('weeklyDigest');
  url = served.url;
});
afterAll(async () => {
  await served.close();
  await sink.close();
  await fs.stop();
});
beforeEach(() => {
  sink.received.length = 0;
  sender = smtpSender();
});

describe('weeklyDigest handler', () => {
  it('the same CloudEvent delivered 3 times sends one message per recipient', async () => {
    for (let i = 0; i < 3; i++) expect(await post('msg-1001', '2026-11-16')).toBe(204);
    expect(recipientsReceived()).toEqual(BOARD);
    expect(sink.received[0]?.parsed.subject).toBe(
      'Bản tin tuần 2026-W47 – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    );
    expect(String(sink.received[0]?.parsed.html)).toContain('UBND xã Bắc Sơn');
    const stored = (await records()).filter((r) => r.period === '2026-W47');
    expect(stored.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a second message for the same week (scheduler retry) sends nothing more', async () => {
    expect(await post('msg-1002', '2026-11-18')).toBe(204);
    expect(sink.received).toHaveLength(0);
  });

  it('SMTP down on the first run leaves failed records; the next run sends each once', async () => {
    sender = createSmtpSender({ host: '127.0.0.1', port: 1, secure: false, from, timeoutMs: 2000 });
    expect(await post('msg-2001', '2026-11-23')).toBe(204);
    expect(sink.received).toHaveLength(0);
    const failed = (await records()).filter((r) => r.period === '2026-W48');
    expect(failed.map((r) => [r.status, r.attempts, r.lastError?.code])).toEqual(
      Array(3).fill(['failed', 1, 'MAIL_UNAVAILABLE']),
    );
    sender = smtpSender();
    expect(await post('msg-2002', '2026-11-24')).toBe(204);
    expect(await post('msg-2003', '2026-11-25')).toBe(204);
    expect(recipientsReceived()).toEqual(BOARD);
    const sent = (await records()).filter((r) => r.period === '2026-W48');
    expect(sent.map((r) => [r.status, r.attempts])).toEqual(Array(3).fill(['sent', 2]));
  });

  it('two digest runs racing send one message each', async () => {
    const statuses = await Promise.all([
      post('msg-3001', '2026-11-30'),
      post('msg-3002', '2026-11-30'),
      post('msg-3003', '2026-11-30'),
    ]);
    expect(statuses).toEqual([204, 204, 204]);
    expect(recipientsReceived()).toEqual(BOARD);
  });

  it('acknowledges a malformed event without sending', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'ce-id': 'bad-1',
        'ce-specversion': '1.0',
        'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
        'ce-source': '//pubsub.googleapis.com/projects/p/topics/t',
      },
      body: JSON.stringify({ hello: 'world' }),
    });
    expect(res.status).toBe(204);
    expect(sink.received).toHaveLength(0);
    expect(logs.some((l) => l.includes('MAIL_EVENT_INVALID'))).toBe(true);
  });
});
