// Sectors (lĩnh vực) used in delegate structure reports (e.g. congress XI: kinh tế 32.7%, văn hóa – xã hội 31.6%…).
export type Sector = 'economy' | 'cultureSociety' | 'defenceSecurity' | 'other';

export const SECTORS: readonly { code: Sector; label: string; aliases: readonly string[] }[] = [
  { code: 'economy', label: 'Kinh tế', aliases: ['Lĩnh vực kinh tế', 'Sản xuất kinh doanh'] },
  {
    code: 'cultureSociety',
    label: 'Văn hóa – xã hội',
    aliases: ['Văn hóa, xã hội', 'Văn hóa xã hội', 'VHXH', 'Văn hoá - xã hội'],
  },
  {
    code: 'defenceSecurity',
    label: 'Quốc phòng – an ninh',
    aliases: ['Quốc phòng, an ninh', 'Quốc phòng an ninh', 'QPAN', 'QP-AN'],
  },
  { code: 'other', label: 'Khác', aliases: ['Lĩnh vực khác'] },
];
