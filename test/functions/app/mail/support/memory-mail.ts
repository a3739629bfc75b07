// Hand-written fakes for the pure mail use-case tests: a recording MailSender that can be told to fail (and that
// fails the test when a message carries a full CCCD) and a settable clock. The in-memory DeliveryLog is
// test/support/memory/delivery-log.ts (re-exported here).
import { AppError } from '../../../../../functions/app/errors';
import type { MailSender, OutgoingMail, SentMail } from '../../../../../functions/app/mail/ports';
import type { MailErrorCode } from '../../../../../shared/api/errors';
import { scanOutward } from '../../../../support/outward-scan';

export { MemoryDeliveryLog } from '../../../../support/memory/delivery-log';

export class RecordingSender implements MailSender {
  readonly transport = 'outbox' as const;
  readonly sent: OutgoingMail[] = [];
  /** Every message handed over, including those that then failed. */
  readonly attempted: OutgoingMail[] = [];
  failWith: MailErrorCode | null = null;
  rejectAddresses: string[] = [];
  constructor(readonly sender = 'thidua@langson.gov.vn') {}

  async send(message: OutgoingMail): Promise<SentMail> {
    for (const part of [message.subject, message.html, message.text]) scanOutward('mail', part);
    this.attempted.push(message);
    if (this.failWith) throw new AppError(this.failWith, 'test');
    this.sent.push(message);
    const rejected = message.to.map((t) => t.address).filter((a) => this.rejectAddresses.includes(a));
    return { messageId: message.messageId ?? '<none>', ...(rejected.length > 0 ? { rejected } : {}) };
  }

  /** Every (address) a message went to, one entry per delivery. */
  addresses(): string[] {
    return this.sent.flatMap((m) => m.to.map((t) => t.address));
  }
}

export class TestClock {
  constructor(public current = new Date('2026-11-16T00:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
