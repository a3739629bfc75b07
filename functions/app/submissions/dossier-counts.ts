// Dossier completeness of a stored list (campaignStatus shows it per unit): the rows whose proposal requires
// documents under the campaign's checklist (shared/checks/dossier-checklist.ts), how many hold them all, and the
// documents missing. Counted only for lists that have a "Hồ sơ" column: a list without one does not track its
// dossier in the system (the unit may file it otherwise), so its completeness is unknown, not zero.
import { countDossiers, type DossierCounts, type DossierRow } from '../../../shared/checks/dossier-checklist';
import { mapHeader } from '../../../shared/grid/header-map';
import type { NominationKind } from '../../../shared/grid/types';
import type { CampaignRules } from '../../../shared/schema/campaign-rules';
import type { StoredRow } from '../ports';

export function listDossierCounts(
  kind: NominationKind,
  header: unknown,
  rows: readonly StoredRow[],
  rules: CampaignRules,
): DossierCounts | undefined {
  if (!mapHeader(header, kind).present.has('dossier')) return undefined;
  return countDossiers(rows.map(dossierRow), rules);
}

function dossierRow(row: StoredRow): DossierRow {
  const d = row.data;
  return {
    award: typeof d.award === 'string' ? d.award : undefined,
    delegate: d.delegate === true,
    honoured: d.honoured === true,
    initiatives: typeof d.initiatives === 'number' ? d.initiatives : undefined,
    dossier: typeof d.dossier === 'string' ? d.dossier : undefined,
  };
}
