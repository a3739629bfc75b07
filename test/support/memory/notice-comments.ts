// In-memory NoticeCommentRepository for use-case tests; checked by the same contract suite as the Firestore adapter
// (test/support/contracts/notice-comments.ts).
import { newestFirst } from '../../../functions/adapters/firestore/notice-comments';
import type { NoticeCommentRepository } from '../../../functions/app/ports';
import type { NoticeComment } from '../../../shared/api/public-notice';

export class MemoryNoticeComments implements NoticeCommentRepository {
  readonly comments: NoticeComment[] = [];

  async addComment(comment: NoticeComment) {
    const key = (c: NoticeComment) => `${c.campaignId}/${c.commentId}`;
    if (this.comments.some((c) => key(c) === key(comment))) return;
    this.comments.push(structuredClone(comment));
  }
  async countComments(campaignId: string, clientHash: string, day: string) {
    return this.comments.filter(
      (c) => c.campaignId === campaignId && c.clientHash === clientHash && c.day === day,
    ).length;
  }
  async listComments(campaignId: string) {
    return this.comments
      .filter((c) => c.campaignId === campaignId)
      .map((c) => structuredClone(c))
      .sort(newestFirst);
  }
}
