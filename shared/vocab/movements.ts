// Emulation movements (phong trào thi đua) named in the seed plans and since. Editable per campaign:
// CampaignRules.movements adds entries (see movementEntries).
export interface Movement {
  readonly code: string;
  readonly label: string;
  readonly aliases: readonly string[];
}

export const MOVEMENTS: readonly Movement[] = [
  {
    code: 'NTM',
    label: 'Cả nước chung sức xây dựng nông thôn mới',
    aliases: ['Nông thôn mới', 'Xây dựng nông thôn mới', 'Chung sức xây dựng nông thôn mới'],
  },
  {
    code: 'VI_NGUOI_NGHEO',
    label: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    aliases: ['Vì người nghèo', 'Không để ai bị bỏ lại phía sau'],
  },
  {
    code: 'VAN_HOA_CONG_SO',
    label: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    aliases: ['Văn hóa công sở', 'Thực hiện văn hóa công sở'],
  },
  {
    code: 'DN_HOI_NHAP',
    label: 'Doanh nghiệp Việt Nam hội nhập và phát triển',
    aliases: ['Doanh nghiệp hội nhập và phát triển'],
  },
  {
    code: 'HA_TANG_TIET_KIEM',
    label: 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    aliases: ['Phát triển kết cấu hạ tầng', 'Thực hành tiết kiệm, chống lãng phí'],
  },
  {
    code: 'XA_HOI_HOC_TAP',
    label: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời',
    aliases: ['Xây dựng xã hội học tập', 'Học tập suốt đời'],
  },
  {
    code: 'XOA_NHA_TAM',
    label: 'Xóa nhà tạm, nhà dột nát',
    aliases: ['Xóa nhà tạm', 'Xoá nhà tạm, nhà dột nát'],
  },
  {
    code: 'DOI_MOI_SANG_TAO',
    label: 'Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh',
    aliases: ['Đổi mới sáng tạo', 'Chuyển đổi số'],
  },
  {
    code: 'DN_TU_NHAN',
    label: 'Phát triển mạnh doanh nghiệp tư nhân, nâng cao hiệu quả doanh nghiệp nhà nước',
    aliases: ['Phát triển doanh nghiệp tư nhân'],
  },
  {
    code: 'HOC_TAP_BAC_HO',
    label: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    aliases: ['Học tập và làm theo Bác', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
  },
];

/** The base list plus a campaign's own movements (a campaign entry with an existing code replaces it). */
export function movementEntries(extra: readonly Movement[] = []): Movement[] {
  const codes = new Set(extra.map((m) => m.code));
  return [...MOVEMENTS.filter((m) => !codes.has(m.code)), ...extra];
}
