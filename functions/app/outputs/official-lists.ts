// The three official layouts built from a master version, as plain documents (functions/adapters/xlsx/
// official-workbook.ts renders them with exceljs):
//   "Danh sách đề nghị khen thưởng" — individuals and collectives, grouped by award;
//   "Danh sách đại biểu dự Hội nghị điển hình tiên tiến" — delegates, grouped by nominating unit;
//   "Thống kê cơ cấu đại biểu" — the delegates' structure (women, ethnic minorities, party members, ages…).
// Rejected nominees are left out of all three.
import type { EventKind } from '../../../shared/api/admin-campaign';
import { computeStats } from '../../../shared/consolidation/compute-stats';
import {
  type StructureReport,
  type StructureScope,
  statusText,
  structureReport,
  targetText,
} from '../../../shared/consolidation/structure';
import type { AgeBand, MasterEntry, MasterVersion, StatsCounts } from '../../../shared/consolidation/types';
import { AWARDS } from '../../../shared/vocab/awards';
import { eventKindSpec } from '../../../shared/vocab/event-kinds';
import {
  awardLabel,
  compositionLabel,
  educationLabel,
  ethnicityLabel,
  finalAward,
  politicalTheoryLabel,
  sectorLabel,
  yesNo,
} from './labels';
import { AGE_BAND_LABELS } from './tab-stats';

export type OfficialValue = string | number;

export interface OfficialColumn {
  header: string;
  /** Second header row under a shared top label (e.g. "Năm sinh" over "Nam" and "Nữ"). */
  subHeader?: string;
  /** Width in characters. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Number format; 'text' keeps digits such as CCCD as text. */
  format?: 'text' | 'integer' | 'percent';
}

export interface OfficialSection {
  /** Group heading row ("I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH"); level 2 for sub-groups ("1. Cá nhân: 12"). */
  heading: string;
  level: 1 | 2;
  rows: OfficialValue[][];
}

export interface IssuingBody {
  /** Left block, e.g. ["UBND TỈNH LẠNG SƠN", "BAN THI ĐUA – KHEN THƯỞNG"]. */
  issuer: string[];
  /** Place in the date line ("Lạng Sơn"). */
  place: string;
  /** Document number line; default "Số:      /DS-BTĐKT". */
  number?: string;
  /** YYYY-MM-DD; without it the date line keeps blanks to fill by hand. */
  date?: string;
  /** Signature block: title lines and the signer's name. */
  signer?: { titles: string[]; name?: string };
  /** "Nơi nhận" lines, bottom left. */
  recipients?: string[];
}

export interface OfficialDocument {
  /** File name without extension. */
  fileName: string;
  sheetName: string;
  titles: string[];
  subtitle?: string;
  columns: OfficialColumn[];
  sections: OfficialSection[];
  /** Lines under the table, before the signature block. */
  notes: string[];
  body: IssuingBody;
}

