// sendUp (board only; "Gửi lên cấp trên"): the board's current master list entries in the chosen review states go
// to the parent campaign as the list of this campaign's unit there, one list per kind, through the parent's
// submitNominations (its versions, idempotency, deadline and validation apply). Each row carries its provenance
// (this campaign, master version, nominee, unit rows) in the sourceRef column.
import type { SendUpRequest, SendUpResponse } from '../../../shared/api/chains';
import { AppError } from '../errors';
import type { Principal } from '../ports';
import { requireBoard } from './access';
import { awardOf, byKind, type ChainDeps, selectEntries, submitList } from './chain-lists';
import { provenanceOf } from './entry-grid';
import { loadCampaign } from './load-target';

export const SEND_UP_SHEET = 'Gửi lên cấp trên';

export async function sendUp(
  request: SendUpRequest,
  principal: Principal,
  deps: ChainDeps,
): Promise<SendUpResponse> {
  requireBoard(principal);
  const campaign = await loadCampaign(deps.campaigns, request.campaignId);
  const parent = campaign.parent;
  if (!parent) throw new AppError('CAMPAIGN_NO_PARENT');
  const states = [...new Set(request.states)].sort();
  const { masterVersion, picks } = await selectEntries(deps, campaign.id, states, request.kinds);
  if (picks.length === 0) throw new AppError('SEND_UP_EMPTY');
  const lists = [];
  for (const [kind, group] of byKind(picks)) {
    const rows = group.map((pick) => ({
      entry: pick.entry,
      award: awardOf(pick),
      provenance: provenanceOf(campaign.id, masterVersion, pick.entry),
    }));
    const keyParts = ['sendUp', campaign.id, String(masterVersion), states.join('.')];
    const target = { ...parent, kind, sheetName: SEND_UP_SHEET, keyParts, ownKey: request.submissionKey };
    lists.push(await submitList(target, rows, asParentUnit(principal, parent.unitId), deps));
  }
  return { campaignId: campaign.id, parent, masterVersion, states, lists };
}

/** The board submits in the parent as its own unit there (and only as that unit). */
function asParentUnit(principal: Principal, unitId: string): Principal {
  return { email: principal.email, role: 'unit', unitIds: [unitId] };
}
