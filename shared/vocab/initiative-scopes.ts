// Scope of effect of an initiative (sáng kiến) or research topic: the eligibility rules compare them.
export type InitiativeScope = 'grassroots' | 'provincial' | 'national';

export const INITIATIVE_SCOPES: readonly {
  code: InitiativeScope;
  label: string;
  aliases: readonly string[];
  rank: number;
}[] = [
  { code: 'grassroots', label: 'Cơ sở', aliases: ['Cấp cơ sở', 'Phạm vi cơ sở', 'Đơn vị'], rank: 1 },
  {
    code: 'provincial',
    label: 'Toàn tỉnh',
    aliases: ['Cấp tỉnh', 'Tỉnh', 'Phạm vi toàn tỉnh', 'Cấp bộ, ngành, tỉnh', 'Toàn ngành', 'Cấp bộ'],
    rank: 2,
  },
  {
    code: 'national',
    label: 'Toàn quốc',
    aliases: ['Cấp toàn quốc', 'Phạm vi toàn quốc', 'Cấp nhà nước', 'Quốc gia'],
    rank: 3,
  },
];

export function initiativeScopeRank(code: InitiativeScope): number {
  return INITIATIVE_SCOPES.find((s) => s.code === code)?.rank ?? 0;
}
