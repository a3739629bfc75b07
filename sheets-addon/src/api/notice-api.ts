// The board's public-notice calls: the campaign's notice settings (adminCampaign with only the campaign id, which
// changes nothing and answers the stored campaign) and noticeComments (the comments sent on the public page).
import { z } from 'zod';
import {
  type NoticeCommentsResponse,
  noticeCommentsResponseSchema,
  type PublicNoticeConfig,
  publicNoticeSchema,
} from '../../../shared/api/public-notice';
import type { Connection } from '../core/connection';
import { parseAnswer } from './parse';
import { postJson } from './transport';

export const NOTICE_FUNCTIONS = { adminCampaign: 'adminCampaign', noticeComments: 'noticeComments' } as const;

const campaignNoticeSchema = z.object({
  campaign: z.object({ title: z.string(), publicNotice: publicNoticeSchema.optional() }),
});

export interface CampaignNotice {
  title: string;
  notice?: PublicNoticeConfig;
}

export function campaignNotice(connection: Connection): CampaignNotice {
  const body = postJson(connection, NOTICE_FUNCTIONS.adminCampaign, { campaignId: connection.campaignId });
  const { campaign } = parseAnswer(campaignNoticeSchema, body);
  return campaign.publicNotice
    ? { title: campaign.title, notice: campaign.publicNotice }
    : { title: campaign.title };
}

export function noticeComments(connection: Connection): NoticeCommentsResponse {
  const body = postJson(connection, NOTICE_FUNCTIONS.noticeComments, { campaignId: connection.campaignId });
  return parseAnswer(noticeCommentsResponseSchema, body);
}
