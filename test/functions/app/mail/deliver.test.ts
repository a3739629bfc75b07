import { beforeEach, describe, expect, it } from 'vitest';
import { type Dispatch, deliver, type MailDeps, retryOpen } from '../../../../functions/app/mail/deliver';
import { deliveryId } from '../../../../functions/app/mail/delivery-key';
import { MemoryDeliveryLog, RecordingSender, TestClock } from './support/memory-mail';

let log: MemoryDeliveryLog;
let sender: RecordingSender;
let clock: TestClock;
let deps: MailDeps;

beforeEach(() => {
  log = new MemoryDeliveryLog();
  sender = new RecordingSender();
  clock = new TestClock();
  deps = {
    log,
    sender,
    clock,
    settings: {
      dailyCap: 100,
      maxRecipients: 100,
      maxAttempts: 3,
      claimLeaseMinutes: 15,
      timeZone: 'Asia/Ho_Chi_Minh',
    },
  };
});

function dispatch(addresses: string[], over: Partial<Dispatch> = {}): Dispatch {
  return {
    kind: 'digest',
    campaignId: 'ls-2026',
    period: '2026-W47',
    recipients: addresses.map((address) => ({ name: 'Cán bộ', address })),
    content: { subject: 'Bản tin tuần', html: '<p>Bản tin</p>', text: 'Bản tin' },
    expiresAt: '2026-11-22T00:00:00.000Z',
    ...over,
  };
}

