// Each unit's summary after a consolidation, from the master version: its nominees with the board's review state,
// duplicates with other units, nominees returned with the board's note, and the errors left in its latest sheet.
// Pure.
import type { MasterEntry, MasterVersion, ReviewState } from '../../../shared/consolidation/types';
import { localDate } from '../../../shared/text/dates';
import { awardLabel, REVIEW_STATE_LABELS } from '../outputs/labels';
import { toIssueLines } from './map-views';
import type { CampaignMailInfo, UnitStatusWithContacts } from './ports';
import type { UnitSummaryView } from './views';

type NomineeStatus = UnitSummaryView['nominees'][number]['status'];

const STATUS_OF: Record<ReviewState, NomineeStatus> = {
  pending: 'pending',
  approved: 'accepted',
  rejected: 'returned',
  needsInfo: 'returned',
};

export function unitSummaryViewOf(
  campaign: CampaignMailInfo,
  master: MasterVersion,
  unit: UnitStatusWithContacts,
  timeZone: string,
): UnitSummaryView {
  const mine = master.entries.filter((e) => e.sources.some((s) => s.unitId === unit.unitId));
  const errors = (unit.issues ?? []).filter((i) => i.severity === 'error');
  return {
    campaignName: campaign.campaignName,
    unitName: unit.unitName,
    masterVersion: master.version,
    consolidatedAt: localDate(new Date(master.createdAt), timeZone),
    deadline: campaign.deadline,
    nominees: mine.map((e) => nomineeOf(e, unit.unitId)),
    duplicates: mine.flatMap((e) => duplicateOf(e, unit.unitId)),
    returned: mine.filter((e) => STATUS_OF[e.reviewState] === 'returned').map(returnedOf),
    toFix: toIssueLines(errors, unit.sheetName ?? ''),
  };
}

function nomineeOf(entry: MasterEntry, unitId: string): UnitSummaryView['nominees'][number] {
  const proposed = entry.sources.find((s) => s.unitId === unitId)?.award ?? entry.award;
  const award = entry.awardDecision ?? proposed;
  return {
    name: entry.displayName,
    ...(entry.cccd ? { cccd: entry.cccd } : {}),
    ...(award ? { award: awardLabel(award) } : {}),
    status: STATUS_OF[entry.reviewState],
  };
}

function duplicateOf(entry: MasterEntry, unitId: string): UnitSummaryView['duplicates'] {
  const others = entry.sources.filter((s) => s.unitId !== unitId).map((s) => s.unitName ?? s.unitId);
  return others.length === 0 ? [] : [{ name: entry.displayName, otherUnits: [...new Set(others)] }];
}

function returnedOf(entry: MasterEntry): UnitSummaryView['returned'][number] {
  return { name: entry.displayName, note: entry.reviewNote ?? REVIEW_STATE_LABELS[entry.reviewState] };
}
