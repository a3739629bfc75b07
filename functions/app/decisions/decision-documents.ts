// The Tờ trình and the Quyết định khen thưởng as plain documents (functions/adapters/docx/decision-docx.ts renders
// them as .docx in the format of NĐ 30/2020/NĐ-CP): header blocks, số/ký hiệu, place and date, the kind and
// subject, căn cứ, the body (Điều 1/2/3 for the decision), Nơi nhận, signature block and the annexed list of the
// approved entries grouped by award.
import type { DecisionDraftKind } from '../../../shared/api/decisions';
import type { MasterEntry } from '../../../shared/consolidation/types';
import { AWARDS } from '../../../shared/vocab/awards';
import { awardLabel, finalAward } from '../outputs/labels';
import type { IssuingBody } from '../outputs/official-lists';
import { roman } from '../outputs/official-lists';

export interface DecisionParagraph {
  /** Bold lead ("Điều 1."), then the text. */
  lead?: string;
  text: string;
  italic?: boolean;
}

export interface AnnexGroup {
  /** "I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH" */
  heading: string;
  /** "1. Tập thể: 3" */
  parts: Array<{ heading: string; rows: AnnexRow[] }>;
}

/** STT, Họ và tên / tên tập thể, chức vụ – đơn vị, hình thức khen thưởng. */
export type AnnexRow = [number, string, string, string];

export interface DecisionDocument {
  kind: DecisionDraftKind;
  /** Without extension. */
  fileName: string;
  title: string;
  /** Left header block, e.g. ["UBND TỈNH LẠNG SƠN", "BAN THI ĐUA – KHEN THƯỞNG"]: the last line bold, underlined. */
  issuer: string[];
  /** "Số:      /QĐ-UBND" */
  number: string;
  /** "Lạng Sơn, ngày 05 tháng 02 năm 2026" */
  placeDate: string;
  /** "QUYẾT ĐỊNH", "TỜ TRÌNH" */
  heading: string;
  /** "Về việc khen thưởng …" */
  subject: string;
  /** Decision: the signer's authority line, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN". */
  authority?: string;
  /** Tờ trình: "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn." */
  addressee?: string;
  /** Căn cứ lines (italic). */
  bases: string[];
  /** Decision: "QUYẾT ĐỊNH:" centred, bold, before Điều 1. */
  verdict?: string;
  paragraphs: DecisionParagraph[];
  recipients: string[];
  signer: { titles: string[]; name?: string };
  annex: { titles: string[]; subtitle: string; groups: AnnexGroup[]; total: string };
}

export interface DecisionInput {
  entries: MasterEntry[];
  body: IssuingBody;
  campaignId: string;
  campaignTitle: string;
  version: number;
}

export const LEGAL_BASES = [
  'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
];

export function decisionDocuments(
  input: DecisionInput,
  kinds: readonly DecisionDraftKind[],
): DecisionDocument[] {
  return kinds.map((kind) => (kind === 'toTrinh' ? proposalLetter(input) : decision(input)));
}

/** "TỈNH LẠNG SƠN" from the issuer's first line "UBND TỈNH LẠNG SƠN" (blanks when not configured). */
export function provinceOf(body: IssuingBody): string {
  const first = body.issuer[0] ?? '';
  const stripped = first.replace(/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+/iu, '').trim();
  return stripped === '' ? 'TỈNH …………' : stripped;
}

/** "tỉnh Lạng Sơn" from "TỈNH LẠNG SƠN". */
function provinceInText(province: string): string {
  const lower = province.toLocaleLowerCase('vi');
  const [word = '', ...rest] = lower.split(' ');
  return [
    word,
    ...rest.map((w) => (w.startsWith('…') ? w : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))),
  ].join(' ');
}

/** "Lạng Sơn, ngày 05 tháng 02 năm 2026" (NĐ 30: a zero before days 1–9 and months 1–2), or blanks. */
export function placeDateLine(place: string, date: string | undefined): string {
  const [y, m, d] = (date ?? '').split('-');
  if (y === undefined || m === undefined || d === undefined)
    return `${place}, ngày      tháng      năm ${'20   '}`;
  const month = Number(m) < 3 ? m : String(Number(m));
  return `${place}, ngày ${d} tháng ${month} năm ${y}`;
}

function decision(input: DecisionInput): DecisionDocument {
  const province = provinceOf(input.body);
  const inText = provinceInText(province);
  const { counts } = summary(input.entries);
  return {
    kind: 'quyetDinh',
    fileName: `du-thao-quyet-dinh-${input.campaignId}-v${input.version}`,
    title: `Dự thảo Quyết định khen thưởng – ${input.campaignTitle}`,
    issuer: ['ỦY BAN NHÂN DÂN', province],
    number: 'Số:          /QĐ-UBND',
    placeDate: placeDateLine(input.body.place, input.body.date),
    heading: 'QUYẾT ĐỊNH',
    subject: `Về việc khen thưởng các tập thể, cá nhân – ${input.campaignTitle}`,
    authority: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${province}`,
    bases: [
      ...LEGAL_BASES,
      `Theo đề nghị của Trưởng Ban Thi đua – Khen thưởng ${inText} tại Tờ trình số       /TTr-BTĐKT ngày      tháng      năm 20   .`,
    ],
    verdict: 'QUYẾT ĐỊNH:',
    paragraphs: [
      {
        lead: 'Điều 1.',
        text: `Khen thưởng ${counts} (có danh sách kèm theo), đã có thành tích xuất sắc – ${input.campaignTitle}.`,
      },
      {
        lead: 'Điều 2.',
        text: 'Quyết định này có hiệu lực kể từ ngày ký. Tiền thưởng thực hiện theo quy định tại Nghị định số 152/2025/NĐ-CP.',
      },
      {
        lead: 'Điều 3.',
        text: `Chánh Văn phòng Ủy ban nhân dân ${inText}, Trưởng Ban Thi đua – Khen thưởng ${inText}, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT, BTĐKT.'],
    signer: { titles: ['CHỦ TỊCH'] },
    annex: annexOf(input, 'QUYẾT ĐỊNH', '/QĐ-UBND'),
  };
}

