// The awards the campaign's other units propose, for "holds T this year" (shared/eligibility/proposals.ts): at year
// end "Lao động tiên tiến" and "Chiến sĩ thi đua cơ sở" are decided together, often in different units' lists.
// Bounded: only when a row of the grid proposes an award with a titleThisYear criterion, and then the grid's own
// rows (from the first validation pass) plus the latest list of the same kind of each other current unit.
import { criteriaFor } from '../../../shared/eligibility/criteria';
import type { CampaignProposal } from '../../../shared/eligibility/proposals';
import type { NominationKind } from '../../../shared/grid/types';
import type { CampaignRecord, CampaignRepository, SubmissionRepository, ValidationOutcome } from '../ports';
import { latestByKind } from './latest-by-kind';

export interface ProposalSources {
  campaigns: CampaignRepository;
  submissions?: SubmissionRepository | undefined;
}

interface Target {
  campaign: CampaignRecord;
  unitId: string;
  kind: NominationKind;
}

/** The grid's own and the other units' proposals when a row needs them; undefined when none does. */
export async function campaignProposalsFor(
  sources: ProposalSources,
  target: Target,
  first: ValidationOutcome,
): Promise<CampaignProposal[] | undefined> {
  if (!needsProposals(first, target.kind)) return undefined;
  const own = first.rows.flatMap((row) => proposalOf(row.data as Record<string, unknown>));
  return [...own, ...(await otherUnitsProposals(sources, target))];
}

/** The proposals of the latest list of the same kind of each other current unit ([] without a store). */
export async function otherUnitsProposals(
  sources: ProposalSources,
  target: Target,
): Promise<CampaignProposal[]> {
  const { submissions } = sources;
  if (!submissions) return [];
  const units = await sources.campaigns.listUnits(target.campaign.id);
  const others = units.filter((u) => u.status === 'current' && u.id !== target.unitId);
  const lists = await Promise.all(
    others.map(async (unit) => {
      const stored = submissions.unit(target.campaign.id, unit.id);
      const latest = latestByKind(await stored.listCommits())[target.kind];
      return latest ? stored.readRows(latest.versionId) : [];
    }),
  );
  return lists.flat().flatMap((row) => proposalOf(row.data));
}

/** True when a row proposes an award one of whose criteria is a title of the same year. */
export function needsProposals(outcome: ValidationOutcome, kind: NominationKind): boolean {
  return outcome.rows.some((row) => {
    const award = (row.data as Record<string, unknown>).award;
    if (typeof award !== 'string') return false;
    return criteriaFor(award, kind)?.criteria.some((c) => c.type === 'titleThisYear') === true;
  });
}

/** A stored or consolidated row's proposal (who and which award); none when it proposes no award. */
export function proposalOf(data: Readonly<Record<string, unknown>>): CampaignProposal[] {
  const awardCode = data.award;
  if (typeof awardCode !== 'string' || awardCode === '') return [];
  return [
    {
      awardCode,
      cccd: text(data.cccd),
      fullName: text(data.fullName),
      birthYear: typeof data.birthYear === 'number' ? data.birthYear : undefined,
      collectiveName: text(data.collectiveName),
    },
  ];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
