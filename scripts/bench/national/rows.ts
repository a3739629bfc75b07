// Rows of a national campaign for the national bench: one list per province (unit kind 'province'), as sendUp
// submits it (a province board's master entries as rows, each with its provenance in `sourceRef`). People come from
// the synthetic-name generator of the consolidation fixtures (realistic Vietnamese name distribution); ~5% of a
// province's rows are variants of its own (accents dropped, a typo, words swapped), and ~3% are people an earlier
// province also proposed (same or variant name, same birth data and workplace): the cross-province duplicates.
import { formatProvenance } from '../../../shared/consolidation/provenance';
import type { NomineeFields, SubmissionRow, UnitSubmission } from '../../../shared/consolidation/types';
import { foldDiacritics } from '../../../shared/text/normalize';
import {
  type Random,
  randomCccd,
  randomPerson,
  seededRandom,
} from '../../../test/fixtures/consolidation/synthetic-names';

export const ROWS_PER_PROVINCE = 9000;
const AWARDS = ['CSTD_TQ', 'TTLDXS', 'TTLDTT', 'CO_CP'];
const POSITIONS = ['Chuyên viên', 'Giáo viên', 'Công nhân', 'Bác sĩ', 'Kỹ sư', 'Nông dân', 'Trưởng phòng'];
const COMPOSITIONS = ['worker', 'farmer', 'intellectual', 'entrepreneur', 'official'];
const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia các phong trào thi đua của cơ quan, đơn vị.';

export const provinceId = (p: number): string => `p${String(p + 1).padStart(2, '0')}`;

/** The latest list of each of `provinces` provinces, deterministic for a given count. */
export function nationalSubmissions(provinces: number, rows = ROWS_PER_PROVINCE): UnitSubmission[] {
  const out: UnitSubmission[] = [];
  for (let p = 0; p < provinces; p++) out.push(provinceList(p, rows, out));
  return out;
}

function provinceList(p: number, count: number, earlier: UnitSubmission[]): UnitSubmission {
  const random = seededRandom(1000 + p);
  const unitId = provinceId(p);
  const rows: SubmissionRow[] = [];
  while (rows.length < count) {
    const r = random();
    const from = r < 0.03 && earlier.length > 0 ? fromEarlier(random, earlier) : undefined;
    const data =
      from ?? (r < 0.08 && rows.length > 0 ? variant(random, pickRow(random, rows)) : person(random));
    rows.push(rowOf(random, unitId, data, rows.length));
  }
  return {
    unitId,
    unitName: `Tỉnh số ${p + 1}`,
    unitKind: 'province',
    version: 1,
    submittedAt: '2026-11-20T03:00:00.000Z',
    rows,
  };
}

function pickRow(random: Random, rows: SubmissionRow[]): NomineeFields {
  return (rows[Math.floor(random() * rows.length)] as SubmissionRow).data;
}

function fromEarlier(random: Random, earlier: UnitSubmission[]): NomineeFields {
  const list = earlier[Math.floor(random() * earlier.length)] as UnitSubmission;
  const data = pickRow(random, list.rows);
  return random() < 0.5 ? { ...data } : variant(random, data);
}

function person(random: Random): NomineeFields {
  const p = randomPerson(random);
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthYear: p.birthYear,
    ...(random() < 0.6 ? { birthDate: p.birthDate } : {}),
    ...(random() < 0.5 ? { cccd: randomCccd(random, p) } : {}),
    ethnicity: random() < 0.85 ? '01' : String(2 + Math.floor(random() * 20)).padStart(2, '0'),
    position: POSITIONS[Math.floor(random() * POSITIONS.length)] as string,
    workplace: `UBND xã số ${1 + Math.floor(random() * 400)}`,
    socialComposition: COMPOSITIONS[Math.floor(random() * COMPOSITIONS.length)] as string,
    partyMember: random() < 0.6,
    award: AWARDS[Math.floor(random() * AWARDS.length)] as string,
    achievements: ACHIEVEMENTS,
  } as NomineeFields;
}

function variant(random: Random, data: NomineeFields): NomineeFields {
  const name = data.fullName ?? '';
  const r = random();
  const fullName = r < 0.4 ? foldDiacritics(name) : r < 0.7 ? typo(random, name) : swap(name);
  return { ...data, fullName };
}

function typo(random: Random, name: string): string {
  const at = 1 + Math.floor(random() * (name.length - 1));
  return name.slice(0, at) + name.slice(at + 1);
}

function swap(name: string): string {
  const words = name.split(' ');
  return [words[0], ...words.slice(1).reverse()].join(' ');
}

function rowOf(random: Random, unitId: string, data: NomineeFields, i: number): SubmissionRow {
  const sourceRef = formatProvenance({
    campaignId: `${unitId}-dhtd`,
    masterVersion: 3,
    nomineeId: `n${unitId}${i.toString(36)}`,
    rows: [{ unitId: `${unitId}-u${i % 120}`, kind: 'individual', sheetRow: 2 + Math.floor(i / 120) }],
  });
  return {
    sheetRow: 2 + i,
    kind: 'individual',
    valid: random() > 0.01,
    data: { ...data, sourceRef } as NomineeFields,
  };
}
