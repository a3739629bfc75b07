// Public comments on a campaign's notice: campaigns/{campaignId}/noticeComments/{commentId}, one small document each,
// created once (append-only). The daily cap counts a client's documents of one day (two equality filters, served by
// the single-field indexes; an aggregation query, no document read).
import type { Firestore } from 'firebase-admin/firestore';
import { type NoticeComment, noticeCommentSchema } from '../../../shared/api/public-notice';
import type { NoticeCommentRepository } from '../../app/ports';
import { call, createOnce } from './errors';
import { parseData } from './parse';
import { campaignDoc } from './paths';

export class FirestoreNoticeComments implements NoticeCommentRepository {
  constructor(private readonly db: Firestore) {}

  private col(campaignId: string) {
    return campaignDoc(this.db, campaignId).collection('noticeComments');
  }

  async addComment(comment: NoticeComment): Promise<void> {
    await createOnce('add notice comment', () =>
      this.col(comment.campaignId).doc(comment.commentId).create(comment),
    );
  }

  async countComments(campaignId: string, clientHash: string, day: string): Promise<number> {
    const query = this.col(campaignId).where('clientHash', '==', clientHash).where('day', '==', day);
    const snapshot = await call('count notice comments', () => query.count().get());
    return snapshot.data().count;
  }

  async listComments(campaignId: string): Promise<NoticeComment[]> {
    const snapshot = await call('list notice comments', () => this.col(campaignId).get());
    const comments = snapshot.docs.map((doc) => parseData(noticeCommentSchema, doc.data(), doc.ref.path));
    return comments.sort(newestFirst);
  }
}

export function newestFirst(a: NoticeComment, b: NoticeComment): number {
  return b.receivedAt.localeCompare(a.receivedAt) || b.commentId.localeCompare(a.commentId);
}
