// What else is proposed for a nominee in the same campaign. At year end "Lao động tiên tiến" and "Chiến sĩ thi
// đua cơ sở" (and a collective's "Tập thể lao động xuất sắc" and the emulation flag) are decided together, so a
// title of the evaluation year proposed in the same campaign satisfies "holds T this year". The caller passes
// the campaign's proposals as (nominee identity, award code); validateGrid adds the rows of its own grid.
import { matchKey } from '../text/normalize';
import type { NomineeFacts } from './facts';

/** One proposal of the campaign: who (CCCD, else name + birth year, else collective name) and which award. */
export interface CampaignProposal {
  awardCode: string;
  cccd?: string | undefined;
  fullName?: string | undefined;
  birthYear?: number | undefined;
  collectiveName?: string | undefined;
}

/** The keys a nominee is known by: CCCD and name + birth year for a person, the name for a collective. */
export function nomineeKeys(facts: NomineeFacts): string[] {
  const keys: string[] = [];
  if (facts.collectiveName !== undefined && facts.collectiveName !== '')
    keys.push(`t:${matchKey(facts.collectiveName)}`);
  if (facts.cccd !== undefined && facts.cccd !== '') keys.push(`c:${facts.cccd}`);
  if (facts.fullName !== undefined && facts.fullName !== '' && facts.birthYear !== undefined)
    keys.push(`n:${matchKey(facts.fullName)}|${facts.birthYear}`);
  return keys;
}

/** Award codes proposed per nominee key. */
export class ProposalIndex {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(proposals: Iterable<CampaignProposal> = []) {
    for (const p of proposals) this.add(p, p.awardCode);
  }

  add(facts: NomineeFacts, awardCode: string): void {
    for (const key of nomineeKeys(facts)) {
      const codes = this.byKey.get(key) ?? new Set<string>();
      codes.add(awardCode);
      this.byKey.set(key, codes);
    }
  }

  /** Award codes proposed for the nominee (under any of its keys). */
  titlesFor(facts: NomineeFacts): string[] {
    const out = new Set<string>();
    for (const key of nomineeKeys(facts)) for (const code of this.byKey.get(key) ?? []) out.add(code);
    return [...out];
  }

  get size(): number {
    return this.byKey.size;
  }
}
