// Pure: "Ghi kết quả duyệt" — the board's review columns of the "Tổng hợp" tab (state from a dropdown, note,
// decision number and date) against what was last written, as ONE reviewNominees request
// { campaignId, version?, reviews: [{ nomineeId, state, note?, decisionNumber?, decisionDate? }] }, and the
// per-row results { version, results: [{ nomineeId, ok, state?, error?: { code, message } }] } painted back.
// Rows are found by "Mã hồ sơ" (nomineeId), never by position. The baseline (last written values) lives in a
// hidden tab; only rows that differ from it are sent.
import {
  ENTRY_REVIEW_LABELS,
  NOMINEE_REVIEW_LABELS,
  NOMINEE_REVIEW_STATES,
  type NomineeReviewState,
} from '../../../shared/api/master-entries';

export const REVIEW_HEADERS = {
  nomineeId: 'Mã hồ sơ',
  state: 'Trạng thái xét duyệt',
  note: 'Ghi chú xét duyệt',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  result: 'Kết quả ghi duyệt',
} as const;

export interface ReviewValues {
  state: NomineeReviewState;
  note: string;
  decisionNumber: string;
  decisionDate: string;
}

export interface ReviewItem {
  nomineeId: string;
  state: NomineeReviewState;
  note?: string;
  decisionNumber?: string;
  decisionDate?: string;
}

export interface RowIssue {
  row: number;
  column: number;
  message: string;
}

export interface ReviewDiff {
  reviews: ReviewItem[];
  /** Sheet row of each nominee sent. */
  rows: Map<string, number>;
  issues: RowIssue[];
  unchanged: number;
}

/** The server's column listing what the unit changed after the review (old → new values). */
export const CHANGED_SINCE_REVIEW = 'Thay đổi sau khi duyệt';

export type ReviewColumns = Record<keyof typeof REVIEW_HEADERS | 'changedSince', number>;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** 0-based indexes by header; -1 when absent. */
export function reviewColumns(header: unknown[]): ReviewColumns {
  const labels = header.map(text);
  const at = (label: string) => labels.indexOf(label);
  return {
    nomineeId: at(REVIEW_HEADERS.nomineeId),
    state: at(REVIEW_HEADERS.state),
    note: at(REVIEW_HEADERS.note),
    decisionNumber: at(REVIEW_HEADERS.decisionNumber),
    decisionDate: at(REVIEW_HEADERS.decisionDate),
    result: at(REVIEW_HEADERS.result),
    changedSince: at(CHANGED_SINCE_REVIEW),
  };
}

/** Labels the master sheet shows that are no board decision: no review yet, and a reviewed row the unit changed. */
const SERVER_ONLY_LABELS = ['Chờ xét', ENTRY_REVIEW_LABELS.needsReReview];

export function stateOfLabel(label: string): NomineeReviewState | null {
  const found = NOMINEE_REVIEW_STATES.find((s) => NOMINEE_REVIEW_LABELS[s] === label || s === label);
  return found ?? null;
}

