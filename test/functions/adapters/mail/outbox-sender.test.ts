import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxSender, emlFileName } from '../../../../functions/adapters/mail/outbox-sender';
import { renderReminder } from '../../../../functions/app/mail/templates/reminder';
import { reminderView } from '../../app/mail/support/views';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('outbox sender', () => {
  it('writes one .eml per message that parses back to the same Vietnamese message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    dirs.push(dir);
    const outbox = createOutboxSender({
      dir: join(dir, 'nested'),
      from: { name: 'Ban Thi đua', address: 'thidua@langson.gov.vn' },
      now: () => new Date('2026-12-12T00:30:00.000Z'),
    });
    const content = renderReminder(reminderView());
    const sent = await outbox.send({
      ...content,
      to: [{ name: 'UBND xã Bắc Sơn', address: 'bacson@langson.gov.vn' }],
      messageId: '<r1@langson.gov.vn>',
    });
    const files = await readdir(join(dir, 'nested'));
    expect(files).toEqual(['20261212T003000Z-r1@langson.gov.vn.eml']);
    const parsed = await simpleParser(await readFile(join(dir, 'nested', files[0] ?? '')));
    expect(parsed.subject).toBe(content.subject);
    expect(parsed.subject).toBe(
      'Nhắc hạn nộp danh sách – UBND xã Bắc Sơn – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI (còn 3 ngày (hạn 15/12/2026))',
    );
    expect(sent.messageId).toBe('<r1@langson.gov.vn>');
  });

  it('reports a folder it cannot write as MAIL_OUTBOX_WRITE_FAILED', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    dirs.push(dir);
    await writeFile(join(dir, 'file'), 'not a folder');
    const outbox = createOutboxSender({ dir: join(dir, 'file', 'sub'), from: { address: 'a@b.vn' } });
    await expect(
      outbox.send({ subject: 'x', html: 'x', text: 'x', to: [{ address: 'c@d.vn' }] }),
    ).rejects.toMatchObject({
      code: 'MAIL_OUTBOX_WRITE_FAILED',
      retryable: true,
    });
  });

  it('names files safely', () => {
    expect(emlFileName(new Date('2026-01-02T03:04:05.678Z'), '<a/b c@x.vn>')).toBe(
      '20260102T030405Z-a_b_c@x.vn.eml',
    );
  });
});
