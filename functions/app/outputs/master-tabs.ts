// A master version → the six tabs of the board's master spreadsheet, in sheet order.
import type { UnitStatus } from '../../../shared/api/campaign-status';
import type { MasterVersion } from '../../../shared/consolidation/types';
import type { CampaignRules } from '../../../shared/schema/campaign-rules';
import { changesTab } from './tab-changes';
import { duplicatesTab } from './tab-duplicates';
import type { TabGrid } from './tab-grid';
import { invalidTab } from './tab-invalid';
import { statsTab } from './tab-stats';
import { summaryTab } from './tab-summary';
import { unitsTab } from './tab-units';

export interface MasterTabsInput {
  master: MasterVersion;
  /** campaignStatus units (status, on time, error rows); without it the unit tab uses the master alone. */
  units?: readonly UnitStatus[];
  /** The previous master version, to name removed nominees in "Thay đổi". */
  previous?: Pick<MasterVersion, 'entries'>;
  /** The campaign's rules in force, for the dossier checklist of "Tổng hợp" (default: the built-in checklist). */
  rules?: CampaignRules;
}

export function masterTabs(input: MasterTabsInput): TabGrid[] {
  const { master } = input;
  return [
    summaryTab(master, input.rules),
    unitsTab(input.units === undefined ? { master } : { master, units: input.units }),
    duplicatesTab(master),
    statsTab(master.stats),
    changesTab(input.previous === undefined ? { master } : { master, previous: input.previous }),
    invalidTab(master),
  ];
}
