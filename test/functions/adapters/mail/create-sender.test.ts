import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMailSender } from '../../../../functions/adapters/mail/create-sender';
import { parseMailConfig } from '../../../../functions/app/mail/config';

describe('loadMailSender', () => {
  it('gives the configured transport: the outbox writes a real .eml with the Vietnamese subject', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonvinh-sender-'));
    const sender = await loadMailSender(
      parseMailConfig({ MAIL_OUTBOX_DIR: dir, MAIL_FROM: 'thidua@langson.example' }),
    );
    expect([sender.transport, sender.sender]).toEqual(['outbox', 'thidua@langson.example']);
    await sender.send({
      to: [{ address: 'so-noi-vu@langson.example' }],
      subject: 'Biên nhận phiên bản 1 – Sở Nội vụ',
      html: '<p>Đã nhận</p>',
      text: 'Đã nhận',
    });
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(await readFile(join(dir, files[0] ?? ''), 'utf8')).toContain('To: so-noi-vu@langson.example');
  });

  it('gives the SMTP and Gmail adapters for their transports', async () => {
    const smtp = await loadMailSender(parseMailConfig({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1' }));
    expect(smtp.transport).toBe('smtp');
    const gmail = await loadMailSender(
      parseMailConfig({
        MAIL_TRANSPORT: 'gmail',
        GMAIL_MODE: 'account',
        GMAIL_OAUTH_CLIENT_ID: 'id',
        GMAIL_OAUTH_CLIENT_SECRET: 'secret',
        GMAIL_REFRESH_TOKEN: 'token',
      }),
    );
    expect(gmail.transport).toBe('gmail');
  });
});
