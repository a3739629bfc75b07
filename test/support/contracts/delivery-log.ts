// The contract of DeliveryLog, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { DeliveryLog, DeliveryRecord } from '../../../functions/app/mail/ports';
import { uniqueId } from './ids';

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

export function deliveryLogContract(make: () => DeliveryLog): void {
  it('ensure() creates a record once and never overwrites it', async () => {
    const log = make();
    const id = uniqueId('d');
    await log.ensure([record(id)]);
    await log.ensure([record(id, { recipientName: 'Khác', contentId: 'content-2' })]);
    expect(await log.get([id, uniqueId('none')])).toEqual([record(id)]);
  });

  it('claim() is won by exactly one of many concurrent callers', async () => {
    const log = make();
    const id = uniqueId('d');
    await log.ensure([record(id)]);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => log.claim(id, { seq: 1, token: `t${i}`, claimedAt: 'now' })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect((await log.readClaim(id, 1))?.token).toBe(`t${winner}`);
    expect(await log.readClaim(id, 2)).toBeNull();
  });

  it('finish() records sent and failed outcomes with attempts and last error', async () => {
    const log = make();
    const [d3, d4] = [uniqueId('d'), uniqueId('d')];
    await log.ensure([record(d3), record(d4)]);
    const error = {
      code: 'MAIL_UNAVAILABLE',
      message: 'Máy chủ thư tạm thời không phản hồi',
      detail: 'ECONNREFUSED',
      retryable: true,
    };
    const at = '2026-11-16T01:00:00.000Z';
    await log.finish(d3, { status: 'failed', claimSeq: 1, attempts: 1, error, at });
    await log.finish(d4, { status: 'sent', claimSeq: 1, attempts: 1, messageId: '<m@x>', at });
    const [failed, sent] = await log.get([d3, d4]);
    expect(failed).toEqual({
      ...record(d3),
      status: 'failed',
      attempts: 1,
      claimSeq: 1,
      lastError: error,
      updatedAt: at,
    });
    expect(sent).toMatchObject({
      status: 'sent',
      messageId: '<m@x>',
      sentAt: at,
      updatedAt: at,
      attempts: 1,
    });
  });

  it('listOpen() returns pending and failed records of a kind, not sent ones', async () => {
    const log = make();
    const [r1, r2, r3] = [uniqueId('r'), uniqueId('r'), uniqueId('r')];
    await log.ensure([record(r1, { kind: 'reminder' }), record(r2, { kind: 'reminder' }), record(r3)]);
    await log.finish(r2, { status: 'sent', claimSeq: 1, attempts: 1, messageId: '<x@y>', at: 'now' });
    const ids = (await log.listOpen('reminder')).map((r) => r.id);
    expect(ids).toContain(r1);
    expect(ids).not.toContain(r2);
    expect(ids).not.toContain(r3);
    expect((await log.listOpen()).map((r) => r.id)).toEqual(expect.arrayContaining([r1, r3]));
  });

  it('content is stored once and loaded back with its Vietnamese text', async () => {
    const log = make();
    const id = uniqueId('k');
    const content = {
      id,
      kind: 'digest' as const,
      campaignId: 'c1',
      subject: 'Bản tin tuần',
      html: '<p>Ổn</p>',
      text: 'Ổn',
    };
    await log.saveContent(content);
    await log.saveContent({ ...content, subject: 'khác' });
    expect(await log.loadContent(id)).toEqual(content);
    expect(await log.loadContent(uniqueId('missing'))).toBeNull();
  });

  it('reserveSlot() hands out exactly `cap` slots per sender and day, even when racing', async () => {
    const log = make();
    const sender = `${uniqueId('a')}@b.vn`;
    const results = await Promise.all(
      Array.from({ length: 7 }, () => log.reserveSlot(sender, '2026-11-16', 5)),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await log.reserveSlot(sender, '2026-11-16', 5)).toBe(false);
    expect(await log.reserveSlot(sender, '2026-11-17', 5)).toBe(true);
  });

  it('startRun() reports new, then running, then done', async () => {
    const log = make();
    const run = `weeklyDigest:${uniqueId('m')}`;
    expect(await log.startRun(run, 'now')).toBe('new');
    expect(await log.startRun(run, 'now')).toBe('running');
    await log.finishRun(run, 'later');
    expect(await log.startRun(run, 'now')).toBe('done');
  });
}