export interface OfficialInput {
  master: MasterVersion;
  body: IssuingBody;
  /** Campaign title for the subtitle, e.g. "Hội nghị điển hình tiên tiến tỉnh Lạng Sơn lần thứ VI". */
  campaignTitle?: string;
  /** The campaign's event kind: names the event in the titles (default: Hội nghị điển hình tiên tiến). */
  eventKind?: EventKind;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

function kept(master: MasterVersion): MasterEntry[] {
  return master.entries.filter((e) => e.reviewState !== 'rejected');
}

function birthYears(e: MasterEntry): [OfficialValue, OfficialValue] {
  const year = e.birthYear ?? (e.birthDate ? Number(e.birthDate.slice(0, 4)) : '');
  if (e.kind === 'collective') return ['', ''];
  return e.gender === 'female' ? ['', year] : [year, ''];
}

function positionAndWorkplace(e: MasterEntry): string {
  return [e.position, e.workplace].filter((s) => s !== undefined && s !== '').join(', ');
}

function unitsOf(e: MasterEntry): string {
  return [...new Set(e.sources.map((s) => s.unitName ?? s.unitId))].join('; ');
}

// ---------------------------------------------------------------------------------------------------------------
// Danh sách đề nghị khen thưởng
// ---------------------------------------------------------------------------------------------------------------

const PROPOSAL_COLUMNS: OfficialColumn[] = [
  { header: 'STT', width: 6, align: 'center', format: 'integer' },
  { header: 'Họ và tên / Tên tập thể', width: 26 },
  { header: 'Năm sinh', subHeader: 'Nam', width: 7, align: 'center' },
  { header: 'Năm sinh', subHeader: 'Nữ', width: 7, align: 'center' },
  { header: 'Dân tộc', width: 9, align: 'center' },
  { header: 'Chức vụ, đơn vị công tác', width: 32 },
  { header: 'Số CCCD', width: 15, align: 'center', format: 'text' },
  { header: 'Tóm tắt thành tích', width: 40 },
  { header: 'Đơn vị đề nghị', width: 20 },
  { header: 'Ghi chú', width: 12 },
];

export function proposalList(input: OfficialInput): OfficialDocument {
  const groups = groupByAward(kept(input.master));
  const sections = groups.flatMap(([award, entries], i) => awardSections(award, entries, i + 1));
  const total = groups.reduce((n, [, entries]) => n + entries.length, 0);
  return {
    fileName: 'danh-sach-de-nghi-khen-thuong',
    sheetName: 'Đề nghị khen thưởng',
    titles: [eventKindSpec(input.eventKind).proposalTitle],
    ...subtitle(input),
    columns: PROPOSAL_COLUMNS,
    sections,
    notes: [
      `Tổng số: ${total} (${countKind(groups, 'individual')} cá nhân, ${countKind(groups, 'collective')} tập thể).`,
    ],
    body: input.body,
  };
}

function subtitle(input: OfficialInput): { subtitle?: string } {
  return input.campaignTitle === undefined ? {} : { subtitle: `(Kèm theo ${input.campaignTitle})` };
}

function groupByAward(entries: MasterEntry[]): Array<[string, MasterEntry[]]> {
  const groups = new Map<string, MasterEntry[]>();
  for (const e of entries) {
    const award = finalAward(e) ?? '';
    groups.set(award, [...(groups.get(award) ?? []), e]);
  }
  return [...groups.entries()].sort(([a], [b]) => awardRank(a) - awardRank(b));
}

function awardRank(code: string): number {
  const index = AWARDS.findIndex((a) => a.code === code);
  return index < 0 ? AWARDS.length : index;
}

function countKind(groups: Array<[string, MasterEntry[]]>, kind: MasterEntry['kind']): number {
  return groups.reduce((n, [, entries]) => n + entries.filter((e) => e.kind === kind).length, 0);
}

function awardSections(award: string, entries: MasterEntry[], n: number): OfficialSection[] {
  const heading = `${roman(n)}. ${(award === '' ? 'Chưa xác định hình thức' : awardLabel(award)).toLocaleUpperCase('vi')}`;
  const people = entries.filter((e) => e.kind === 'individual');
  const collectives = entries.filter((e) => e.kind === 'collective');
  const parts: Array<[string, MasterEntry[]]> = [
    ['Cá nhân', people],
    ['Tập thể', collectives],
  ];
  const subs = parts
    .filter(([, list]) => list.length > 0)
    .map(([label, list], i) => ({
      heading: `${i + 1}. ${label}: ${list.length}`,
      level: 2 as const,
      rows: list.map(proposalRow),
    }));
  return [{ heading, level: 1, rows: [] }, ...subs];
}

function proposalRow(e: MasterEntry, i: number): OfficialValue[] {
  return [
    i + 1,
    e.displayName,
    ...birthYears(e),
    e.kind === 'individual' ? ethnicityLabel(e.ethnicity) : '',
    positionAndWorkplace(e),
    e.cccd ?? '',
    e.achievements ?? '',
    unitsOf(e),
    e.reviewNote ?? '',
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Danh sách đại biểu
// ---------------------------------------------------------------------------------------------------------------

const DELEGATE_COLUMNS: OfficialColumn[] = [
  { header: 'STT', width: 6, align: 'center', format: 'integer' },
  { header: 'Họ và tên', width: 26 },
  { header: 'Năm sinh', subHeader: 'Nam', width: 7, align: 'center' },
  { header: 'Năm sinh', subHeader: 'Nữ', width: 7, align: 'center' },
  { header: 'Dân tộc', width: 9, align: 'center' },
  { header: 'Chức vụ, đơn vị công tác', width: 34 },
  { header: 'Trình độ chuyên môn', width: 12, align: 'center' },
  { header: 'Lý luận chính trị', width: 11, align: 'center' },
  { header: 'Đảng viên', width: 8, align: 'center' },
  { header: 'Hình thức khen thưởng', width: 28 },
  { header: 'Ghi chú', width: 12 },
];

export function delegateList(input: OfficialInput): OfficialDocument {
  const delegates = kept(input.master).filter((e) => e.delegate === true);
  const byUnit = new Map<string, MasterEntry[]>();
  for (const e of delegates) {
    const unit = e.sources[0]?.unitName ?? e.sources[0]?.unitId ?? '';
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), e]);
  }
  const groups = [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi'));
  let counter = 0;
  const sections = groups.map(([unit, list], i) => ({
    heading: `${roman(i + 1)}. ${unit.toLocaleUpperCase('vi')} (${list.length} đại biểu)`,
    level: 1 as const,
    rows: list.map((e) => delegateRow(e, ++counter)),
  }));
  return {
    fileName: 'danh-sach-dai-bieu',
    sheetName: 'Đại biểu',
    titles: ['DANH SÁCH ĐẠI BIỂU', `DỰ ${eventKindSpec(input.eventKind).event}`],
    ...subtitle(input),
    columns: DELEGATE_COLUMNS,
    sections,
    notes: [`Tổng số: ${delegates.length} đại biểu.`],
    body: input.body,
  };
}

function delegateRow(e: MasterEntry, n: number): OfficialValue[] {
  return [
    n,
    e.displayName,
    ...birthYears(e),
    e.kind === 'individual' ? ethnicityLabel(e.ethnicity) : '',
    positionAndWorkplace(e),
    educationLabel(e.education),
    politicalTheoryLabel(e.politicalTheory),
    yesNo(e.partyMember) === '' ? '' : 'x',
    awardLabel(finalAward(e)),
    e.kind === 'collective' ? 'Đại diện tập thể' : '',
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Thống kê cơ cấu đại biểu
// ---------------------------------------------------------------------------------------------------------------

const STRUCTURE_COLUMNS: OfficialColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Nội dung', width: 60 },
  { header: 'Số lượng', width: 12, align: 'center', format: 'integer' },
  { header: 'Tỷ lệ (%)', width: 12, align: 'center', format: 'percent' },
  { header: 'Ghi chú', width: 30 },
];

export function structureStats(input: OfficialInput): OfficialDocument {
  const delegates = kept(input.master).filter((e) => e.delegate === true);
  const c = computeStats(
    { entries: delegates },
    { referenceDate: input.master.stats.referenceDate },
  ).campaign;
  const sections: OfficialSection[] = [
    { heading: 'I. TỔNG SỐ ĐẠI BIỂU', level: 1, rows: totalRows(c) },
    { heading: 'II. CƠ CẤU', level: 1, rows: structureRows(c) },
    {
      heading: 'III. ĐỘ TUỔI (cá nhân)',
      level: 1,
      rows: countRows(c.byAgeBand, (k) => AGE_BAND_LABELS[k as AgeBand], c.individuals),
    },
    {
      heading: 'IV. THÀNH PHẦN (cá nhân)',
      level: 1,
      rows: countRows(c.bySocialComposition, compositionLabel, c.individuals),
    },
    { heading: 'V. LĨNH VỰC', level: 1, rows: countRows(c.bySector, sectorLabel, c.entries) },
    { heading: 'VI. HÌNH THỨC KHEN THƯỞNG', level: 1, rows: countRows(c.byAward, awardLabel, c.entries) },
    ...targetSections(structureReport(input.master.stats)),
  ];
  return {
    fileName: 'thong-ke-co-cau-dai-bieu',
    sheetName: 'Cơ cấu đại biểu',
    titles: ['THỐNG KÊ CƠ CẤU ĐẠI BIỂU', `DỰ ${eventKindSpec(input.eventKind).event}`],
    ...subtitle(input),
    columns: STRUCTURE_COLUMNS,
    sections,
    notes: [
      'Tỷ lệ của các chỉ tiêu về cá nhân tính trên tổng số đại biểu cá nhân.',
      ...targetNotes(structureReport(input.master.stats)),
    ],
    body: input.body,
  };
}

/**
 * VII: the whole list against the campaign's targets and seats; VIII: each unit (seats and the groups with a
 * target). "Ghi chú" holds the target and the verdict. Nothing for a version counted before structure targets.
 */
function targetSections(report: StructureReport | null): OfficialSection[] {
  if (report === null) return [];
  const units = report.units.flatMap((u, i): OfficialSection[] => [
    { heading: `${i + 1}. ${u.unitName ?? u.unitId}`, level: 2, rows: scopeRows(u, false) },
  ]);
  return [
    {
      heading: 'VII. CƠ CẤU SO VỚI CHỈ TIÊU (TOÀN DANH SÁCH)',
      level: 1,
      rows: scopeRows(report.whole, true),
    },
    ...(units.length === 0
      ? []
      : [{ heading: 'VIII. CƠ CẤU THEO ĐƠN VỊ', level: 1 as const, rows: [] }, ...units]),
  ];
}

function scopeRows(scope: StructureScope, all: boolean): OfficialValue[][] {
  const { seats } = scope;
  const seatNote =
    seats.limit === undefined
      ? ''
      : `Chỉ tiêu ${seats.limit} ghế – ${seats.over ? `vượt ${seats.used - seats.limit}` : 'đạt'}`;
  const lines = scope.lines.filter((l) => all || l.status !== 'noTarget');
  return [
    [1, 'Số đại biểu (ghế đã dùng)', seats.used, '', seatNote],
    [2, 'Số cá nhân được tính cơ cấu', scope.persons, '', ''],
    ...lines.map((l, i): OfficialValue[] => {
      const target = targetText(l);
      const note = target === '' ? '' : `Chỉ tiêu ${target} – ${statusText(l).toLowerCase()}`;
      return [i + 3, l.label, l.count, Math.round(l.share * 10_000) / 10_000, note];
    }),
  ];
}

function targetNotes(report: StructureReport | null): string[] {
  if (report === null) return [];
  const basis =
    report.basis === 'delegates'
      ? 'Cơ cấu so với chỉ tiêu tính trên các đại biểu hợp lệ, không bị loại'
      : 'Chưa có ai được đề nghị làm đại biểu: cơ cấu so với chỉ tiêu tính trên mọi hồ sơ hợp lệ, không bị loại';
  return [
    `${basis}; thanh niên: không quá ${report.youthMaxAge} tuổi trong năm ${report.referenceYear}; "thiếu" là số người của nhóm cần có thêm khi giữ nguyên tổng số đại biểu.`,
  ];
}

function pct(n: number, of: number): number {
  return of === 0 ? 0 : Math.round((n / of) * 10_000) / 10_000;
}

function totalRows(c: StatsCounts): OfficialValue[][] {
  return [
    [1, 'Tổng số đại biểu', c.entries, pct(c.entries, c.entries)],
    [2, 'Đại biểu cá nhân', c.individuals, pct(c.individuals, c.entries)],
    [3, 'Đại diện tập thể', c.collectives, pct(c.collectives, c.entries)],
  ];
}

function structureRows(c: StatsCounts): OfficialValue[][] {
  const lines: Array<[string, number]> = [
    ['Nữ', c.women],
    ['Người dân tộc thiểu số', c.ethnicMinority],
    ['Đảng viên', c.partyMembers],
    ['Người lao động trực tiếp', c.directLabourers],
  ];
  return lines.map(([label, n], i) => [i + 1, label, n, pct(n, c.individuals)]);
}

function countRows(
  counts: Record<string, number>,
  label: (key: string) => string,
  of: number,
): OfficialValue[][] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n], i) => [i + 1, label(key), n, pct(n, of)]);
}

/** The three documents, in the order the board files them. */
export function officialDocuments(input: OfficialInput): OfficialDocument[] {
  return [proposalList(input), delegateList(input), structureStats(input)];
}
