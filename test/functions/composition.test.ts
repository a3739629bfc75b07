// The composition root: lazily loaded adapters, the mail wiring and the commit notifier.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildServices,
  lazyMailSender,
  lazyVerifier,
  parseMailSettings,
  type Services,
} from '../../functions/composition';
import { parseConfig } from '../../functions/config';
import { startSmtpSink } from './adapters/mail/support/smtp-sink';

let s: Services;
let outbox: string;
const LOCAL = { AUTH_MODE: 'dev', FIRESTORE_EMULATOR_HOST: '127.0.0.1:9' } as const;

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'tonvinh-compose-'));
  const mailConfig = parseMailSettings({
    MAIL_OUTBOX_DIR: outbox,
    REMINDER_OFFSETS: '1,10',
    MAIL_DAILY_CAP: '50',
  });
  s = buildServices(parseConfig(LOCAL), { mailConfig });
});

afterAll(async () => {
  await s.db.terminate();
  await rm(outbox, { recursive: true, force: true });
});

describe('mail composition', () => {
  it('refuses bad mail settings with MAIL_CONFIG_INVALID naming the keys', () => {
    expect(() => parseMailSettings({ MAIL_TRANSPORT: 'smtp', MAIL_MAX_RECIPIENTS: '500' })).toThrow(
      expect.objectContaining({
        code: 'MAIL_CONFIG_INVALID',
        detail: expect.stringMatching(/MAIL_MAX_RECIPIENTS.*SMTP_HOST|SMTP_HOST.*MAIL_MAX_RECIPIENTS/),
        message: 'Cấu hình gửi thư không hợp lệ.',
      }),
    );
  });

  it('builds the mail services once per Services instance, from the settings it was given', () => {
    const first = s.mail();
    expect(s.mail()).toBe(first);
    expect(first.mail.sender.transport).toBe('outbox');
    expect(first.mail.settings).toEqual({
      dailyCap: 50,
      maxRecipients: 100,
      maxAttempts: 8,
      claimLeaseMinutes: 15,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(first.schedule.schedule.reminderOffsets).toEqual([10, 1]);
    expect(first.schedule.schedule.source).toBe(first.source);
    expect(first.receipt.directory).toBe(first.source);
  });

  it('writes through the configured outbox folder', async () => {
    const { mail } = s.mail();
    await mail.sender.send({
      to: [{ address: 'a@langson.example' }],
      subject: 'Thử',
      html: '<p>Thử</p>',
      text: 'Thử',
    });
    expect((await readdir(outbox)).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });
});

describe('lazyMailSender', () => {
  it('names its transport and sender before loading, then sends through the configured transport (real SMTP)', async () => {
    const sink = await startSmtpSink();
    try {
      const config = parseMailSettings({
        MAIL_TRANSPORT: 'smtp',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(sink.port),
        MAIL_FROM: 'thidua@langson.example',
      });
      const sender = lazyMailSender(config);
      expect([sender.transport, sender.sender]).toEqual(['smtp', 'thidua@langson.example']);
      const to = [{ address: 'so-y-te@langson.example' }];
      await sender.send({ to, subject: 'Biên nhận lần 1', html: '<p>1</p>', text: '1' });
      await sender.send({ to, subject: 'Biên nhận lần 2', html: '<p>2</p>', text: '2' });
      expect(sink.received.map((m) => m.parsed.subject)).toEqual(['Biên nhận lần 1', 'Biên nhận lần 2']);
    } finally {
      await sink.close();
    }
  });
});

describe('the commit notifier', () => {
  it('log a bad mail setting instead of failing the request', async () => {
    const lines: string[] = [];
    const log = (m: string, f?: object) => void lines.push(`${m} ${JSON.stringify(f)}`);
    const other = buildServices(parseConfig(LOCAL), {
      logger: { debug: log, info: log, warn: log, error: log },
    });
    const saved = process.env.MAIL_TRANSPORT;
    process.env.MAIL_TRANSPORT = 'pigeon';
    try {
      const request = {
        campaignId: 'c-1',
        unitId: 'u-1',
        kind: 'individual' as const,
        grid: { header: ['Họ và tên'], rows: [], firstRow: 2 },
        submissionKey: 'key-0000000001',
      };
      const result = {
        version: 1,
        versionId: 'v',
        status: 'clean' as const,
        summary: { rows: 0, validRows: 0, errorRows: 0, errors: 0, warnings: 0 },
        issues: [],
        replayed: false,
        submittedAt: '2026-11-20T00:00:00.000Z',
        late: false,
      };
      await expect(other.notifier.submitted({ request, result })).resolves.toBeUndefined();
      const principal = { email: 'board@langson.example', role: 'board' as const, unitIds: [] };
      const consolidated = { campaignId: 'c-1', masterVersion: 1, principal, writeSheet: false };
      await expect(
        other.notifier.consolidated({ ...consolidated, notifyUnits: true }),
      ).resolves.toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.MAIL_TRANSPORT;
      else process.env.MAIL_TRANSPORT = saved;
      await other.db.terminate();
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^receipt not sent .*"code":"MAIL_CONFIG_INVALID".*MAIL_TRANSPORT/);
    expect(lines[1]).toMatch(/^unit summaries not sent .*MAIL_CONFIG_INVALID/);
  });
});

describe('lazyVerifier', () => {
  it('in dev mode refuses every ID token with UNAUTHENTICATED, on every call', async () => {
    const verifier = lazyVerifier({ authMode: 'dev', audiences: [] });
    await expect(verifier.verify('a.b.c')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await expect(verifier.verify('a.b.c')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('is the verifier buildServices installs', async () => {
    const s = buildServices(parseConfig({ AUTH_MODE: 'dev', FIRESTORE_EMULATOR_HOST: '127.0.0.1:9' }));
    try {
      await expect(s.verifier.verify('x.y.z')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await s.db.terminate();
    }
  });
});
