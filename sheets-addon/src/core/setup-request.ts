// Pure: the setup tabs' values → the adminCampaign request, with the cell each request path came from, so every
// error — a cell that cannot be read, a local zod issue, a field path the server names — points at tab, row and
// column ("units.3.editors.0" → “Đơn vị”, row 5, “Email người nhập”).
import { adminCampaignRequestSchema, type StructureTargets } from '../../../shared/api/admin-campaign';
import { STRUCTURE_KEYS } from '../../../shared/consolidation/structure';
import {
  AWARD_FIRST_COLUMN,
  awardChoices,
  boardColumns,
  campaignFields,
  choiceValue,
  type FieldSpec,
  NO,
  SETUP_TABS,
  type SetupTab,
  unitColumns,
  YES,
} from './setup-spec';

export interface CellRef {
  tab: SetupTab;
  row: number;
  column: number;
  header: string;
}

export interface SetupIssue extends CellRef {
  code: string;
  message: string;
}

export interface SetupValues {
  /** getValues() of each tab, header row included ([] when the tab is missing). */
  campaign: unknown[][];
  units: unknown[][];
  board: unknown[][];
}

export type Json = Record<string, unknown>;

/** A unit's stored quota (campaign.quotas[unitId]) as adminCampaign answers it. */
export interface StoredQuota {
  total?: number | undefined;
  byAward?: Record<string, number> | undefined;
  seats?: number | undefined;
}

/**
 * What the server holds of the campaign, for the fields the tabs send whole (adminCampaign replaces them whole):
 * quotas (the tab has total and seats, not byAward, and may not list every unit) and structureTargets (an older
 * tab may lack some rows). null: the campaign does not exist yet, or it was not read.
 */
export interface StoredCampaign {
  quotas: Record<string, StoredQuota>;
  structureTargets?: StructureTargets;
}

export interface SetupRequest {
  request: Json;
  origins: Map<string, CellRef>;
  issues: SetupIssue[];
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** "dd/mm/yyyy hh:mm" (or an ISO instant, or a Date cell) in Vietnam time (UTC+7, no daylight saving). */
export function deadlineIso(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoAtVietnam(value);
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text(value));
  if (!match) return /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text(value)) ? text(value) : null;
  const [, d, m, y, hh = '17', mm = '00'] = match;
  const pad = (n: string) => n.padStart(2, '0');
  const iso = `${y}-${pad(m as string)}-${pad(d as string)}T${pad(hh)}:${mm}:00+07:00`;
  const back = new Date(iso);
  return Number.isNaN(back.getTime()) || isoAtVietnam(back) !== iso ? null : iso;
}

function isoAtVietnam(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/** The deadline as the campaign tab shows it: "30/06/2026 17:00". */
export function deadlineText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseCell(field: FieldSpec, cell: unknown): Parsed {
  const raw = text(cell);
  if (raw === '') return { ok: true, value: undefined };
  if (field.kind === 'int') {
    const n = typeof cell === 'number' ? cell : Number(raw.replace(/\s/g, ''));
    return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, message: 'Cần một số nguyên.' };
  }
  if (field.kind === 'percent') return percentOf(cell, raw);
  if (field.kind === 'yesno') {
    if (raw === YES || cell === true) return { ok: true, value: true };
    if (raw === NO || cell === false) return { ok: true, value: false };
    return { ok: false, message: `Chọn “${YES}” hoặc “${NO}”.` };
  }
  if (field.kind === 'choice') {
    const value = choiceValue(field, raw);
    return value === null
      ? { ok: false, message: 'Giá trị không có trong danh sách chọn.' }
      : { ok: true, value };
  }
  if (field.kind === 'datetime') {
    const value = deadlineIso(cell);
    return value
      ? { ok: true, value }
      : { ok: false, message: 'Cần ngày giờ dạng dd/mm/yyyy hh:mm, ví dụ 30/06/2026 17:00.' };
  }
  return { ok: true, value: raw };
}

