// The rules in force for a campaign: its province profile's rules, overridden by the campaign's own (thresholds
// criterion by criterion, every other rule as a whole; the campaign's award subset counts as its allowedAwards).
// loadCampaign hands every use case the campaign with these rules, so validation, submission and consolidation
// all apply the same merged rules; campaignStatus shows them with their origin.
import type { ProvinceProfile, RuleSource, RulesInForce } from '../../../shared/api/province';
import { campaignRulesSchema } from '../../../shared/schema/campaign-rules';
import type { CampaignRecord } from '../ports';

type Rules = CampaignRecord['rules'];
type RuleKey = keyof Rules;

const RULE_KEYS = Object.keys(campaignRulesSchema.shape) as RuleKey[];

/** The campaign's own rules, with its award subset as the allowed awards when one is configured. */
export function ownRules(campaign: CampaignRecord): Rules {
  if (campaign.awards.length === 0) return campaign.rules;
  return { ...campaign.rules, allowedAwards: campaign.awards };
}

export function rulesInForce(campaign: CampaignRecord, province: ProvinceProfile | null): RulesInForce {
  const own = ownRules(campaign);
  const inherited: Rules = province?.rules ?? {};
  const rules: Record<string, unknown> = {};
  const sources: Record<string, RuleSource> = {};
  for (const key of RULE_KEYS) {
    if (key === 'thresholds') continue;
    const source =
      own[key] !== undefined ? 'campaign' : inherited[key] !== undefined ? 'province' : 'default';
    sources[key] = source;
    if (source !== 'default') rules[key] = source === 'campaign' ? own[key] : inherited[key];
  }
  const thresholds = mergedThresholds(own.thresholds ?? {}, inherited.thresholds ?? {}, sources);
  if (Object.keys(thresholds).length > 0) rules.thresholds = thresholds;
  return { provinceId: province?.id ?? null, rules: rules as Rules, sources };
}

function mergedThresholds(
  own: Record<string, number>,
  inherited: Record<string, number>,
  sources: Record<string, RuleSource>,
): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const id of Object.keys({ ...inherited, ...own }).sort()) {
    const fromCampaign = own[id] !== undefined;
    merged[id] = (fromCampaign ? own[id] : inherited[id]) as number;
    sources[`thresholds.${id}`] = fromCampaign ? 'campaign' : 'province';
  }
  return merged;
}

/** The campaign as the use cases apply it: its rules merged with its province profile's. */
export function withRulesInForce(campaign: CampaignRecord, province: ProvinceProfile | null): CampaignRecord {
  if (province === null) return campaign;
  return { ...campaign, rules: rulesInForce(campaign, province).rules };
}
