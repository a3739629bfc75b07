// noticeComments (board only): the public comments sent on the campaign's notice page, newest first. The salted
// client hash stays in storage (it only serves the daily cap).
import type { NoticeCommentsRequest, NoticeCommentsResponse } from '../../../shared/api/public-notice';
import { requireBoard } from '../campaigns/access';
import type { NoticeCommentRepository, Principal } from '../ports';

export interface NoticeCommentsDeps {
  comments: Pick<NoticeCommentRepository, 'listComments'>;
}

export async function noticeComments(
  request: NoticeCommentsRequest,
  principal: Principal,
  deps: NoticeCommentsDeps,
): Promise<NoticeCommentsResponse> {
  requireBoard(principal);
  const stored = await deps.comments.listComments(request.campaignId);
  const comments = stored.map(({ clientHash: _hash, ...comment }) => comment);
  return { campaignId: request.campaignId, comments };
}