/**
 * A share: "30%", "12,5%" or 30 (a whole number of percent), or a cell formatted as percent (its value 0.3:
 * numbers up to 1 are taken as fractions). Sent as a fraction 0..1.
 */
function percentOf(cell: unknown, raw: string): Parsed {
  const typed = Number(raw.replace(/\s/g, '').replace(/%$/, '').replace(',', '.'));
  const share = typeof cell === 'number' ? (cell <= 1 ? cell : cell / 100) : typed / 100;
  return Number.isFinite(share) && share >= 0 && share <= 1
    ? { ok: true, value: Math.round(share * 10_000) / 10_000 }
    : { ok: false, message: 'Cần một tỷ lệ từ 0% đến 100%, ví dụ 30%.' };
}

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[keys[keys.length - 1] as string] = value;
}

class Builder {
  readonly request: Json = {};
  readonly origins = new Map<string, CellRef>();
  readonly issues: SetupIssue[] = [];

  put(path: string, field: FieldSpec, cell: unknown, at: CellRef): unknown {
    this.origins.set(path, at);
    const parsed = parseCell(field, cell);
    if (!parsed.ok) {
      this.issues.push({ ...at, code: 'SETUP_CELL', message: parsed.message });
      return undefined;
    }
    if (parsed.value === undefined && field.required)
      this.issues.push({ ...at, code: 'SETUP_REQUIRED', message: 'Chưa nhập (bắt buộc).' });
    return parsed.value;
  }
}

function readCampaign(b: Builder, rows: unknown[][], stored: StoredCampaign | null): void {
  const byLabel = new Map(rows.slice(1).map((row, i) => [text(row[0]), { row, sheetRow: i + 2 }]));
  const campaign: Json = {};
  const absent = new Set<string>();
  for (const field of campaignFields()) {
    const found = byLabel.get(field.label);
    if (!found) absent.add(field.path);
    const at: CellRef = {
      tab: SETUP_TABS.campaign,
      row: found?.sheetRow ?? 1,
      column: 2,
      header: field.label,
    };
    const value = b.put(field.path, field, found?.row[1], at);
    if (value === undefined) continue;
    if (field.path === 'campaignId') b.request.campaignId = value;
    else setPath(campaign, field.path.slice('campaign.'.length), value);
  }
  campaign.awards = readAwards(b, rows);
  completeTargets(b, campaign, absent, stored?.structureTargets ?? {});
  b.request.campaign = campaign;
}

const TARGETS = 'campaign.structureTargets';
type Bounds = { min?: number | undefined; max?: number | undefined };

/** A share as the campaign tab shows it: 0.125 → "12,5%". */
export const percentText = (share: number): string =>
  `${String(Math.round(share * 10_000) / 100).replace('.', ',')}%`;

/**
 * structureTargets is sent whole when any of its rows is filled (all empty: not sent, the stored targets stay).
 * A row missing from the tab (a tab written before the row existed) keeps the stored value; a maximum without a
 * minimum gets minimum 0; a maximum below its minimum is marked on the maximum's cell.
 */
function completeTargets(b: Builder, campaign: Json, absent: Set<string>, kept: StructureTargets): void {
  const typed = campaign.structureTargets as Json | undefined;
  if (typed === undefined) return;
  const keptBound = (path: string, value: number | undefined) => (absent.has(path) ? value : undefined);
  for (const key of STRUCTURE_KEYS) {
    const group: Bounds = { ...((typed[key] as Bounds | undefined) ?? {}) };
    const stored = kept[key];
    group.min ??= keptBound(`${TARGETS}.${key}.min`, stored?.min);
    group.max ??= keptBound(`${TARGETS}.${key}.max`, stored?.max);
    if (group.min === undefined && group.max === undefined) continue;
    if (group.min === undefined) group.min = 0;
    if (group.max === undefined) delete group.max;
    typed[key] = group;
    checkBounds(b, key, group);
  }
  typed.youthMaxAge ??= keptBound(`${TARGETS}.youthMaxAge`, kept.youthMaxAge);
  if (typed.youthMaxAge === undefined) delete typed.youthMaxAge;
}

