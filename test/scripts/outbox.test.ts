import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxSender } from '../../functions/adapters/mail/outbox-sender';
import { formatOutbox, listOutbox } from '../../scripts/outbox';

let dir: string;
const from = { name: 'Ban Thi đua – Khen thưởng', address: 'thidua@langson.example' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonvinh-outbox-script-'));
  for (const [i, subject] of [
    'Biên nhận phiên bản 1',
    'Bản tin tuần 2026-W48',
    'Nhắc hạn nộp danh sách',
  ].entries()) {
    const sender = createOutboxSender({ dir, from, now: () => new Date(Date.UTC(2026, 10, 20, 3, i)) });
    await sender.send({
      to: [{ address: `u${i}@langson.example` }, { name: 'Văn thư', address: 'vanthu@langson.example' }],
      subject,
      html: '<p>x</p>',
      text: 'x',
    });
  }
  await writeFile(join(dir, 'notes.txt'), 'not a message');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scripts/outbox', () => {
  it('lists the newest messages first with decoded Vietnamese subjects and every recipient', async () => {
    const entries = await listOutbox(dir, 2);
    expect(entries.map((e) => [e.subject, e.to])).toEqual([
      ['Nhắc hạn nộp danh sách', ['u2@langson.example', 'vanthu@langson.example']],
      ['Bản tin tuần 2026-W48', ['u1@langson.example', 'vanthu@langson.example']],
    ]);
    expect(entries[0]?.file).toMatch(/^20261120T030200Z-.*\.eml$/);
  });

  it('answers an empty list for a missing folder and says so in Vietnamese', async () => {
    expect(await listOutbox(join(dir, 'khong-co'))).toEqual([]);
    expect(formatOutbox([], 'x')).toBe('Hộp thư đi x: chưa có thư nào.');
    const text = formatOutbox(await listOutbox(dir), dir);
    expect(text.split('\n')).toHaveLength(7);
    expect(text).toContain(join(dir, (await listOutbox(dir))[0]?.file ?? 'none'));
    expect(text).toContain('u0@langson.example, vanthu@langson.example  Biên nhận phiên bản 1');
  });
});
