// Document types of a nominee's dossier (hồ sơ đề nghị khen thưởng), as units write them before a link in the
// "Hồ sơ" column ("Báo cáo thành tích: https://drive.google.com/file/d/…"). Codes follow the document types of
// Vietnamese commendation software (TOTRINH, BAOCAO, BIENBAN, SANGKIEN, QDKT); KHAC is any other document.
import { buildVocabIndex, type VocabIndex } from './lookup';

export type DossierDocType = 'BAOCAO' | 'TOTRINH' | 'BIENBAN' | 'SANGKIEN' | 'QDKT' | 'KHAC';

export interface DossierDocSpec {
  readonly code: DossierDocType;
  readonly label: string;
  readonly aliases: readonly string[];
  /** English meaning, for docs. */
  readonly description: string;
}

export const DOSSIER_DOC_TYPES: readonly DossierDocSpec[] = [
  {
    code: 'BAOCAO',
    label: 'Báo cáo thành tích',
    aliases: [
      'Báo cáo',
      'BCTT',
      'BC thành tích',
      'Báo cáo tóm tắt thành tích',
      'Bản báo cáo thành tích',
      'Báo cáo thành tích cá nhân',
      'Báo cáo thành tích tập thể',
    ],
    description: 'Achievement report of the nominee (NĐ 98/2023 Phụ lục I Mẫu 02 for collectives).',
  },
  {
    code: 'TOTRINH',
    label: 'Tờ trình đề nghị',
    aliases: [
      'Tờ trình',
      'TTr',
      'Công văn đề nghị',
      'Công văn',
      'Văn bản đề nghị',
      'Tờ trình, công văn đề nghị',
      'Đề nghị khen thưởng',
    ],
    description: 'Proposal letter (tờ trình / công văn đề nghị) of the nominating unit.',
  },
  {
    code: 'BIENBAN',
    label: 'Biên bản họp xét',
    aliases: [
      'Biên bản',
      'BB',
      'Biên bản họp',
      'Biên bản xét',
      'Biên bản xét khen thưởng',
      'Biên bản họp Hội đồng',
      'Biên bản họp Hội đồng thi đua khen thưởng',
      'Biên bản họp Hội đồng thi đua, khen thưởng',
    ],
    description: 'Minutes of the review meeting (biên bản họp xét) of the unit’s emulation council.',
  },
  {
    code: 'SANGKIEN',
    label: 'Công nhận sáng kiến',
    aliases: [
      'Sáng kiến',
      'SK',
      'Quyết định công nhận sáng kiến',
      'Giấy chứng nhận sáng kiến',
      'Chứng nhận sáng kiến',
      'Xác nhận sáng kiến',
      'Công nhận đề tài',
      'Đề tài',
      'Sáng kiến, đề tài',
    ],
    description: 'Recognition of an initiative or research topic (quyết định / giấy chứng nhận sáng kiến).',
  },
  {
    code: 'QDKT',
    label: 'Quyết định khen thưởng đã có',
    aliases: [
      'Quyết định khen thưởng',
      'QĐKT',
      'QĐ khen thưởng',
      'Quyết định',
      'QĐ',
      'Khen thưởng đã đạt',
      'Quyết định khen thưởng đã đạt',
    ],
    description: 'A prior award decision of the nominee (number and date).',
  },
  {
    code: 'KHAC',
    label: 'Tài liệu khác',
    aliases: ['Khác', 'Tài liệu', 'Hồ sơ', 'Hồ sơ khác', 'Minh chứng'],
    description: 'Any other document (counts for no required type).',
  },
];

let index: VocabIndex | undefined;

/** The document type a label, alias or code names; undefined when none or several. */
export function dossierDocType(text: string): DossierDocType | undefined {
  if (index === undefined) index = buildVocabIndex(DOSSIER_DOC_TYPES);
  const match = index.lookup(text);
  return match.found === 'one' ? (match.code as DossierDocType) : undefined;
}

export function dossierDocLabel(code: DossierDocType): string {
  return DOSSIER_DOC_TYPES.find((d) => d.code === code)?.label ?? code;
}

export const DOSSIER_DOC_CODES = DOSSIER_DOC_TYPES.map((d) => d.code) as [
  DossierDocType,
  ...DossierDocType[],
];
