// The receipt's view model from a committed version: the submit response, the stored rows and the campaign. Pure.
import type { SubmitNominationsResponse } from '../../../shared/api/nominations';
import type { NominationKind } from '../../../shared/grid/types';
import { awardLabel, KIND_LABELS } from '../outputs/labels';
import type { StoredRow } from '../ports';
import { toIssueLines } from './map-views';
import type { CampaignMailInfo } from './ports';
import type { NomineeLine, ReceiptView } from './views';

export interface ReceiptSource {
  campaign: CampaignMailInfo;
  unitName: string;
  kind: NominationKind;
  sheetName: string;
  result: SubmitNominationsResponse;
  rows: StoredRow[];
}

export function receiptViewOf(source: ReceiptSource): ReceiptView {
  const { result } = source;
  return {
    campaignName: source.campaign.campaignName,
    unitName: source.unitName,
    kindLabel: KIND_LABELS[source.kind],
    version: result.version,
    submittedAt: result.submittedAt,
    deadline: source.campaign.deadline,
    counts: result.summary,
    issues: toIssueLines(result.issues, source.sheetName),
    nominees: source.rows.map(nomineeLine),
  };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The parsed name, else the name cell as sent (an invalid row keeps its cells), else the sheet row. */
function nomineeLine(row: StoredRow): NomineeLine {
  const name = text(row.data.fullName) ?? text(row.data.collectiveName) ?? `Dòng ${row.sheetRow}`;
  const cccd = text(row.data.cccd);
  const award = text(row.data.award);
  return {
    name,
    ...(cccd ? { cccd } : {}),
    ...(award ? { award: awardLabel(award) } : {}),
    valid: row.valid,
  };
}
