// What the mail schedules and notifications read, over Firestore: open campaigns with their local deadline and the
// board's addresses; every current unit's state (from the latest committed list of each kind: the individual and
// the collective list are separate versions) with its contacts' addresses; the digest input from those states and
// the latest master version.
// Members are granted per campaign (campaignMembers/{campaignId}|{email}: role, unitIds, active); a campaign's
// members are listed with one equality query on `campaignId` and filtered in memory (the embedded emulator has no
// `== null`, no collectionGroup and no cursors).
import type { Firestore } from 'firebase-admin/firestore';
import { campaignRecordSchema } from '../../../shared/api/admin-campaign';
import { AppError } from '../../app/errors';
import { masterDigest, type SubmittedTotals } from '../../app/mail/digest-input';
import type { DigestInput, SheetIssue, UnitStatusInput } from '../../app/mail/map-views';
import { isoWeek, localDate } from '../../app/mail/period';
import type {
  CampaignMailInfo,
  MailAddress,
  MailDataSource,
  MailDirectory,
  MasterSource,
  UnitStatusWithContacts,
} from '../../app/mail/ports';
import { KIND_LABELS } from '../../app/outputs/labels';
import type {
  CampaignRecord,
  CampaignRepository,
  CommitRecord,
  MemberRecord,
  MemberRepository,
  SubmissionRepository,
  UnitRecord,
} from '../../app/ports';
import { lastSubmittedAt, latestByKind, latestLists, newestOf } from '../../app/submissions/latest-by-kind';
import { call } from './errors';
import { parseData } from './parse';

export interface MailDataSourceDeps {
  db: Firestore;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  /** Campaign members: the board's and the units' addresses. */
  members: Pick<MemberRepository, 'listCampaignMembers'>;
  /** The latest master version; absent until consolidation is wired (the digest then shows submissions only). */
  masters?: MasterSource;
}

interface UnitState {
  unit: UnitRecord;
  commits: CommitRecord[];
}

export class FirestoreMailDataSource implements MailDataSource, MailDirectory {
  constructor(private readonly deps: MailDataSourceDeps) {}

  async activeCampaigns(): Promise<CampaignMailInfo[]> {
    const query = this.deps.db.collection('campaigns').where('open', '==', true);
    const snapshot = await call('list open campaigns', () => query.get());
    const campaigns = snapshot.docs.map((d) => parseData(campaignRecordSchema, d.data(), d.ref.path));
    const sorted = campaigns.sort((a, b) => a.id.localeCompare(b.id));
    return Promise.all(sorted.map(async (c) => campaignInfo(c, await this.board(c.id))));
  }

  async campaign(campaignId: string): Promise<CampaignMailInfo | null> {
    const campaign = await this.deps.campaigns.getCampaign(campaignId);
    return campaign ? campaignInfo(campaign, await this.board(campaignId)) : null;
  }

  async unitContacts(campaignId: string, unitId: string): Promise<MailAddress[]> {
    return contactsOf(await this.members(campaignId), unitId);
  }

  async unitStatuses(campaignId: string): Promise<UnitStatusWithContacts[]> {
    const [states, members] = await Promise.all([this.unitStates(campaignId), this.members(campaignId)]);
    return Promise.all(
      states.map(async (s) => ({
        ...statusOf(s),
        ...(await this.latestIssues(campaignId, s)),
        contacts: contactsOf(members, s.unit.id),
      })),
    );
  }

  async digestInput(campaignId: string, today: string): Promise<DigestInput> {
    const record = await this.deps.campaigns.getCampaign(campaignId);
    if (!record) throw new AppError('CAMPAIGN_NOT_FOUND', `campaign ${campaignId}`);
    const campaign = campaignInfo(record, []);
    const [states, master] = await Promise.all([
      this.unitStates(campaignId),
      this.deps.masters?.latest(campaignId) ?? Promise.resolve(null),
    ]);
    return {
      campaignName: campaign.campaignName,
      week: isoWeek(today),
      deadline: campaign.deadline,
      units: states.map(statusOf),
      ...masterDigest(master, submittedTotals(states)),
    };
  }

  private async unitStates(campaignId: string): Promise<UnitState[]> {
    const units = (await this.deps.campaigns.listUnits(campaignId)).filter((u) => u.status === 'current');
    return Promise.all(
      units.map(async (unit) => ({
        unit,
        commits: await this.deps.submissions.listCommits(campaignId, unit.id),
      })),
    );
  }

  /**
   * The cell issues (sheet-level and per row) of the latest list of each kind that has errors, each issue naming its
   * sheet; clean lists are not read.
   */
  private async latestIssues(campaignId: string, { unit, commits }: UnitState) {
    const withErrors = latestLists(latestByKind(commits)).filter((c) => c.summary.errors > 0);
    if (withErrors.length === 0) return {};
    const lists = await Promise.all(withErrors.map((c) => this.listIssues(campaignId, unit.id, c)));
    return { issues: lists.flat() };
  }

  private async listIssues(campaignId: string, unitId: string, commit: CommitRecord): Promise<SheetIssue[]> {
    const { submissions } = this.deps;
    const [header, rows] = await Promise.all([
      submissions.getHeader(campaignId, unitId, commit.versionId),
      submissions.readRows(campaignId, unitId, commit.versionId),
    ]);
    const sheetName = header?.grid.sheetName || KIND_LABELS[commit.kind];
    return [...(header?.sheetIssues ?? []), ...rows.flatMap((r) => r.issues)].map((i) => ({
      ...i,
      sheetName,
    }));
  }

  private async board(campaignId: string): Promise<MailAddress[]> {
    return (await this.members(campaignId))
      .filter((m) => m.role === 'board')
      .map((m) => ({ address: m.email }));
  }

  /** The campaign's active members, by address. */
  private async members(campaignId: string): Promise<MemberRecord[]> {
    return (await this.deps.members.listCampaignMembers(campaignId)).filter((m) => m.active);
  }
}

function campaignInfo(c: CampaignRecord, board: MailAddress[]): CampaignMailInfo {
  const deadline = localDate(new Date(c.deadline), c.timeZone);
  return { campaignId: c.id, campaignName: c.title, deadline, board };
}

function contactsOf(members: MemberRecord[], unitId: string): MailAddress[] {
  return members
    .filter((m) => m.role === 'unit' && m.unitIds.includes(unitId))
    .map((m) => ({ address: m.email }));
}

/** The unit's state from the latest list of each kind: newest version, errors summed, on-time instants. */
function statusOf({ unit, commits }: UnitState): UnitStatusInput {
  const latest = latestByKind(commits);
  const first = commits[0]?.submittedAt;
  const last = lastSubmittedAt(latest);
  return {
    unitId: unit.id,
    unitName: unit.name,
    version: newestOf(latest)?.version ?? 0,
    errors: latestLists(latest).reduce((n, c) => n + c.summary.errors, 0),
    ...(first ? { firstSubmittedAt: first } : {}),
    ...(last ? { lastSubmittedAt: last } : {}),
  };
}

/** Valid rows of every unit's latest list of each kind, by kind. */
function submittedTotals(states: UnitState[]): SubmittedTotals {
  const latest = states.flatMap((s) => latestLists(latestByKind(s.commits)));
  const rows = (kind: CommitRecord['kind']) =>
    latest.filter((c) => c.kind === kind).reduce((n, c) => n + c.summary.validRows, 0);
  return { individuals: rows('individual'), collectives: rows('collective') };
}
