// What the mail schedules and notifications read: open campaigns with their local deadline and the board's
// addresses; every current unit's state (from the latest committed list of each kind: the individual and the
// collective list are separate versions) with its contacts' addresses; the digest input from those states and the
// latest master version. Only active members receive mail.

import { localDate } from '../../../shared/text/dates';
import { AppError } from '../errors';
import { KIND_LABELS } from '../outputs/labels';
import type {
  CampaignRecord,
  CampaignRepository,
  CommitRecord,
  MemberRecord,
  MemberRepository,
  SubmissionRepository,
  UnitRecord,
} from '../ports';
import { lastSubmittedAt, latestByKind, latestLists, newestOf } from '../submissions/latest-by-kind';
import { masterDigest, type SubmittedTotals } from './digest-input';
import type { DigestInput, SheetIssue, UnitStatusInput } from './map-views';
import { isoWeek } from './period';
import type {
  CampaignMailInfo,
  MailAddress,
  MailDataSource,
  MailDirectory,
  MailReads,
  MasterSource,
  UnitStatusWithContacts,
} from './ports';

export interface MailDataDeps {
  reads: MailReads;
  /** Campaign members (roles are granted per campaign): the board's and the units' addresses. */
  members: Pick<MemberRepository, 'listCampaignMembers'>;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  /** The latest master version; absent until consolidation is wired (the digest then shows submissions only). */
  masters?: MasterSource;
}

interface UnitState {
  unit: UnitRecord;
  commits: CommitRecord[];
}

export class MailData implements MailDataSource, MailDirectory {
  constructor(private readonly deps: MailDataDeps) {}

  async activeCampaigns(): Promise<CampaignMailInfo[]> {
    const campaigns = await this.deps.reads.openCampaigns();
    return Promise.all(campaigns.map(async (c) => campaignInfo(c, await this.board(c.id))));
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
      deadlineAt: campaign.deadlineAt,
      units: states.map(statusOf),
      ...masterDigest(master, submittedTotals(states)),
    };
  }

  private async unitStates(campaignId: string): Promise<UnitState[]> {
    const units = (await this.deps.campaigns.listUnits(campaignId)).filter((u) => u.status === 'current');
    return Promise.all(
      units.map(async (unit) => ({
        unit,
        commits: await this.deps.submissions.unit(campaignId, unit.id).listCommits(),
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
    const stored = this.deps.submissions.unit(campaignId, unitId);
    const [header, rows] = await Promise.all([
      stored.getHeader(commit.versionId),
      stored.readRows(commit.versionId),
    ]);
    const sheetName = header?.grid.sheetName || KIND_LABELS[commit.kind];
    return [...(header?.sheetIssues ?? []), ...rows.flatMap((r) => r.issues)].map((i) => ({
      ...i,
      sheetName,
    }));
  }

  private async board(campaignId: string): Promise<MailAddress[]> {
    const members = await this.members(campaignId);
    return members.filter((m) => m.role === 'board').map((m) => ({ address: m.email }));
  }

  /** The campaign's active members, by address. */
  private async members(campaignId: string): Promise<MemberRecord[]> {
    return active(await this.deps.members.listCampaignMembers(campaignId));
  }
}

/** Active members, by address. */
function active(members: MemberRecord[]): MemberRecord[] {
  return members.filter((m) => m.active).sort((a, b) => a.email.localeCompare(b.email));
}

function campaignInfo(c: CampaignRecord, board: MailAddress[]): CampaignMailInfo {
  const deadline = localDate(new Date(c.deadline), c.timeZone);
  return { campaignId: c.id, campaignName: c.title, deadline, deadlineAt: c.deadline, board };
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
