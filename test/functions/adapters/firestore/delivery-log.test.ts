import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirestoreDeliveryLog } from '../../../../functions/adapters/firestore/delivery-log';
import type { DeliveryRecord } from '../../../../functions/app/mail/ports';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';

let fs: TestEmulator;
let log: FirestoreDeliveryLog;

beforeAll(async () => {
  fs = await startTestEmulator('demo-mail');
  log = new FirestoreDeliveryLog(fs.db);
});
afterAll(async () => fs.stop());

function record(id: string, over: Partial<DeliveryRecord> = {}): DeliveryRecord {
  return {
    id,
    kind: 'digest',
    campaignId: 'c1',
    recipient: `${id}@example.vn`,
    period: '2026-W47',
    contentId: 'content-1',
    recipientName: 'Nguyễn Văn An',
    status: 'pending',
    claimSeq: 0,
    attempts: 0,
    createdAt: '2026-11-16T00:00:00.000Z',
    expiresAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-16T00:00:00.000Z',
    ...over,
  };
}

describe('FirestoreDeliveryLog', () => {
  it('ensure() creates a record once and never overwrites it', async () => {
    await log.ensure([record('d1')]);
    await log.ensure([record('d1', { recipientName: 'Khác', contentId: 'content-2' })]);
    const [stored] = await log.get(['d1']);
    expect(stored?.recipientName).toBe('Nguyễn Văn An');
    expect(stored?.contentId).toBe('content-1');
  });

  it('claim() is won by exactly one of many concurrent callers', async () => {
    await log.ensure([record('d2')]);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => log.claim('d2', { seq: 1, token: `t${i}`, claimedAt: 'now' })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect((await log.readClaim('d2', 1))?.token).toBe(`t${winner}`);
    expect(await log.readClaim('d2', 2)).toBeNull();
  });

  it('finish() records sent and failed outcomes with attempts and last error', async () => {
    await log.ensure([record('d3'), record('d4')]);
    const error = {
      code: 'MAIL_UNAVAILABLE',
      message: 'Máy chủ thư tạm thời không phản hồi',
      detail: 'ECONNREFUSED',
      retryable: true,
    };
    await log.finish('d3', {
      status: 'failed',
      claimSeq: 1,
      attempts: 1,
      error,
      at: '2026-11-16T01:00:00.000Z',
    });
    await log.finish('d4', {
      status: 'sent',
      claimSeq: 1,
      attempts: 1,
      messageId: '<m@x>',
      at: '2026-11-16T01:00:00.000Z',
    });
    const [failed, sent] = await log.get(['d3', 'd4']);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, claimSeq: 1, lastError: error });
    expect(sent).toMatchObject({ status: 'sent', messageId: '<m@x>', sentAt: '2026-11-16T01:00:00.000Z' });
  });

  it('listOpen() returns pending and failed records of a kind, not sent ones', async () => {
    await log.ensure([record('r1', { kind: 'reminder' }), record('r2', { kind: 'reminder' })]);
    await log.finish('r2', { status: 'sent', claimSeq: 1, attempts: 1, messageId: '<x@y>', at: 'now' });
    const open = await log.listOpen('reminder');
    expect(open.map((r) => r.id)).toEqual(['r1']);
  });

  it('content is stored once and loaded back with its Vietnamese text', async () => {
    const content = {
      id: 'k1',
      kind: 'digest' as const,
      campaignId: 'c1',
      subject: 'Bản tin tuần',
      html: '<p>Ổn</p>',
      text: 'Ổn',
    };
    await log.saveContent(content);
    await log.saveContent({ ...content, subject: 'khác' });
    expect(await log.loadContent('k1')).toEqual(content);
    expect(await log.loadContent('missing')).toBeNull();
  });

  it('reserveSlot() hands out exactly `cap` slots per sender and day, even when racing', async () => {
    const results = await Promise.all(
      Array.from({ length: 7 }, () => log.reserveSlot('a@b.vn', '2026-11-16', 5)),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await log.reserveSlot('a@b.vn', '2026-11-16', 5)).toBe(false);
    expect(await log.reserveSlot('a@b.vn', '2026-11-17', 5)).toBe(true);
  });

  it('startRun() reports new, then running, then done', async () => {
    expect(await log.startRun('weeklyDigest:123', 'now')).toBe('new');
    expect(await log.startRun('weeklyDigest:123', 'now')).toBe('running');
    await log.finishRun('weeklyDigest:123', 'later');
    expect(await log.startRun('weeklyDigest:123', 'now')).toBe('done');
  });
});
