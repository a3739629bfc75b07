// The contract of NoticeCommentRepository, run against the in-memory fake and the Firestore adapter.
import { expect, it } from 'vitest';
import type { NoticeCommentRepository } from '../../../functions/app/ports';
import type { NoticeComment } from '../../../shared/api/public-notice';
import { uniqueId } from './ids';

const comment = (campaignId: string, n: number, over: Partial<NoticeComment> = {}): NoticeComment => ({
  commentId: `c-${n}`,
  campaignId,
  receivedAt: `2026-12-0${n}T02:00:00.000Z`,
  day: `2026-12-0${n}`,
  clientHash: 'h-1',
  text: `Ý kiến <b>số</b> ${n} & "trích dẫn"`,
  ...over,
});

export function noticeCommentsContract(make: () => NoticeCommentRepository): void {
  it('stores comments per campaign, lists them newest first, keeps the first of a repeated id', async () => {
    const repo = make();
    const [a, b] = [uniqueId('notice-a'), uniqueId('notice-b')];
    const full = comment(a, 2, {
      name: 'Trần Thị Bình',
      contact: '0912 345 678',
      nomineeId: 'n-1',
      nomineeName: 'Nguyễn Văn An',
    });
    await repo.addComment(comment(a, 1));
    await repo.addComment(full);
    await repo.addComment({ ...full, text: 'thay thế?' });
    await repo.addComment(comment(b, 3));
    expect(await repo.listComments(a)).toEqual([full, comment(a, 1)]);
    expect((await repo.listComments(b)).map((c) => c.commentId)).toEqual(['c-3']);
    expect(await repo.listComments(uniqueId('notice-none'))).toEqual([]);
  });

  it('counts one client’s comments of one day in one campaign', async () => {
    const repo = make();
    const [a, b] = [uniqueId('notice-a'), uniqueId('notice-b')];
    await repo.addComment(comment(a, 1));
    await repo.addComment(comment(a, 1, { commentId: 'c-1b' }));
    await repo.addComment(comment(a, 1, { commentId: 'c-1c', clientHash: 'h-2' }));
    await repo.addComment(comment(a, 2));
    await repo.addComment(comment(b, 1));
    expect(await repo.countComments(a, 'h-1', '2026-12-01')).toBe(2);
    expect(await repo.countComments(a, 'h-2', '2026-12-01')).toBe(1);
    expect(await repo.countComments(a, 'h-1', '2026-12-02')).toBe(1);
    expect(await repo.countComments(a, 'h-3', '2026-12-01')).toBe(0);
    expect(await repo.countComments(b, 'h-1', '2026-12-01')).toBe(1);
  });
}
