// After a public comment is stored: one mail to the campaign's board, keyed by the comment id (the delivery log
// makes a repeat a no-op). A failure is logged and never fails the comment: the board also reads noticeComments.
import type { NoticeComment } from '../../../shared/api/public-notice';
import { type DeliveryReport, deliver, type MailDeps } from '../mail/deliver';
import type { MailDirectory } from '../mail/ports';
import { errorFields } from '../mail/receipt-hook';
import { renderNoticeComment } from '../mail/templates/notice-comment';
import type { Logger } from '../ports';

const KEEP_TRYING_MS = 3 * 86_400_000;

export interface CommentMailDeps {
  mail: MailDeps;
  directory: Pick<MailDirectory, 'campaign'>;
  logger: Logger;
}

/** Mails the comment to the board; null when the campaign has no board address, or on failure (logged). */
export async function mailComment(
  deps: CommentMailDeps,
  comment: NoticeComment,
  timeZone: string,
): Promise<DeliveryReport | null> {
  try {
    const campaign = await deps.directory.campaign(comment.campaignId);
    if (!campaign || campaign.board.length === 0) return null;
    const { nomineeName, name, contact, text, receivedAt } = comment;
    const content = renderNoticeComment({
      campaignName: campaign.campaignName,
      text,
      receivedAt,
      timeZone,
      ...(nomineeName === undefined ? {} : { nomineeName }),
      ...(name === undefined ? {} : { name }),
      ...(contact === undefined ? {} : { contact }),
    });
    const expiresAt = new Date(deps.mail.clock.now().getTime() + KEEP_TRYING_MS).toISOString();
    return await deliver(deps.mail, [
      {
        kind: 'noticeComment',
        campaignId: comment.campaignId,
        period: comment.commentId,
        recipients: campaign.board,
        content,
        expiresAt,
      },
    ]);
  } catch (error) {
    deps.logger.error('notice comment mail not sent', {
      campaignId: comment.campaignId,
      ...errorFields(error),
    });
    return null;
  }
}