/** The structure target rows of the campaign tab (request path → "30%", the youth age), from stored targets. */
export function targetCells(targets: StructureTargets | undefined): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  if (!targets) return cells;
  for (const key of STRUCTURE_KEYS) {
    const target = targets[key];
    if (target) cells[`${TARGETS}.${key}.min`] = percentText(target.min);
    if (target?.max !== undefined) cells[`${TARGETS}.${key}.max`] = percentText(target.max);
  }
  if (targets.youthMaxAge !== undefined) cells[`${TARGETS}.youthMaxAge`] = targets.youthMaxAge;
  return cells;
}

function checkBounds(b: Builder, key: string, group: Bounds): void {
  if (group.max === undefined || group.min === undefined || group.max >= group.min) return;
  const maxAt = b.origins.get(`${TARGETS}.${key}.max`);
  const at = maxAt && maxAt.row > 1 ? maxAt : b.origins.get(`${TARGETS}.${key}.min`);
  if (!at) return;
  b.issues.push({
    ...at,
    code: 'SETUP_TARGET_RANGE',
    message: `Tỷ lệ tối đa (${percentText(group.max)}) nhỏ hơn tỷ lệ tối thiểu (${percentText(group.min)}).`,
  });
}

function readAwards(b: Builder, rows: unknown[][]): string[] {
  const codes = new Set(awardChoices().map((c) => c.value));
  const awards: string[] = [];
  rows.slice(1).forEach((row, i) => {
    const code = text(row[AWARD_FIRST_COLUMN]);
    if (!codes.has(code) || text(row[AWARD_FIRST_COLUMN + 1]) !== YES) return;
    const at = {
      tab: SETUP_TABS.campaign,
      row: i + 2,
      column: AWARD_FIRST_COLUMN + 2,
      header: 'Cho phép đề nghị',
    };
    b.origins.set(`campaign.awards.${awards.length}`, at);
    awards.push(code);
  });
  return awards;
}

const splitEmails = (cell: unknown): string[] =>
  text(cell)
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');

type MemberRole = 'board' | 'unit' | 'council';

interface MemberDraft {
  email: string;
  role: MemberRole;
  unitIds: string[];
  active: boolean;
  at: CellRef;
}

interface TabQuota {
  unitId: string;
  total: number | undefined;
  seats: number | undefined;
}

function readUnits(
  b: Builder,
  rows: unknown[][],
  members: Map<string, MemberDraft>,
  stored: StoredCampaign | null,
): void {
  const columns = unitColumns();
  const header = (rows[0] ?? []).map(text);
  const units: Json[] = [];
  const quotas: TabQuota[] = [];
  rows.slice(1).forEach((row, i) => {
    if (columns.every((c) => text(row[header.indexOf(c.label)]) === '')) return;
    const index = units.length;
    const unit: Json = {};
    const quota: Json = {};
    for (const c of columns) {
      const at: CellRef = {
        tab: SETUP_TABS.units,
        row: i + 2,
        column: header.indexOf(c.label) + 1,
        header: c.label,
      };
      const cell = row[at.column - 1];
      if (c.path === 'editors') {
        b.origins.set(`units.${index}.editors`, at);
        for (const email of splitEmails(cell)) addMember(members, email, 'unit', unit.id, at);
      } else if (c.path === 'quota' || c.path === 'seats') {
        quota[c.path] = b.put(`units.${index}.${c.path}`, c, cell, at);
        if (typeof unit.id === 'string') originOfQuota(b, unit.id, c.path, at);
      } else {
        const value = b.put(`units.${index}.${c.path}`, c, cell, at);
        if (value !== undefined) unit[c.path] = value;
      }
    }
    if (typeof unit.id === 'string')
      quotas.push({ unitId: unit.id, total: quota.quota as number, seats: quota.seats as number });
    units.push(unit);
  });
  b.request.units = units;
  const has = (path: string) => header.includes(columns.find((c) => c.path === path)?.label ?? '');
  const merged = mergeQuotas(quotas, stored?.quotas ?? {}, { total: has('quota'), seats: has('seats') });
  if (Object.keys(merged).length > 0 || Object.keys(stored?.quotas ?? {}).length > 0)
    (b.request.campaign as Json).quotas = merged;
}