describe('deliver', () => {
  it('masks every CCCD at its boundary: the stored content and the message sent (whatever the template did)', async () => {
    const raw = 'Số CCCD "001203004545" là của người giới tính Nữ';
    const content = { subject: `Lỗi 001203004545`, html: `<p>${raw}</p>`, text: raw };
    await deliver(deps, [dispatch(['a@x.vn'], { content })]);
    const sent = sender.sent[0];
    expect([sent?.subject, sent?.html, sent?.text].join('\n')).not.toMatch(/\d{12}/);
    expect(sent?.text).toBe('Số CCCD "0012******45" là của người giới tính Nữ');
    const stored = [...log.contents.values()].map((c) => `${c.subject}${c.html}${c.text}`).join('');
    expect(stored).not.toMatch(/\d{12}/);
  });

  it('sends one message to all recipients of the same content and records each as sent', async () => {
    const report = await deliver(deps, [dispatch(['a@x.vn', 'b@x.vn'])]);
    expect(report).toMatchObject({ sent: 2, messages: 1, failed: 0 });
    expect(sender.addresses()).toEqual(['a@x.vn', 'b@x.vn']);
    expect([...log.records.values()].map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('never sends twice for the same key, even when the address differs in case', async () => {
    await deliver(deps, [dispatch(['a@x.vn'])]);
    const again = await deliver(deps, [dispatch(['A@X.VN', 'a@x.vn'])]);
    expect(again).toMatchObject({ sent: 0, skipped: 1 });
    expect(sender.sent).toHaveLength(1);
  });

  it('a different period is a different delivery', async () => {
    await deliver(deps, [dispatch(['a@x.vn'])]);
    await deliver(deps, [dispatch(['a@x.vn'], { period: '2026-W48' })]);
    expect(sender.sent).toHaveLength(2);
  });

  it('splits more than maxRecipients into several messages of at most 100', async () => {
    const many = Array.from({ length: 230 }, (_, i) => `u${i}@x.vn`);
    const report = await deliver(deps, [dispatch(many)]);
    expect(sender.sent.map((m) => m.to.length)).toEqual([100, 100, 30]);
    expect(new Set(sender.addresses()).size).toBe(230);
    expect(report.sent).toBe(230);
  });

  it('a failed send stays failed with attempts and error, and the next run sends it once', async () => {
    sender.failWith = 'MAIL_UNAVAILABLE';
    const first = await deliver(deps, [dispatch(['a@x.vn'])]);
    expect(first).toMatchObject({ failed: 1, sent: 0 });
    const [record] = [...log.records.values()];
    expect(record).toMatchObject({
      status: 'failed',
      attempts: 1,
      claimSeq: 1,
      lastError: { code: 'MAIL_UNAVAILABLE', retryable: true },
    });
    expect(record?.lastError?.message).toBe(
      'Máy chủ thư tạm thời không phản hồi; thư sẽ được gửi lại ở lần chạy sau.',
    );
    sender.failWith = null;
    expect(await retryOpen(deps)).toMatchObject({ sent: 1 });
    expect(await retryOpen(deps)).toMatchObject({ sent: 0 });
    expect(sender.sent).toHaveLength(1);
    expect([...log.records.values()][0]).toMatchObject({ status: 'sent', attempts: 2, claimSeq: 2 });
  });

  it('a final rejection is not retried but stays visible', async () => {
    sender.failWith = 'MAIL_REJECTED';
    await deliver(deps, [dispatch(['bad@x.vn'])]);
    sender.failWith = null;
    expect(await retryOpen(deps)).toMatchObject({ sent: 0, skipped: 1 });
    expect([...log.records.values()][0]).toMatchObject({
      status: 'failed',
      lastError: { code: 'MAIL_REJECTED', retryable: false },
    });
  });

  it('recipients refused by the server are marked failed, the others sent', async () => {
    sender.rejectAddresses = ['gone@x.vn'];
    const report = await deliver(deps, [dispatch(['ok@x.vn', 'gone@x.vn'])]);
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    const gone = log.records.get(
      deliveryId({ kind: 'digest', campaignId: 'ls-2026', recipient: 'gone@x.vn', period: '2026-W47' }),
    );
    expect(gone).toMatchObject({ status: 'failed', lastError: { code: 'MAIL_REJECTED' } });
  });

  it('stops after maxAttempts', async () => {
    sender.failWith = 'MAIL_UNAVAILABLE';
    await deliver(deps, [dispatch(['a@x.vn'])]);
    await retryOpen(deps);
    await retryOpen(deps);
    const last = await retryOpen(deps);
    expect(last).toMatchObject({ skipped: 1, failed: 0 });
    expect([...log.records.values()][0]?.attempts).toBe(3);
  });

  it('the daily cap defers what does not fit; it stays pending and goes out the next day', async () => {
    deps.settings.dailyCap = 1;
    const report = await deliver(deps, [
      dispatch(['a@x.vn']),
      dispatch(['b@x.vn'], { content: { subject: 'Khác', html: 'k', text: 'k' } }),
    ]);
    expect(report).toMatchObject({ sent: 1, deferred: 1, messages: 1 });
    const deferred = [...log.records.values()].find((r) => r.status === 'pending');
    expect(deferred).toMatchObject({
      attempts: 0,
      claimSeq: 1,
      lastError: { code: 'MAIL_DAILY_CAP_REACHED' },
    });
    expect(await retryOpen(deps)).toMatchObject({ sent: 0, deferred: 1 });
    clock.current = new Date('2026-11-17T01:00:00.000Z');
    expect(await retryOpen(deps)).toMatchObject({ sent: 1 });
    expect(sender.addresses()).toEqual(['a@x.vn', 'b@x.vn']);
  });

  it('a claim held by someone else is respected until its lease ends, then recovered once', async () => {
    const id = deliveryId({ kind: 'digest', campaignId: 'ls-2026', recipient: 'a@x.vn', period: '2026-W47' });
    const crashed = new MemoryDeliveryLog();
    deps.log = crashed;
    await crashed.ensure([
      {
        id,
        kind: 'digest',
        campaignId: 'ls-2026',
        recipient: 'a@x.vn',
        period: '2026-W47',
        contentId: 'c',
        recipientName: '',
        status: 'pending',
        claimSeq: 0,
        attempts: 0,
        createdAt: '',
        expiresAt: '2026-11-22T00:00:00.000Z',
        updatedAt: '',
      },
    ]);
    await crashed.saveContent({
      id: 'c',
      kind: 'digest',
      campaignId: 'ls-2026',
      subject: 's',
      html: 'h',
      text: 't',
    });
    await crashed.claim(id, { seq: 1, token: 'dead-instance', claimedAt: clock.now().toISOString() });
    expect(await retryOpen(deps)).toMatchObject({ sent: 0, skipped: 1 });
    clock.advanceMinutes(16);
    expect(await retryOpen(deps)).toMatchObject({ sent: 1 });
    expect(crashed.records.get(id)).toMatchObject({ status: 'sent', claimSeq: 2, attempts: 2 });
    expect(await retryOpen(deps)).toMatchObject({ sent: 0 });
    expect(sender.sent).toHaveLength(1);
  });

  it('a stale delivery past its expiry is marked expired instead of sent', async () => {
    sender.failWith = 'MAIL_UNAVAILABLE';
    await deliver(deps, [dispatch(['a@x.vn'], { kind: 'reminder', expiresAt: '2026-11-17T00:00:00.000Z' })]);
    sender.failWith = null;
    clock.current = new Date('2026-11-18T00:00:00.000Z');
    expect(await retryOpen(deps)).toMatchObject({ expired: 1, sent: 0 });
    expect([...log.records.values()][0]?.status).toBe('expired');
    expect(sender.sent).toHaveLength(0);
  });

  it('racing callers on the same dispatch send one message per recipient', async () => {
    const reports = await Promise.all([1, 2, 3].map(() => deliver(deps, [dispatch(['a@x.vn', 'b@x.vn'])])));
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(sender.addresses().sort()).toEqual(['a@x.vn', 'b@x.vn']);
  });

  it('uses the same Message-ID when a group is retried', async () => {
    sender.failWith = 'MAIL_UNAVAILABLE';
    await deliver(deps, [dispatch(['a@x.vn'])]);
    sender.failWith = null;
    await retryOpen(deps);
    expect(sender.attempted).toHaveLength(2);
    expect(sender.attempted[0]?.messageId).toMatch(/^<[0-9a-f]{32}@langson\.gov\.vn>$/);
    expect(sender.attempted[1]?.messageId).toBe(sender.attempted[0]?.messageId);
  });
});