/** "dd/mm/yyyy", "yyyy-mm-dd" or a Date cell → "yyyy-mm-dd" (Vietnam date); null when unreadable. */
export function decisionDateOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return new Date(value.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const raw = text(value);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const iso = vn
    ? `${vn[3]}-${(vn[2] as string).padStart(2, '0')}-${(vn[1] as string).padStart(2, '0')}`
    : raw;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function same(a: ReviewValues, b: ReviewValues | undefined): boolean {
  return (
    b !== undefined &&
    a.state === b.state &&
    a.note === b.note &&
    a.decisionNumber === b.decisionNumber &&
    a.decisionDate === b.decisionDate
  );
}

/** The row's review values, or issues on its cells (1-based columns). */
function readRow(
  row: unknown[],
  sheetRow: number,
  at: ReviewColumns,
): { values: ReviewValues | null; issues: RowIssue[] } {
  const cell = (index: number) => (index < 0 ? '' : text(row[index]));
  const issue = (index: number, message: string): RowIssue => ({ row: sheetRow, column: index + 1, message });
  const label = cell(at.state);
  // Written by the server, not chosen by the board: no decision on this row yet.
  if (label === '' || SERVER_ONLY_LABELS.includes(label)) return { values: null, issues: [] };
  const state = stateOfLabel(label);
  if (!state) return { values: null, issues: [issue(at.state, 'Trạng thái không có trong danh sách chọn.')] };
  const rawDate = at.decisionDate < 0 ? '' : row[at.decisionDate];
  const decisionDate = text(rawDate) === '' ? '' : decisionDateOf(rawDate);
  const values = {
    state,
    note: cell(at.note),
    decisionNumber: cell(at.decisionNumber),
    decisionDate: decisionDate ?? '',
  };
  const issues: RowIssue[] = [];
  if (decisionDate === null) issues.push(issue(at.decisionDate, 'Ngày quyết định cần dạng dd/mm/yyyy.'));
  if (state === 'needsInfo' && values.note === '')
    issues.push(issue(at.note, 'Cần ghi rõ đơn vị phải bổ sung gì (trạng thái “Cần bổ sung”).'));
  if (state === 'awarded' && (values.decisionNumber === '' || values.decisionDate === ''))
    issues.push(issue(at.decisionNumber, 'Trạng thái “Đã khen thưởng” cần số và ngày quyết định.'));
  return { values: issues.length > 0 ? null : values, issues };
}

function item(nomineeId: string, v: ReviewValues): ReviewItem {
  return {
    nomineeId,
    state: v.state,
    ...(v.note ? { note: v.note } : {}),
    ...(v.decisionNumber ? { decisionNumber: v.decisionNumber } : {}),
    ...(v.decisionDate ? { decisionDate: v.decisionDate } : {}),
  };
}

/** The rows whose review differs from the baseline (rows without a state are not reviews and are skipped). */
export function diffReviews(values: unknown[][], baseline: Map<string, ReviewValues>): ReviewDiff {
  const at = reviewColumns(values[0] ?? []);
  const diff: ReviewDiff = { reviews: [], rows: new Map(), issues: [], unchanged: 0 };
  if (at.nomineeId < 0 || at.state < 0) return diff;
  values.slice(1).forEach((row, i) => {
    const nomineeId = text(row[at.nomineeId]);
    if (!nomineeId) return;
    const read = readRow(row, i + 2, at);
    diff.issues.push(...read.issues);
    if (!read.values) return;
    // A row the unit changed after its review ("Thay đổi sau khi duyệt" filled by the server) is decided anew
    // even when the board picks the same state as before.
    const changedSince = at.changedSince >= 0 && text(row[at.changedSince]) !== '';
    if (!changedSince && same(read.values, baseline.get(nomineeId))) diff.unchanged++;
    else {
      diff.reviews.push(item(nomineeId, read.values));
      diff.rows.set(nomineeId, i + 2);
    }
  });
  return diff;
}

export interface ReviewResult {
  nomineeId: string;
  ok: boolean;
  state?: NomineeReviewState;
  error?: { code: string; message: string };
}

/** Reads the batch answer leniently: unknown items are dropped, a missing result means "not written". */
export function parseReviewResults(body: unknown): { version: number | null; results: ReviewResult[] } {
  const answer = (body ?? {}) as { version?: unknown; results?: unknown };
  const results = Array.isArray(answer.results) ? answer.results : [];
  return {
    version: typeof answer.version === 'number' ? answer.version : null,
    results: results.flatMap((r): ReviewResult[] => {
      const x = (r ?? {}) as Record<string, unknown>;
      if (typeof x.nomineeId !== 'string' || typeof x.ok !== 'boolean') return [];
      const state = typeof x.state === 'string' ? stateOfLabel(x.state) : null;
      const e = x.error as { code?: unknown; message?: unknown } | undefined;
      const error =
        e && typeof e.code === 'string' && typeof e.message === 'string'
          ? { code: e.code, message: e.message }
          : undefined;
      return [{ nomineeId: x.nomineeId, ok: x.ok, ...(state ? { state } : {}), ...(error ? { error } : {}) }];
    }),
  };
}

export interface ResultCell {
  row: number;
  text: string;
  color: string;
}

const OK_COLOR = '#d9ead3';
const ERROR_COLOR = '#f4c7c3';

/** What goes into the result column of each sent row, and the new baseline (only rows the server wrote). */
export function applyResults(
  diff: ReviewDiff,
  results: ReviewResult[],
  baseline: Map<string, ReviewValues>,
): { cells: ResultCell[]; baseline: Map<string, ReviewValues>; written: number; failed: number } {
  const byId = new Map(results.map((r) => [r.nomineeId, r]));
  const next = new Map(baseline);
  const cells: ResultCell[] = [];
  let written = 0;
  for (const review of diff.reviews) {
    const row = diff.rows.get(review.nomineeId) as number;
    const result = byId.get(review.nomineeId);
    if (result?.ok) {
      written++;
      const state = result.state ?? review.state;
      next.set(review.nomineeId, {
        state,
        note: review.note ?? '',
        decisionNumber: review.decisionNumber ?? '',
        decisionDate: review.decisionDate ?? '',
      });
      cells.push({ row, text: `Đã ghi: ${NOMINEE_REVIEW_LABELS[state]}`, color: OK_COLOR });
    } else {
      const message = result?.error?.message ?? 'Máy chủ không trả kết quả cho dòng này; chưa ghi.';
      cells.push({ row, text: `Chưa ghi: ${message}`, color: ERROR_COLOR });
    }
  }
  return { cells, baseline: next, written, failed: diff.reviews.length - written };
}

/** The request of "Ghi kết quả duyệt" (one call for every changed row). */
export function reviewRequest(campaignId: string, version: number | null, diff: ReviewDiff) {
  return { campaignId, ...(version === null ? {} : { version }), reviews: diff.reviews };
}

/** Baseline rows for the hidden tab, and back. */
export function baselineRows(baseline: Map<string, ReviewValues>): string[][] {
  return [...baseline].map(([id, v]) => [id, v.state, v.note, v.decisionNumber, v.decisionDate]);
}

export function baselineOf(rows: unknown[][]): Map<string, ReviewValues> {
  const map = new Map<string, ReviewValues>();
  for (const row of rows) {
    const state = stateOfLabel(text(row[1]));
    if (!text(row[0]) || !state) continue;
    map.set(text(row[0]), {
      state,
      note: text(row[2]),
      decisionNumber: text(row[3]),
      decisionDate: text(row[4]),
    });
  }
  return map;
}
