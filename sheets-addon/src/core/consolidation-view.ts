// Pure: what the consolidation sidebar shows — the page's opening data, the progress of a run (stage, done/total,
// percent) and, once done, the totals, the changes since the previous version and the duplicate groups.
import type { ActiveRun } from './active-run';

export interface ConsolidateOptions {
  notifyUnits: boolean;
  writeSheet: boolean;
}

/** The page's opening data: the run id it will start, how often to poll, a run of this spreadsheet still going. */
export interface ConsolidateSidebarPayload {
  runId: string;
  pollMs: number;
  active: ActiveRun | null;
}

/**
 * pending: the server has no such run yet (not started, or never will); busy: another run is in progress — `runId`
 * is that run when it is known (the page follows it), '' when only the server knows.
 */
export type RunViewState = 'pending' | 'running' | 'done' | 'failed' | 'busy';

export interface Figure {
  label: string;
  value: number;
}

export interface DuplicateCounts {
  groups: number;
  probable: number;
  undecided: number;
}

export interface SheetView {
  written: boolean;
  text: string;
  url: string;
}

export interface ConsolidationPayload {
  runId: string;
  state: RunViewState;
  stage: string;
  stageLabel: string;
  done: number;
  total: number;
  /** "6/12 đơn vị" while reading, "3/5 phần dữ liệu" while writing, '' otherwise. */
  countText: string;
  percent: number;
  message: string;
  version: number | null;
  reused: boolean;
  notified: boolean;
  totals: Figure[];
  changes: Figure[];
  duplicates: DuplicateCounts | null;
  sheet: SheetView | null;
}

/** What board-api reads from a consolidate or consolidationStatus answer. */
export interface RunReading {
  runId: string;
  state: 'running' | 'done' | 'failed';
  stage: string;
  done: number;
  total: number;
  progress: number;
  message: string;
  master: Record<string, unknown> | null;
  sheet: unknown;
}

export const STAGE_LABELS: Record<string, string> = {
  pending: 'Đang chờ máy chủ bắt đầu',
  reading: 'Bước 1/3 – Đọc danh sách của các đơn vị',
  matching: 'Bước 2/3 – Đối chiếu trùng lặp',
  writing: 'Bước 3/3 – Lưu phiên bản tổng hợp',
  done: 'Hoàn tất',
  failed: 'Bị lỗi',
};

const COUNT_UNITS: Record<string, string> = { reading: 'đơn vị', writing: 'phần dữ liệu' };

const TOTAL_LABELS: Array<[string, string]> = [
  ['entries', 'Tổng số trường hợp'],
  ['individuals', 'Cá nhân'],
  ['collectives', 'Tập thể'],
  ['units', 'Đơn vị đã nộp'],
  ['invalidRows', 'Dòng lỗi bị loại'],
  ['multipleAwardEntries', 'Đề nghị nhiều hình thức'],
];

const CHANGE_LABELS: Array<[string, string]> = [
  ['added', 'Thêm mới'],
  ['removed', 'Không còn trong danh sách'],
  ['changed', 'Thay đổi thông tin'],
  ['newDuplicateGroups', 'Nhóm trùng lặp mới'],
];

type Body = Record<string, unknown>;

function asBody(value: unknown): Body {
  return typeof value === 'object' && value !== null ? (value as Body) : {};
}

function count(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : 0;
}

function figures(source: Body, labels: Array<[string, string]>): Figure[] {
  return labels.map(([key, label]) => ({ label, value: count(source[key]) }));
}

export function countText(stage: string, done: number, total: number): string {
  const unit = COUNT_UNITS[stage];
  return unit && total > 0 ? `${done}/${total} ${unit}` : '';
}

/** Duplicate groups of the version: from the groups themselves, else from the totals. */
export function duplicateCounts(master: Body): DuplicateCounts {
  const totals = asBody(master.totals);
  if (!Array.isArray(master.duplicates))
    return {
      groups: count(totals.duplicateGroups),
      probable: count(totals.probableGroups),
      undecided: count(totals.undecidedGroups),
    };
  const groups = master.duplicates.map(asBody);
  const probable = groups.filter((g) => g.kind === 'probable');
  const undecided = probable.filter((g) => typeof g.decision !== 'string' || g.decision === '');
  return { groups: groups.length, probable: probable.length, undecided: undecided.length };
}

/** consolidate's `sheet` outcome (writeSheet): the tabs written, or the server's reason it was not. */
export function sheetView(value: unknown): SheetView | null {
  const sheet = asBody(value);
  if (sheet.written === true) {
    const id = typeof sheet.spreadsheetId === 'string' ? sheet.spreadsheetId : '';
    const tabs = Array.isArray(sheet.tabs) ? sheet.tabs.length : 0;
    const url = id ? `https://docs.google.com/spreadsheets/d/${encodeURIComponent(id)}` : '';
    return { written: true, text: `Đã ghi vào bảng tính tổng hợp (${tabs} trang).`, url };
  }
  if (sheet.written !== false) return null;
  const message = asBody(sheet.error).message;
  const reason = typeof message === 'string' ? message : 'không rõ lý do';
  return { written: false, text: `Chưa ghi được vào bảng tính tổng hợp: ${reason}`, url: '' };
}

function percentOf(progress: number): number {
  return Math.round(Math.min(Math.max(progress, 0), 1) * 100);
}

export function consolidationPayload(run: RunReading, notified = false): ConsolidationPayload {
  const stage = run.stage || run.state;
  const master = run.master;
  return {
    runId: run.runId,
    state: run.state,
    stage,
    stageLabel: STAGE_LABELS[stage] ?? stage,
    done: run.done,
    total: run.total,
    countText: run.state === 'running' ? countText(stage, run.done, run.total) : '',
    percent: percentOf(run.progress),
    message: run.message,
    version: typeof master?.version === 'number' ? master.version : null,
    reused: master?.reused === true,
    notified: notified && master !== null,
    totals: master ? figures(asBody(master.totals), TOTAL_LABELS) : [],
    changes: master ? figures(asBody(master.changes), CHANGE_LABELS) : [],
    duplicates: master ? duplicateCounts(master) : null,
    sheet: sheetView(run.sheet),
  };
}

/** A page state without figures: pending (no run yet) or busy (another run in progress). */
export function waitingPayload(
  state: 'pending' | 'busy',
  runId: string,
  message: string,
): ConsolidationPayload {
  const run: RunReading = {
    runId,
    state: 'running',
    stage: 'pending',
    done: 0,
    total: 0,
    progress: 0,
    message,
    master: null,
    sheet: null,
  };
  return { ...consolidationPayload(run), state };
}

/** The options the page sends to runConsolidation, read strictly (only `true` turns an option on). */
export function consolidateOptions(value: unknown): ConsolidateOptions {
  const body = asBody(value);
  return { notifyUnits: body.notifyUnits === true, writeSheet: body.writeSheet === true };
}
