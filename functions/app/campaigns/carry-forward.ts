// carryForward (board only): a finished (closed) campaign's chosen candidates become the lists of the receiving
// campaign, unit by unit (e.g. the Hội nghị điển hình tiên tiến's approved nominees → the Đại hội thi đua yêu
// nước): each current unit of the receiving campaign gets, per kind, the entries it nominated in the source, with
// their flags (delegate, honoured), the award (the board's decision wins) and the review note in Ghi chú, each
// row carrying its provenance. Submitted through submitNominations with keys derived from the source's master
// version and the rows, so carrying forward again is a replay; nothing is retyped.
import type { CarryForwardRequest, CarryForwardResponse, SentList } from '../../../shared/api/chains';
import type { NominationKind } from '../../../shared/grid/types';
import { AppError } from '../errors';
import type { Principal, UnitRecord } from '../ports';
import { requireBoard } from './access';
import { awardOf, byKind, type ChainDeps, type Chosen, selectEntries, submitList } from './chain-lists';
import type { EntryRow } from './entry-grid';
import { loadCampaign } from './load-target';

export const CARRY_SHEET = 'Chuyển từ hội nghị';

export async function carryForward(
  request: CarryForwardRequest,
  principal: Principal,
  deps: ChainDeps,
): Promise<CarryForwardResponse> {
  requireBoard(principal);
  if (request.fromCampaignId === request.campaignId) throw new AppError('CARRY_FORWARD_SAME_CAMPAIGN');
  const [target, source] = await Promise.all([
    loadCampaign(deps.campaigns, request.campaignId),
    loadCampaign(deps.campaigns, request.fromCampaignId),
  ]);
  if (source.open) throw new AppError('CARRY_FORWARD_SOURCE_OPEN');
  const states = [...new Set(request.states)].sort();
  const { masterVersion, picks } = await selectEntries(deps, source.id, states, request.kinds);
  const current = currentIds(await deps.campaigns.listUnits(target.id));
  const grouped = byUnit(picks);
  const carried = [...grouped].filter(([unitId]) => current.has(unitId));
  if (carried.length === 0) throw new AppError('CARRY_FORWARD_EMPTY');
  const keyParts = ['carryForward', target.id, source.id, String(masterVersion), states.join('.')];
  const units = [];
  for (const [unitId, chosen] of carried) {
    const lists: SentList[] = [];
    for (const [kind, group] of byKind(chosen)) {
      const rows = group.map((pick) => rowOf(source.id, masterVersion, unitId, pick));
      const list = { campaignId: target.id, unitId, kind, sheetName: CARRY_SHEET, keyParts };
      lists.push(await submitList(list, rows, principal, deps));
    }
    units.push({ unitId, lists });
  }
  const skippedUnits = [...grouped]
    .filter(([unitId]) => !current.has(unitId))
    .map(([unitId, chosen]) => ({ unitId, entries: chosen.length }));
  return { campaignId: target.id, fromCampaignId: source.id, masterVersion, states, units, skippedUnits };
}

function currentIds(units: UnitRecord[]): Set<string> {
  return new Set(units.filter((u) => u.status === 'current').map((u) => u.id));
}

/** Each entry under every unit that nominated it, units in id order. */
function byUnit(picks: Chosen[]): Map<string, Chosen[]> {
  const out = new Map<string, Chosen[]>();
  for (const pick of picks)
    for (const unitId of new Set(pick.entry.sources.map((s) => s.unitId))) {
      const list = out.get(unitId) ?? [];
      list.push(pick);
      out.set(unitId, list);
    }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function rowOf(campaignId: string, masterVersion: number, unitId: string, pick: Chosen): EntryRow {
  const own = pick.entry.sources.filter((s) => s.unitId === unitId);
  const rows = own.map((s) => ({ unitId, kind: s.kind as NominationKind, sheetRow: s.sheetRow }));
  return {
    entry: pick.entry,
    award: awardOf(pick),
    notes: pick.review.note,
    provenance: { campaignId, masterVersion, nomineeId: pick.entry.nomineeId, rows },
  };
}
