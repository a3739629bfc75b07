// deadlineReminders end to end: Pub/Sub CloudEvent through the Functions Framework, delivery log on the
// embedded Firestore emulator, real SMTP to an in-process smtp-server.
import * as functions from '@google-cloud/functions-framework';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FirestoreDeliveryLog } from '../../../functions/adapters/firestore/delivery-log';
import { createSmtpSender } from '../../../functions/adapters/mail/smtp-sender';
import { sendReceipt } from '../../../functions/app/mail/notifications';
import type { MailDataSource, MailSender } from '../../../functions/app/mail/ports';
import type { ScheduleHandlerDeps } from '../../../functions/app/mail/schedule-event';
import { pubSubCloudEventRequest } from '../../../functions/app/mail/schedule-trigger';
import { deadlineRemindersHandler } from '../../../functions/handlers/deadline-reminders';
import { startTestEmulator, type TestEmulator } from '../../support/emulator';
import { type ServedFunction, serveFunction } from '../../support/http';
import { type SmtpSink, startSmtpSink } from '../adapters/mail/support/smtp-sink';
import { receiptView } from '../app/mail/support/views';

const from = { name: 'Ban Thi đua – Khen thưởng', address: 'thidua@langson.gov.vn' };
let fs: TestEmulator;
let sink: SmtpSink;
let served: ServedFunction;
let url: string;
let sender: MailSender;

const source: MailDataSource = {
  activeCampaigns: async () => [
    {
      campaignId: 'ls-2026',
      campaignName: 'Đại hội Thi đua yêu nước lần thứ VI',
      deadline: '2026-12-15',
      deadlineAt: '2026-12-15T10:00:00.000Z',
      board: [],
    },
  ],
  digestInput: async () => {
    throw new Error('not used');
  },
  unitStatuses: async () => [
    {
      unitId: 'bac-son',
      unitName: 'UBND xã Bắc Sơn',
      version: 0,
      errors: 0,
      contacts: [{ name: 'Hoàng Văn Thụ', address: 'thu@bacson.vn' }],
    },
    {
      unitId: 'dong-dang',
      unitName: 'UBND xã Đồng Đăng',
      version: 2,
      errors: 1,
      sheetName: 'Cá nhân',
      issues: [
        {
          row: 12,
          column: 6,
          field: 'cccd',
          code: 'CCCD_LEADING_ZERO',
          severity: 'error',
          message: 'Số CCCD thiếu số 0 ở đầu',
        },
      ],
      contacts: [{ address: 'a@dongdang.vn' }, { address: 'b@dongdang.vn' }],
    },
    {
      unitId: 'cong-an',
      unitName: 'Công an tỉnh',
      version: 1,
      errors: 0,
      contacts: [{ address: 'ca@langson.vn' }],
    },
  ],
};

function scheduleDeps(): ScheduleHandlerDeps['schedule'] {
  return {
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
  };
}

const noop = () => {};
const deps = (): ScheduleHandlerDeps => ({
  logger: { debug: noop, info: noop, warn: noop, error: noop },
  schedule: scheduleDeps(),
});
const smtpSender = () =>
  createSmtpSender({ host: '127.0.0.1', port: sink.port, secure: false, from, timeoutMs: 30_000 });

let seq = 0;
async function run(date: string, messageId = `rem-${++seq}`): Promise<number> {
  const req = pubSubCloudEventRequest({ messageId, topic: 'deadline-reminders', payload: { date } });
  const res = await fetch(url, { method: 'POST', headers: req.headers, body: req.body });
  await res.text();
  return res.status;
}

const received = () => sink.received.flatMap((m) => m.envelopeTo).sort();

beforeAll(async () => {
  fs = await startTestEmulator('demo-mail-reminders');
  sink = await startSmtpSink();
  functions.cloudEvent('deadlineReminders', deadlineRemindersHandler(deps));
  served = await serveFunction('deadlineReminders');
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

describe('deadlineReminders handler', () => {
  it('sends nothing while the deadline is further away than every offset', async () => {
    expect(await run('2026-12-01')).toBe(204);
    expect(sink.received).toHaveLength(0);
  });

  it('7 days before: reminds units not submitted or with errors, once, even if the event repeats', async () => {
    for (let i = 0; i < 3; i++) expect(await run('2026-12-08', 'rem-d7')).toBe(204);
    expect(received()).toEqual(['a@dongdang.vn', 'b@dongdang.vn', 'thu@bacson.vn']);
    const dongDang = sink.received.find((m) => m.envelopeTo.includes('a@dongdang.vn'));
    expect(dongDang?.parsed.subject).toBe(
      'Nhắc hạn nộp danh sách – UBND xã Đồng Đăng – Đại hội Thi đua yêu nước lần thứ VI (còn 7 ngày (hạn 15/12/2026))',
    );
    expect(dongDang?.parsed.text).toContain('Cá nhân!F12: Số CCCD thiếu số 0 ở đầu');
  });

  it('the next days send nothing until the 3-day reminder is due', async () => {
    expect(await run('2026-12-09')).toBe(204);
    expect(await run('2026-12-11')).toBe(204);
    expect(sink.received).toHaveLength(0);
    expect(await run('2026-12-12')).toBe(204);
    expect(await run('2026-12-12')).toBe(204);
    expect(received()).toEqual(['a@dongdang.vn', 'b@dongdang.vn', 'thu@bacson.vn']);
  });

  it('after the deadline: one overdue reminder, not repeated the next day', async () => {
    expect(await run('2026-12-16')).toBe(204);
    expect(await run('2026-12-17')).toBe(204);
    expect(received()).toEqual(['a@dongdang.vn', 'b@dongdang.vn', 'thu@bacson.vn']);
    expect(sink.received[0]?.parsed.subject).toMatch(/^Quá hạn nộp danh sách/);
  });

  it('retries a receipt that failed earlier, exactly once', async () => {
    const down = createSmtpSender({ host: '127.0.0.1', port: 1, secure: false, from, timeoutMs: 2000 });
    const failed = await sendReceipt(
      { ...scheduleDeps(), sender: down },
      {
        campaignId: 'ls-2026',
        unitId: 'dong-dang',
        view: receiptView(),
        recipients: [{ address: 'a@dongdang.vn' }],
      },
    );
    expect(failed).toMatchObject({ failed: 1, sent: 0 });
    expect(await run('2026-12-18')).toBe(204);
    expect(await run('2026-12-19')).toBe(204);
    expect(received()).toEqual(['a@dongdang.vn']);
    expect(sink.received[0]?.parsed.subject).toMatch(/^Biên nhận phiên bản 3/);
    const again = await sendReceipt(scheduleDeps(), {
      campaignId: 'ls-2026',
      unitId: 'dong-dang',
      view: receiptView(),
      recipients: [{ address: 'a@dongdang.vn' }],
    });
    expect(again).toMatchObject({ sent: 0, skipped: 1 });
  });
});
