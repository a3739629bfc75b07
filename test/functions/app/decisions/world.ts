// A campaign with a stored master version in memory, for the decision use-case tests: the board approves entries
// through reviewNominees (the real path), then drafts, records and prints.
import type { Principal } from '../../../../functions/app/ports';
import { reviewNominees } from '../../../../functions/app/review/review-nominees';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import type { NomineeReviewState } from '../../../../shared/api/master-entries';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryAwardHistory, MemoryReviews } from '../../../support/memory/consolidation';
import { MemoryMasters } from '../../../support/memory/masters';

export const BOARD: Principal = { email: 'bantdkt@langson.example', role: 'board', unitIds: [] };
export const UNIT_USER: Principal = { email: 'soyte@langson.example', role: 'unit', unitIds: ['so-y-te'] };

export function decisionWorld() {
  const master = sampleMaster({ version: 2, individuals: 12, collectives: 4 });
  const masters = new MemoryMasters();
  masters.add(master);
  const campaign = campaignRecordSchema.parse({
    id: master.campaignId,
    title: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn lần thứ VI',
    eventKind: 'khac',
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    issuingBody: {
      issuer: ['UBND TỈNH LẠNG SƠN', 'BAN THI ĐUA – KHEN THƯỞNG'],
      place: 'Lạng Sơn',
      signer: { titles: ['TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
    },
  });
  const awardHistory = new MemoryAwardHistory();
  const reviews = new MemoryReviews(awardHistory);
  const accessLog = new MemoryAccessLog();
  const deps = {
    campaigns: memoryCampaigns(campaign, []),
    masters,
    reviews,
    awardHistory,
    accessLog,
    clock: { now: () => new Date('2026-09-20T02:00:00Z') },
    requestId: 'req-1',
  };
  const review = async (nomineeIds: string[], state: NomineeReviewState) => {
    await reviewNominees(
      { campaignId: campaign.id, reviews: nomineeIds.map((nomineeId) => ({ nomineeId, state })) },
      BOARD,
      deps,
    );
  };
  return { master, campaign, deps, reviews, awardHistory, accessLog, review, campaignId: campaign.id };
}