function originOfQuota(b: Builder, unitId: string, path: 'quota' | 'seats', at: CellRef): void {
  const field = path === 'quota' ? 'total' : 'seats';
  b.origins.set(`campaign.quotas.${unitId}.${field}`, at);
  if (path === 'quota' || !b.origins.has(`campaign.quotas.${unitId}`))
    b.origins.set(`campaign.quotas.${unitId}`, at);
}

/**
 * campaign.quotas as sent (adminCampaign replaces it whole): the stored quotas, with each unit of the tab's total
 * and seats as the tab has them (an empty cell: none), its byAward kept; a unit not in the tab, and a column the
 * tab lacks, keep the stored values.
 */
export function mergeQuotas(
  tab: TabQuota[],
  stored: Record<string, StoredQuota>,
  columns: { total: boolean; seats: boolean },
): Record<string, StoredQuota> {
  const merged: Record<string, StoredQuota> = { ...stored };
  for (const row of tab) {
    const next: StoredQuota = { ...(stored[row.unitId] ?? {}) };
    if (columns.total) next.total = row.total;
    if (columns.seats) next.seats = row.seats;
    if (next.total === undefined) delete next.total;
    if (next.seats === undefined) delete next.seats;
    if (Object.keys(next).length > 0) merged[row.unitId] = next;
    else delete merged[row.unitId];
  }
  return merged;
}

function addMember(
  members: Map<string, MemberDraft>,
  email: string,
  role: MemberRole,
  unitId: unknown,
  at: CellRef,
): void {
  const key = `${role}|${email}`;
  const known = members.get(key);
  if (known) {
    if (typeof unitId === 'string' && !known.unitIds.includes(unitId)) known.unitIds.push(unitId);
    return;
  }
  members.set(key, { email, role, unitIds: typeof unitId === 'string' ? [unitId] : [], active: true, at });
}

function readBoard(b: Builder, rows: unknown[][], members: Map<string, MemberDraft>): void {
  const header = (rows[0] ?? []).map(text);
  const [emailColumn, , activeColumn, roleColumn] = boardColumns();
  if (!emailColumn || !activeColumn || !roleColumn) return;
  rows.slice(1).forEach((row, i) => {
    const email = text(row[header.indexOf(emailColumn.label)]).toLowerCase();
    if (email === '') return;
    const at: CellRef = {
      tab: SETUP_TABS.board,
      row: i + 2,
      column: header.indexOf(emailColumn.label) + 1,
      header: emailColumn.label,
    };
    const activeAt: CellRef = {
      ...at,
      column: header.indexOf(activeColumn.label) + 1,
      header: activeColumn.label,
    };
    const active = b.put(`board.${i}.active`, activeColumn, row[activeAt.column - 1], activeAt);
    const roleAt: CellRef = { ...at, column: header.indexOf(roleColumn.label) + 1, header: roleColumn.label };
    // A sheet made before the role column had none: every row is a board member.
    const role =
      roleAt.column > 0 ? b.put(`board.${i}.role`, roleColumn, row[roleAt.column - 1], roleAt) : undefined;
    const kind: MemberRole = role === 'council' ? 'council' : 'board';
    addMember(members, email, kind, undefined, at);
    const member = members.get(`${kind}|${email}`);
    if (member && active === false) member.active = false;
  });
}

/**
 * Reads the three tabs into the adminCampaign request; `issues` holds cells that could not be read. `stored`: the
 * campaign as the server holds it, whose quotas and targets the tabs do not show are kept (StoredCampaign).
 */
export function buildSetupRequest(values: SetupValues, stored: StoredCampaign | null = null): SetupRequest {
  const b = new Builder();
  const members = new Map<string, MemberDraft>();
  readCampaign(b, values.campaign, stored);
  readUnits(b, values.units, members, stored);
  readBoard(b, values.board, members);
  b.request.members = [...members.values()].map((m, k) => {
    b.origins.set(`members.${k}`, m.at);
    return { email: m.email, role: m.role, unitIds: m.unitIds, active: m.active };
  });
  return { request: b.request, origins: b.origins, issues: b.issues };
}

