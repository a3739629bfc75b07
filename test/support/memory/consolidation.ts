// In-memory RunRepository, ReviewRepository and AwardHistoryRepository for use-case tests; checked by the same
// contract suites as the Firestore adapters (test/support/contracts/runs.ts, reviews.ts, award-history.ts).
import type {
  AwardDecisionWrite,
  AwardHistoryRecord,
  AwardHistoryRepository,
  NomineeReview,
  ReviewLogEntry,
  ReviewRepository,
  RunRecord,
  RunRepository,
  StoredDuplicateDecision,
} from '../../../functions/app/ports';

const copy = structuredClone;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class MemoryRuns implements RunRepository {
  readonly runs = new Map<string, RunRecord>();

  async getRun(campaignId: string, runId: string) {
    const found = this.runs.get(`${campaignId}/${runId}`);
    return found ? copy(found) : null;
  }
  async saveRun(run: RunRecord) {
    this.runs.set(`${run.campaignId}/${run.runId}`, copy(run));
  }
}

class CampaignReviews {
  readonly decisions = new Map<string, StoredDuplicateDecision>();
  readonly reviews = new Map<string, NomineeReview>();
  readonly log: ReviewLogEntry[] = [];
}

export class MemoryReviews implements ReviewRepository {
  private readonly campaigns = new Map<string, CampaignReviews>();
  /** Where saveAwardDecisions records the awards (pass the world's award history to share it). */
  constructor(readonly awardHistory: AwardHistoryRepository = new MemoryAwardHistory()) {}

  of(campaignId: string): CampaignReviews {
    const found = this.campaigns.get(campaignId) ?? new CampaignReviews();
    this.campaigns.set(campaignId, found);
    return found;
  }
  async listDuplicateDecisions(campaignId: string) {
    const list = [...this.of(campaignId).decisions.values()].map((x) => copy(x));
    return list.sort((a, b) => byId(a.decisionId, b.decisionId));
  }
  async saveDuplicateDecision(campaignId: string, decision: StoredDuplicateDecision) {
    this.of(campaignId).decisions.set(decision.decisionId, copy(decision));
  }
  async listNomineeReviews(campaignId: string) {
    const list = [...this.of(campaignId).reviews.values()].map((x) => copy(x));
    return list.sort((a, b) => byId(a.nomineeId, b.nomineeId));
  }
  async nomineeReviewsOf(campaignId: string, nomineeIds: string[]) {
    const reviews = this.of(campaignId).reviews;
    return nomineeIds.flatMap((id) => {
      const review = reviews.get(id);
      return review ? [copy(review)] : [];
    });
  }
  async saveNomineeReview(campaignId: string, review: NomineeReview) {
    this.of(campaignId).reviews.set(review.nomineeId, copy(review));
  }
  async saveNomineeReviews(campaignId: string, items: Array<{ review: NomineeReview; log: ReviewLogEntry }>) {
    for (const { review, log } of items) {
      await this.saveNomineeReview(campaignId, review);
      await this.log(campaignId, log);
    }
  }
  async saveAwardDecisions(campaignId: string, items: AwardDecisionWrite[]) {
    for (const { review, log, award } of items) {
      await this.saveNomineeReview(campaignId, review);
      await this.log(campaignId, log);
      if (award) await this.awardHistory.record(award);
    }
  }
  async log(campaignId: string, entry: ReviewLogEntry) {
    this.of(campaignId).log.push(copy(entry));
  }
  async listLog(campaignId: string) {
    return this.of(campaignId)
      .log.map((x) => copy(x))
      .sort((a, b) => byId(a.at, b.at));
  }
}

export class MemoryAwardHistory implements AwardHistoryRepository {
  readonly records = new Map<string, AwardHistoryRecord>();

  async record(entry: AwardHistoryRecord) {
    if (this.records.has(entry.id)) return false;
    this.records.set(entry.id, copy(entry));
    return true;
  }
  async findByKeys(nomineeKeys: string[]) {
    const keys = new Set(nomineeKeys);
    const found = [...this.records.values()].filter((r) => keys.has(r.nomineeKey)).map((x) => copy(x));
    return found.sort((a, b) => byId(a.id, b.id));
  }
}
