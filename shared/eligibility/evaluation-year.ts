// The year a campaign's achievements are assessed for ("năm đánh giá"): the campaign's, never the server clock's.
// Rule (documented in docs/domain.md "The campaign's year"):
// - the annual titles (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động xuất sắc…) of year Y are
//   decided at the year-end review, from December of Y to March of Y + 1. A campaign whose deadline (local date)
//   falls in January–March therefore assesses the year just ended (Y = deadline year − 1); a deadline from April
//   to December assesses the deadline's own year (a year-end emulation campaign closing in December assesses that
//   year);
// - honouring campaigns ("biểu dương": good people and good deeds, creative workers) are not tied to the annual
//   review: they always assess the deadline's year.
// CampaignRules.evaluationYear overrides the default.
import type { EVENT_KINDS } from '../api/admin-campaign';

export type EventKind = (typeof EVENT_KINDS)[number];

const NOT_YEAR_END: ReadonlySet<string> = new Set([
  'bieu-duong-nguoi-tot-viec-tot',
  'bieu-duong-lao-dong-gioi-sang-tao',
]);

const LOCAL_DATE = /^(\d{4})-(\d{2})-\d{2}/;

/** Default evaluation year from the deadline as written (ISO date or instant with offset, local date first). */
export function defaultEvaluationYear(input: { deadline: string; eventKind: EventKind | string }): number {
  const m = LOCAL_DATE.exec(input.deadline);
  if (m === null) throw new RangeError(`deadline is not an ISO date: ${input.deadline}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (NOT_YEAR_END.has(input.eventKind)) return year;
  return month <= 3 ? year - 1 : year;
}