/** The cell of the longest known prefix of a request path (numbers or strings, dotted or as an array). */
export function locate(path: string | readonly PropertyKey[], origins: Map<string, CellRef>): CellRef | null {
  const keys = typeof path === 'string' ? path.split(/[.[\]]+/).filter((k) => k !== '') : path.map(String);
  for (let n = keys.length; n > 0; n--) {
    const found = origins.get(keys.slice(0, n).join('.'));
    if (found) return found;
  }
  return null;
}

interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  format?: string;
  message: string;
}

/** A Vietnamese message for a zod issue of the request (zod's own messages are English). */
export function issueMessage(issue: SchemaIssue): string {
  if (issue.code === 'invalid_type') return 'Chưa nhập hoặc sai kiểu dữ liệu.';
  if (issue.code === 'too_small') return 'Giá trị quá nhỏ hoặc quá ngắn.';
  if (issue.code === 'too_big') return 'Giá trị quá lớn hoặc quá dài.';
  if (issue.code === 'invalid_value') return 'Giá trị không có trong danh sách chọn.';
  if (issue.format === 'email') return 'Địa chỉ email không hợp lệ.';
  if (issue.format === 'datetime') return 'Cần ngày giờ dạng dd/mm/yyyy hh:mm.';
  if (issue.code === 'invalid_format')
    return 'Chỉ gồm chữ không dấu, số, gạch ngang, gạch dưới; bắt đầu bằng chữ hoặc số (tối đa 64 ký tự).';
  if (issue.path[issue.path.length - 1] === 'unitIds')
    return 'Người nhập phải thuộc ít nhất một đơn vị có mã hợp lệ.';
  return 'Giá trị không hợp lệ.';
}

const FALLBACK: CellRef = { tab: SETUP_TABS.campaign, row: 1, column: 1, header: '' };

/** Checks the request with the same zod schema the server uses; one issue per cell (the first). */
export function validateSetup(setup: SetupRequest): SetupIssue[] {
  const issues = [...setup.issues];
  const taken = new Set(issues.map((i) => `${i.tab}|${i.row}|${i.column}`));
  const parsed = adminCampaignRequestSchema.safeParse(setup.request);
  if (parsed.success) return issues;
  for (const issue of parsed.error.issues) {
    const at = locate(issue.path, setup.origins) ?? FALLBACK;
    const key = `${at.tab}|${at.row}|${at.column}`;
    if (taken.has(key)) continue;
    taken.add(key);
    issues.push({ ...at, code: 'SETUP_INVALID', message: issueMessage(issue as SchemaIssue) });
  }
  return issues;
}

/** Field errors a server names: `{ path, message }` items under error.fields / issues / details, or one path. */
export function serverIssues(error: unknown, origins: Map<string, CellRef>, fallback: string): SetupIssue[] {
  const body = (error ?? {}) as Json;
  const list = [body.fields, body.issues, body.details].find(Array.isArray) as unknown[] | undefined;
  const items = list ?? (body.path !== undefined || body.field !== undefined ? [body] : []);
  const issues = items.flatMap((item) => {
    const entry = (item ?? {}) as Json;
    const path = entry.path ?? entry.field;
    if (typeof path !== 'string' && !Array.isArray(path)) return [];
    const at = locate(path as string | PropertyKey[], origins) ?? FALLBACK;
    const message = typeof entry.message === 'string' ? entry.message : fallback;
    return [{ ...at, code: typeof entry.code === 'string' ? entry.code : 'SETUP_SERVER', message }];
  });
  return issues.length > 0 ? issues : [{ ...FALLBACK, code: 'SETUP_SERVER', message: fallback }];
}

export function issueLine(issue: SetupIssue): string {
  const column = issue.header ? `, cột “${issue.header}”` : '';
  return `Trang “${issue.tab}”, dòng ${issue.row}${column}: ${issue.message}`;
}
