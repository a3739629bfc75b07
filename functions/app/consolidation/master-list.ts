// masterList: a stored master version as JSON, paged by entry index (the page token pins the version, so paging
// never mixes two versions). The version's duplicate groups and change set come with the first page only (a page
// asked with a page token has them empty): at national scale they weigh tens of MB. The board sees everything; a unit user sees only the entries their units nominated,
// with only their own source rows and issues, and no duplicate groups. Every read is recorded in the access log.
import type { MasterListBody, MasterListResponse } from '../../../shared/api/master-list';
import type { MasterEntry, MasterVersion } from '../../../shared/consolidation/types';
import { requireUnit } from '../campaigns/access';
import { loadCampaign } from '../campaigns/load-target';
import { AppError } from '../errors';
import type {
  AccessLog,
  CampaignRepository,
  Clock,
  EntryPage,
  MasterRepository,
  MasterVersionInfo,
  Principal,
  ReviewRepository,
} from '../ports';
import { withCurrentReviews } from '../review/current-review';
import { findVersion, masterVersionOf, type StoredEntry } from './master-store';

export interface MasterListDeps {
  campaigns: CampaignRepository;
  masters: MasterRepository;
  reviews: Pick<ReviewRepository, 'nomineeReviewsOf'>;
  accessLog: AccessLog;
  clock: Clock;
}

/** Later pages leave out what the first page said about the whole version (tens of MB at national scale). */
const NO_CHANGES = { added: [], removed: [], changed: [], newDuplicateGroups: [] };

interface PageToken {
  version: number;
  offset: number;
}

export async function masterList(
  request: MasterListBody,
  principal: Principal,
  deps: MasterListDeps & { requestId: string },
): Promise<MasterListResponse> {
  const scope = scopeOf(principal, request.unitId);
  const token = request.pageToken === undefined ? undefined : parseToken(request.pageToken);
  await loadCampaign(deps.campaigns, request.campaignId);
  const info = await findVersion(deps.masters, request.campaignId, token?.version ?? request.version);
  const page = { offset: token?.offset ?? 0, limit: request.pageSize };
  const { master, total } =
    scope === null && request.validity === 'valid'
      ? await boardPage(deps.masters, info, page)
      : await selectionPage(deps.masters, info, page, request.validity, scope);
  master.entries = await current(deps.reviews, request.campaignId, master.entries);
  const { offset } = page;
  const end = offset + master.entries.length;
  await record(deps, principal, request, `master v${info.version}, entries ${offset}-${end} of ${total}`);
  return {
    master: token === undefined ? master : { ...master, duplicates: [], changes: NO_CHANGES },
    page: {
      offset,
      size: master.entries.length,
      total,
      nextPageToken: end < total ? tokenOf(info.version, end) : null,
    },
  };
}

/**
 * The page's entries with the board's reviews as stored now: an approval, a return or an award made after the
 * version was consolidated shows at once (the statistics and changes stay the version's own).
 */
async function current(
  reviews: MasterListDeps['reviews'],
  campaignId: string,
  entries: MasterEntry[],
): Promise<MasterEntry[]> {
  if (entries.length === 0) return entries;
  const stored = await reviews.nomineeReviewsOf(
    campaignId,
    entries.map((e) => e.nomineeId),
  );
  return withCurrentReviews(entries as StoredEntry[], stored);
}

interface Page {
  master: MasterVersion;
  total: number;
}

/** The board's page of the master list: read from the store as a page. */
async function boardPage(masters: MasterRepository, info: MasterVersionInfo, page: EntryPage): Promise<Page> {
  const entries = await masters.readEntries(info.campaignId, info.version, page);
  return { master: masterVersionOf({ ...info, entries }), total: info.totals.entries };
}

/**
 * A page of a selection: the entries "chưa hợp lệ" or all of them (board), or only the entries a unit user's units
 * nominated; the whole version is read and filtered.
 */
async function selectionPage(
  masters: MasterRepository,
  info: MasterVersionInfo,
  page: EntryPage,
  validity: MasterListBody['validity'],
  scope: Set<string> | null,
): Promise<Page> {
  const stored = await masters.read(info.campaignId, info.version);
  if (!stored) throw new AppError('MASTER_NOT_FOUND');
  const chosen = selected(masterVersionOf(stored), stored.invalidEntries ?? [], validity);
  const { invalidEntries: _listedApart, ...master } = scope === null ? chosen : visible(chosen, scope);
  const entries = master.entries.slice(page.offset, page.offset + page.limit);
  return { master: { ...master, entries }, total: master.entries.length };
}

/** The entries asked for: the master list, the entries "chưa hợp lệ", or both (valid first). */
function selected(
  master: MasterVersion,
  invalid: MasterEntry[],
  validity: MasterListBody['validity'],
): MasterVersion {
  if (validity === 'invalid') return { ...master, entries: invalid };
  if (validity === 'all') return { ...master, entries: [...master.entries, ...invalid] };
  return master;
}

/** null: everything (board without unitId); otherwise the units whose entries may be seen. */
function scopeOf(principal: Principal, unitId: string | undefined): Set<string> | null {
  if (unitId !== undefined) {
    requireUnit(principal, unitId);
    return new Set([unitId]);
  }
  return principal.role === 'board' ? null : new Set(principal.unitIds);
}

function visible(master: MasterVersion, scope: Set<string> | null): MasterVersion {
  if (scope === null) return master;
  const entries = master.entries
    .filter((e) => e.sources.some((s) => scope.has(s.unitId)))
    .map((e) => onlyOwn(e, scope));
  const ids = new Set(entries.map((e) => e.nomineeId));
  const changes = {
    added: master.changes.added.filter((id) => ids.has(id)),
    removed: [],
    changed: master.changes.changed.filter((c) => ids.has(c.nomineeId)),
    newDuplicateGroups: [],
  };
  const stats = { ...master.stats, units: master.stats.units.filter((u) => scope.has(u.unitId)) };
  const unitVersions = Object.fromEntries(Object.entries(master.unitVersions).filter(([u]) => scope.has(u)));
  return { ...master, entries, duplicates: [], changes, stats, unitVersions };
}

/** Personal data a merged entry may hold from another unit's row; a unit sees it only on entries it alone nominated. */
const PERSONAL_FIELDS = ['cccd', 'phone', 'email', 'birthDate'] as const;

function onlyOwn(entry: StoredEntry, scope: Set<string>): StoredEntry {
  const own: StoredEntry = {
    ...entry,
    sources: entry.sources.filter((s) => scope.has(s.unitId)),
    issues: entry.issues.filter((i) => i.unitId === undefined || scope.has(i.unitId)),
  };
  if (own.sources.length < entry.sources.length) for (const field of PERSONAL_FIELDS) delete own[field];
  return own;
}

export function tokenOf(version: number, offset: number): string {
  return `v${version}-o${offset}`;
}

function parseToken(token: string): PageToken {
  const match = /^v([1-9]\d{0,8})-o(\d{1,9})$/.exec(token);
  if (!match) throw new AppError('INVALID_PAGE_TOKEN');
  return { version: Number(match[1]), offset: Number(match[2]) };
}

async function record(
  deps: MasterListDeps & { requestId: string },
  principal: Principal,
  request: MasterListBody,
  detail: string,
): Promise<void> {
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action: 'masterList',
    campaignId: request.campaignId,
    ...(request.unitId === undefined ? {} : { unitId: request.unitId }),
    requestId: deps.requestId,
    detail,
  });
}