function proposalLetter(input: DecisionInput): DecisionDocument {
  const province = provinceOf(input.body);
  const inText = provinceInText(province);
  const { counts, lines } = summary(input.entries);
  const signer = input.body.signer ?? { titles: ['TRƯỞNG BAN'] };
  return {
    kind: 'toTrinh',
    fileName: `du-thao-to-trinh-${input.campaignId}-v${input.version}`,
    title: `Dự thảo Tờ trình đề nghị khen thưởng – ${input.campaignTitle}`,
    issuer: input.body.issuer,
    number: 'Số:          /TTr-BTĐKT',
    placeDate: placeDateLine(input.body.place, input.body.date),
    heading: 'TỜ TRÌNH',
    subject: `Về việc đề nghị khen thưởng các tập thể, cá nhân – ${input.campaignTitle}`,
    addressee: `Kính gửi: Chủ tịch Ủy ban nhân dân ${inText}.`,
    bases: LEGAL_BASES,
    paragraphs: [
      {
        text: `Trên cơ sở đề nghị của các cơ quan, đơn vị và kết quả xét duyệt, Ban Thi đua – Khen thưởng ${inText} kính trình Chủ tịch Ủy ban nhân dân ${inText} xem xét, khen thưởng ${counts}, cụ thể:`,
      },
      ...lines.map((text) => ({ text })),
      { text: '(Có danh sách kèm theo)', italic: true },
      { text: `Kính trình Chủ tịch Ủy ban nhân dân ${inText} xem xét, quyết định./.` },
    ],
    recipients: ['Như trên;', 'Lưu: VT, BTĐKT.'],
    signer,
    annex: annexOf(input, 'TỜ TRÌNH', '/TTr-BTĐKT'),
  };
}

/** "3 tập thể và 12 cá nhân", and one line per award ("- Bằng khen …: 2 tập thể, 5 cá nhân;"). */
function summary(entries: MasterEntry[]): { counts: string; lines: string[] } {
  const counts = countsText(entries);
  const lines = groupByAward(entries).map(
    ([award, list]) => `- ${labelOfAward(award)}: ${countsText(list)};`,
  );
  return { counts, lines };
}

function countsText(entries: MasterEntry[]): string {
  const collectives = entries.filter((e) => e.kind === 'collective').length;
  const people = entries.length - collectives;
  const parts = [
    ...(collectives > 0 ? [`${collectives} tập thể`] : []),
    ...(people > 0 ? [`${people} cá nhân`] : []),
  ];
  return parts.join(' và ');
}

function labelOfAward(code: string): string {
  return code === '' ? 'Chưa xác định hình thức' : awardLabel(code);
}

function annexOf(input: DecisionInput, kind: string, suffix: string): DecisionDocument['annex'] {
  const groups = groupByAward(input.entries).map(([award, entries], i) => annexGroup(award, entries, i + 1));
  return {
    titles: ['DANH SÁCH', 'CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG'],
    subtitle: `(Kèm theo ${kind === 'TỜ TRÌNH' ? 'Tờ trình' : 'Quyết định'} số       ${suffix} ngày      tháng      năm 20    của ${kind === 'TỜ TRÌNH' ? 'Ban Thi đua – Khen thưởng' : 'Chủ tịch Ủy ban nhân dân'} ${provinceInText(provinceOf(input.body))})`,
    groups,
    total: `Tổng số: ${countsText(input.entries) || '0'}.`,
  };
}

function annexGroup(award: string, entries: MasterEntry[], n: number): AnnexGroup {
  const heading = `${roman(n)}. ${labelOfAward(award).toLocaleUpperCase('vi')}`;
  const parts: Array<[string, MasterEntry[]]> = [
    ['Tập thể', entries.filter((e) => e.kind === 'collective')],
    ['Cá nhân', entries.filter((e) => e.kind === 'individual')],
  ];
  return {
    heading,
    parts: parts
      .filter(([, list]) => list.length > 0)
      .map(([label, list], i) => ({
        heading: `${i + 1}. ${label}: ${list.length}`,
        rows: list.map((e, j): AnnexRow => [j + 1, e.displayName, positionAndUnit(e), labelOfAward(award)]),
      })),
  };
}

function positionAndUnit(e: MasterEntry): string {
  const unit = e.sources[0]?.unitName ?? e.sources[0]?.unitId;
  const parts = e.kind === 'individual' ? [e.position, e.workplace] : [e.workplace ?? unit];
  return parts.filter((s) => s !== undefined && s !== '').join(', ');
}

/** Entries by award, in the order of the awards vocabulary (higher awards first). */
export function groupByAward(entries: MasterEntry[]): Array<[string, MasterEntry[]]> {
  const groups = new Map<string, MasterEntry[]>();
  for (const e of entries) {
    const award = finalAward(e) ?? '';
    groups.set(award, [...(groups.get(award) ?? []), e]);
  }
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

function rank(code: string): number {
  const index = AWARDS.findIndex((a) => a.code === code);
  return index < 0 ? AWARDS.length : index;
}
