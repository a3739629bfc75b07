// The board's mail about a public comment: to the board's addresses, keyed by the comment (a repeat sends nothing),
// every visitor value escaped, the subject on one line; a failure is logged, never thrown.
import { beforeEach, describe, expect, it } from 'vitest';
import { mailComment } from '../../../../functions/app/notice/comment-mail';
import type { NoticeComment } from '../../../../shared/api/public-notice';
import { CAMPAIGN, LogBook, MemoryDirectory, memoryMail } from '../mail/support/hook-deps';

const EVIL = `<script>alert(1)</script> "Bình" & 'An'\r\nBcc: x@evil.example`;

const comment = (over: Partial<NoticeComment> = {}): NoticeComment => ({
  commentId: 'c-1',
  campaignId: CAMPAIGN.campaignId,
  receivedAt: '2026-12-05T02:00:00.000Z',
  day: '2026-12-05',
  clientHash: 'h',
  text: `Dòng một\n${EVIL}`,
  name: EVIL,
  contact: '0912 345 678',
  nomineeId: 'n-1',
  nomineeName: EVIL,
  ...over,
});

let mail: ReturnType<typeof memoryMail>;
let directory: MemoryDirectory;
let logger: LogBook;

beforeEach(() => {
  mail = memoryMail();
  directory = new MemoryDirectory();
  logger = new LogBook();
});

describe('mailComment', () => {
  it('sends one escaped mail to the board, once per comment', async () => {
    const report = await mailComment({ mail, directory, logger }, comment(), 'Asia/Ho_Chi_Minh');
    expect(report?.sent).toBe(1);
    expect(mail.sender.addresses()).toEqual(['bantdkt@langson.example']);
    const sent = mail.sender.sent[0];
    expect(sent?.subject).not.toMatch(/[\r\n]/);
    expect(sent?.subject).toContain('Ý kiến công khai về');
    expect(sent?.html).not.toContain('<script>');
    expect(sent?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;Bình&quot; &amp; &#39;An&#39;');
    expect(sent?.html).toContain('05/12/2026 09:00');
    expect(sent?.text).toContain('Người gửi: <script>alert(1)</script>');
    expect(sent?.text).toContain('liên hệ: 0912 345 678');
    await mailComment({ mail, directory, logger }, comment(), 'Asia/Ho_Chi_Minh');
    expect(mail.sender.sent).toHaveLength(1);
  });

  it('says "cả danh sách" and "không ghi tên" when the visitor left them out', async () => {
    const bare = comment({ commentId: 'c-2', text: 'Ngắn' });
    for (const key of ['name', 'contact', 'nomineeId', 'nomineeName'] as const) delete bare[key];
    await mailComment({ mail, directory, logger }, bare, 'Asia/Ho_Chi_Minh');
    expect(mail.sender.sent[0]?.subject).toContain('Ý kiến công khai về cả danh sách');
    expect(mail.sender.sent[0]?.text).toContain('Người gửi: Người gửi không ghi tên');
  });

  it('never mails a full CCCD a visitor typed (masked like every message)', async () => {
    await mailComment(
      { mail, directory, logger },
      comment({ commentId: 'c-3', text: 'CCCD của ông ấy là 020184001234' }),
      'Asia/Ho_Chi_Minh',
    );
    const sent = mail.sender.sent[0];
    for (const part of [sent?.subject, sent?.html, sent?.text]) expect(part).not.toContain('020184001234');
    expect(sent?.text).toMatch(/0201\*+34/);
  });

  it('logs a failure and answers null', async () => {
    directory.failWith = new Error('directory down');
    expect(await mailComment({ mail, directory, logger }, comment(), 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(logger.lines.map((l) => l.message)).toContain('notice comment mail not sent');
    expect(mail.sender.sent).toEqual([]);
  });
});
