// A local HTTP server speaking the subset of the Google Sheets API v4 the master sheet writer uses, for the real
// @googleapis/sheets client (pointed at it with rootUrl): the local stack's master spreadsheet (npm start) and the
// tests' Sheets peer. It checks each request the way the real API does (known
// request kinds, sheet ids, ranges inside the grid, A1 notation, RAW input, body size), applies batchUpdate
// atomically, keeps the resulting grid so tests assert cell values, and can answer 429/5xx on demand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The spreadsheet id of the local stack's master spreadsheet: set it as a campaign's masterSpreadsheetId. */
export const LOCAL_SPREADSHEET_ID = 'tonvinh-local-master';

/** Where the local stack keeps the spreadsheet's tabs (JSON) in its data directory. */
export const LOCAL_SPREADSHEET_FILE = 'master-spreadsheet.json';

export type FakeValue = string | number | boolean;

export interface FakeRange {
  sheetId: number;
  startRowIndex: number;
  endRowIndex: number;
  startColumnIndex: number;
  endColumnIndex: number;
}

export interface FakeTab {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  frozenColumnCount: number;
  /** values[row][column], 0-based; undefined = empty. */
  values: Array<Array<FakeValue | undefined>>;
  conditionalFormats: Array<Record<string, unknown>>;
  basicFilter?: { range: FakeRange };
  columnWidths: Record<number, number>;
  formats: Array<{ range: FakeRange; format: Record<string, unknown> }>;
}

export interface FakeCall {
  kind: 'get' | 'batchUpdate' | 'batchClear' | 'valuesBatchUpdate';
  status: number;
  bytes: number;
  requestKinds?: string[];
  valueInputOption?: string;
  ranges?: string[];
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  413: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export interface FakeSheetsOptions {
  spreadsheetId?: string;
  /** Largest accepted request body; default 10 MB like the real API. */
  maxBodyBytes?: number;
  /** Called after a change to the tabs, before the answer is sent (the local stack saves them durably). */
  onChange?: (tabs: FakeTab[]) => void;
}

export class FakeSheetsApi {
  readonly spreadsheetId: string;
  readonly calls: FakeCall[] = [];
  tabs: FakeTab[] = [];
  /** When set, every request is answered with this status (e.g. 403: the service account has no access). */
  denyWith: number | undefined;
  private failures: Array<{ status: number; retryAfter?: string }> = [];
  private server: Server | undefined;
  private readonly maxBodyBytes: number;
  private readonly onChange: ((tabs: FakeTab[]) => void) | undefined;

  constructor(options: FakeSheetsOptions = {}) {
    this.spreadsheetId = options.spreadsheetId ?? 'master-sheet-1';
    this.maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
    this.onChange = options.onChange;
    this.tabs.push(newTab(0, 'Trang tính1', 0, 1000, 26));
  }

  /** The next `count` requests are answered with `status` (429 by default). */
  failNext(count: number, status = 429, retryAfter?: string): void {
    for (let i = 0; i < count; i++)
      this.failures.push(retryAfter === undefined ? { status } : { status, retryAfter });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  tab(title: string): FakeTab {
    const tab = this.tabs.find((t) => t.title === title);
    if (tab === undefined) throw new Error(`no tab ${title}`);
    return tab;
  }

  /** The tab's values as rows, trailing empty cells and rows trimmed, empty cells as ''. */
  values(title: string): FakeValue[][] {
    const rows = this.tab(title).values.map((row) => trimEnd(row.map((v) => v ?? '')));
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
    return rows;
  }

  /** The format last applied (repeatCell) to a cell, 0-based. */
  formatAt(title: string, row: number, column: number): Record<string, unknown> | undefined {
    const tab = this.tab(title);
    return tab.formats.findLast((f) => inside(f.range, row, column))?.format;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const call: FakeCall = { kind: 'get', status: 200, bytes: body.length };
    try {
      const result = this.route(req, body, call);
      if (call.kind !== 'get') this.onChange?.(this.tabs);
      this.calls.push(call);
      reply(res, 200, result);
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, String(error));
      call.status = e.status;
      this.calls.push(call);
      reply(
        res,
        e.status,
        { error: { code: e.status, message: e.message, status: STATUS_TEXT[e.status] ?? 'UNKNOWN' } },
        this.lastRetryAfter,
      );
    }
  }

  private lastRetryAfter: string | undefined;

  private route(req: IncomingMessage, body: Buffer, call: FakeCall): unknown {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = /^\/v4\/spreadsheets\/([^/:]+)(\/values)?(?::(batchUpdate|batchClear))?$/.exec(
      decodeURIComponent(url.pathname),
    );
    if (m === null) throw new ApiError(404, `unknown path ${url.pathname}`);
    call.kind = kindOf(req.method ?? 'GET', m[2] !== undefined, m[3]);
    this.precheck(req, body, m[1] ?? '');
    const json = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    if (call.kind === 'get') return this.get();
    if (call.kind === 'batchUpdate') return this.batchUpdate(json, call);
    if (call.kind === 'batchClear') return this.batchClear(json, call);
    return this.valuesBatchUpdate(json, call);
  }

  private precheck(req: IncomingMessage, body: Buffer, spreadsheetId: string): void {
    this.lastRetryAfter = undefined;
    const failure = this.failures.shift();
    if (failure !== undefined) {
      this.lastRetryAfter = failure.retryAfter;
      throw new ApiError(
        failure.status,
        failure.status === 429 ? 'Quota exceeded for quota metric Write requests' : 'Backend error',
      );
    }
    if (!/^Bearer \S+/.test(req.headers.authorization ?? ''))
      throw new ApiError(401, 'Request is missing required authentication credential.');
    if (this.denyWith !== undefined) throw new ApiError(this.denyWith, 'The caller does not have permission');
    if (spreadsheetId !== this.spreadsheetId) throw new ApiError(404, 'Requested entity was not found.');
    if (body.length > this.maxBodyBytes)
      throw new ApiError(413, `Request payload size exceeds the limit: ${this.maxBodyBytes} bytes.`);
  }

  private get(): unknown {
    return {
      spreadsheetId: this.spreadsheetId,
      properties: { title: 'Tổng hợp điển hình tiên tiến' },
      sheets: [...this.tabs].sort((a, b) => a.index - b.index).map(sheetJson),
    };
  }

  private batchUpdate(json: Record<string, unknown>, call: FakeCall): unknown {
    const requests = json.requests;
    if (!Array.isArray(requests)) throw new ApiError(400, 'Invalid requests: missing');
    call.requestKinds = requests.map((r) => Object.keys(r as object)[0] ?? '');
    const draft = structuredClone(this.tabs);
    for (const [i, request] of requests.entries()) applyRequest(draft, request as Record<string, unknown>, i);
    this.tabs = draft;
    return { spreadsheetId: this.spreadsheetId, replies: requests.map(() => ({})) };
  }

  private batchClear(json: Record<string, unknown>, call: FakeCall): unknown {
    const ranges = asStrings(json.ranges);
    call.ranges = ranges;
    const targets = ranges.map((r) => this.resolve(r, false));
    for (const t of targets) forEachCell(t.range, (r, c) => setCell(t.tab, r, c, undefined));
    return { spreadsheetId: this.spreadsheetId, clearedRanges: ranges };
  }

  private valuesBatchUpdate(json: Record<string, unknown>, call: FakeCall): unknown {
    call.valueInputOption = String(json.valueInputOption);
    if (json.valueInputOption !== 'RAW' && json.valueInputOption !== 'USER_ENTERED') {
      throw new ApiError(400, 'Invalid valueInputOption');
    }
    if (json.valueInputOption !== 'RAW') throw new ApiError(400, 'fake: this project writes RAW only');
    const data = json.data as Array<{ range: string; values: unknown[][] }>;
    call.ranges = data.map((d) => d.range);
    const targets = data.map((d) => ({ ...this.resolve(d.range, true), values: d.values }));
    for (const t of targets) writeValues(t.tab, t.range, t.values, t.a1);
    const totalCells = targets.reduce((n, t) => n + t.values.reduce((m, row) => m + row.length, 0), 0);
    return { spreadsheetId: this.spreadsheetId, totalUpdatedCells: totalCells };
  }

  private resolve(a1: string, strict: boolean): { tab: FakeTab; range: FakeRange; a1: string } {
    const parsed = parseA1(a1);
    const tab = parsed.title === undefined ? this.tabs[0] : this.tabs.find((t) => t.title === parsed.title);
    if (tab === undefined) throw new ApiError(400, `Unable to parse range: ${a1}`);
    const range = {
      sheetId: tab.sheetId,
      startRowIndex: parsed.startRow ?? 0,
      endRowIndex: parsed.endRow ?? tab.rowCount,
      startColumnIndex: parsed.startColumn ?? 0,
      endColumnIndex: parsed.endColumn ?? tab.columnCount,
    };
    if (strict && (range.endRowIndex > tab.rowCount || range.endColumnIndex > tab.columnCount)) {
      throw new ApiError(
        400,
        `Range (${a1}) exceeds grid limits. Max rows: ${tab.rowCount}, max columns: ${tab.columnCount}`,
      );
    }
    return { tab, range, a1 };
  }
}

function kindOf(method: string, values: boolean, verb: string | undefined): FakeCall['kind'] {
  if (method === 'GET' && !values && verb === undefined) return 'get';
  if (method === 'POST' && !values && verb === 'batchUpdate') return 'batchUpdate';
  if (method === 'POST' && values && verb === 'batchClear') return 'batchClear';
  if (method === 'POST' && values && verb === 'batchUpdate') return 'valuesBatchUpdate';
  throw new ApiError(404, `unsupported ${method}`);
}

function newTab(sheetId: number, title: string, index: number, rowCount = 1000, columnCount = 26): FakeTab {
  return {
    sheetId,
    title,
    index,
    rowCount,
    columnCount,
    frozenRowCount: 0,
    frozenColumnCount: 0,
    values: [],
    conditionalFormats: [],
    columnWidths: {},
    formats: [],
  };
}

function sheetJson(tab: FakeTab): unknown {
  const { sheetId, title, index, rowCount, columnCount, frozenRowCount, frozenColumnCount } = tab;
  return {
    properties: {
      sheetId,
      title,
      index,
      sheetType: 'GRID',
      gridProperties: { rowCount, columnCount, frozenRowCount, frozenColumnCount },
    },
    ...(tab.conditionalFormats.length > 0 ? { conditionalFormats: tab.conditionalFormats } : {}),
    ...(tab.basicFilter ? { basicFilter: tab.basicFilter } : {}),
  };
}

const REQUEST_KINDS = new Set([
  'addSheet',
  'updateSheetProperties',
  'deleteConditionalFormatRule',
  'addConditionalFormatRule',
  'repeatCell',
  'updateDimensionProperties',
  'setBasicFilter',
]);

function applyRequest(tabs: FakeTab[], request: Record<string, unknown>, i: number): void {
  const keys = Object.keys(request);
  const kind = keys[0] ?? '';
  if (keys.length !== 1 || !REQUEST_KINDS.has(kind))
    throw new ApiError(400, `Invalid requests[${i}]: unknown or several kinds (${keys.join(',')})`);
  const body = request[kind] as Record<string, unknown>;
  const handlers: Record<string, (tabs: FakeTab[], body: Record<string, unknown>, i: number) => void> = {
    addSheet,
    updateSheetProperties,
    deleteConditionalFormatRule,
    addConditionalFormatRule,
    repeatCell,
    updateDimensionProperties,
    setBasicFilter,
  };
  handlers[kind]?.(tabs, body, i);
}

function byId(tabs: FakeTab[], sheetId: unknown, i: number): FakeTab {
  const tab = tabs.find((t) => t.sheetId === sheetId);
  if (tab === undefined)
    throw new ApiError(400, `Invalid requests[${i}]: No grid with id: ${String(sheetId)}`);
  return tab;
}

function addSheet(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const p = body.properties as { sheetId: number; title: string; index?: number };
  if (tabs.some((t) => t.title === p.title))
    throw new ApiError(
      400,
      `Invalid requests[${i}].addSheet: A sheet with the name "${p.title}" already exists.`,
    );
  if (tabs.some((t) => t.sheetId === p.sheetId))
    throw new ApiError(400, `Invalid requests[${i}].addSheet: sheet id ${p.sheetId} already exists.`);
  const index = p.index ?? tabs.length;
  for (const t of tabs) if (t.index >= index) t.index++;
  tabs.push(newTab(p.sheetId, p.title, index));
}

function updateSheetProperties(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const p = body.properties as Partial<FakeTab> & { sheetId: number; gridProperties?: Partial<FakeTab> };
  const tab = byId(tabs, p.sheetId, i);
  const fields = String(body.fields);
  if (fields.includes('title') && p.title !== undefined) {
    if (tabs.some((t) => t !== tab && t.title === p.title))
      throw new ApiError(400, `Invalid requests[${i}]: duplicate title ${p.title}`);
    tab.title = p.title;
  }
  if (/\bindex\b/.test(fields) && p.index !== undefined) moveTab(tabs, tab, p.index);
  const g = p.gridProperties ?? {};
  for (const key of ['rowCount', 'columnCount', 'frozenRowCount', 'frozenColumnCount'] as const) {
    if (fields.includes(key) && g[key] !== undefined) tab[key] = g[key];
  }
  if (tab.rowCount < 1 || tab.columnCount < 1)
    throw new ApiError(400, `Invalid requests[${i}]: a sheet needs at least one row and column`);
  if (tab.frozenRowCount >= tab.rowCount || tab.frozenColumnCount >= tab.columnCount) {
    throw new ApiError(
      400,
      `Invalid requests[${i}]: You can't freeze all visible rows or columns on the sheet.`,
    );
  }
  tab.values = tab.values.slice(0, tab.rowCount).map((row) => row.slice(0, tab.columnCount));
}

function moveTab(tabs: FakeTab[], tab: FakeTab, index: number): void {
  const ordered = tabs.filter((t) => t !== tab).sort((a, b) => a.index - b.index);
  ordered.splice(Math.min(index, ordered.length), 0, tab);
  ordered.forEach((t, n) => {
    t.index = n;
  });
}

function deleteConditionalFormatRule(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const tab = byId(tabs, body.sheetId, i);
  const index = Number(body.index);
  if (index >= tab.conditionalFormats.length)
    throw new ApiError(400, `Invalid requests[${i}]: No conditional format on sheet at index ${index}`);
  tab.conditionalFormats.splice(index, 1);
}

function addConditionalFormatRule(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const rule = body.rule as { ranges: FakeRange[] };
  const tab = byId(tabs, rule.ranges[0]?.sheetId, i);
  for (const r of rule.ranges) checkRange(tab, r, i);
  const index = Number(body.index ?? tab.conditionalFormats.length);
  if (index > tab.conditionalFormats.length)
    throw new ApiError(400, `Invalid requests[${i}]: index ${index} out of bounds`);
  tab.conditionalFormats.splice(index, 0, rule);
}

function repeatCell(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const range = body.range as FakeRange;
  const tab = byId(tabs, range.sheetId, i);
  checkRange(tab, range, i);
  const cell = body.cell as { userEnteredFormat?: Record<string, unknown> };
  if (body.fields !== 'userEnteredFormat' || cell.userEnteredFormat === undefined)
    throw new ApiError(400, `Invalid requests[${i}]: fields`);
  tab.formats.push({ range, format: cell.userEnteredFormat });
}

function updateDimensionProperties(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const range = body.range as { sheetId: number; dimension: string; startIndex: number; endIndex: number };
  const tab = byId(tabs, range.sheetId, i);
  if (range.dimension !== 'COLUMNS' || range.endIndex > tab.columnCount)
    throw new ApiError(400, `Invalid requests[${i}]: dimension range`);
  const size = (body.properties as { pixelSize: number }).pixelSize;
  for (let c = range.startIndex; c < range.endIndex; c++) tab.columnWidths[c] = size;
}

function setBasicFilter(tabs: FakeTab[], body: Record<string, unknown>, i: number): void {
  const range = (body.filter as { range: FakeRange }).range;
  const tab = byId(tabs, range.sheetId, i);
  checkRange(tab, range, i);
  tab.basicFilter = { range };
}

function checkRange(tab: FakeTab, r: FakeRange, i: number): void {
  const ok =
    r.startRowIndex >= 0 &&
    r.startColumnIndex >= 0 &&
    r.startRowIndex < r.endRowIndex &&
    r.startColumnIndex < r.endColumnIndex &&
    r.endRowIndex <= tab.rowCount &&
    r.endColumnIndex <= tab.columnCount;
  if (!ok)
    throw new ApiError(
      400,
      `Invalid requests[${i}]: range ${JSON.stringify(r)} outside the grid of "${tab.title}"`,
    );
}

function inside(r: FakeRange, row: number, column: number): boolean {
  return (
    row >= r.startRowIndex && row < r.endRowIndex && column >= r.startColumnIndex && column < r.endColumnIndex
  );
}

function forEachCell(r: FakeRange, fn: (row: number, column: number) => void): void {
  for (let row = r.startRowIndex; row < r.endRowIndex; row++)
    for (let c = r.startColumnIndex; c < r.endColumnIndex; c++) fn(row, c);
}

function setCell(tab: FakeTab, row: number, column: number, value: FakeValue | undefined): void {
  if (value === undefined && tab.values[row] === undefined) return;
  tab.values[row] ??= [];
  (tab.values[row] as Array<FakeValue | undefined>)[column] = value;
}

function writeValues(tab: FakeTab, range: FakeRange, values: unknown[][], a1: string): void {
  const rows = range.endRowIndex - range.startRowIndex;
  const cols = range.endColumnIndex - range.startColumnIndex;
  if (values.length > rows || values.some((row) => row.length > cols)) {
    throw new ApiError(400, `Requested writing within range [${a1}], but tried writing to a larger area.`);
  }
  for (const [r, row] of values.entries()) {
    for (const [c, value] of row.entries()) {
      if (!['string', 'number', 'boolean'].includes(typeof value))
        throw new ApiError(400, `Invalid value at [${r}][${c}]`);
      const cell = value === '' ? undefined : (value as FakeValue);
      setCell(tab, range.startRowIndex + r, range.startColumnIndex + c, cell);
    }
  }
}

interface ParsedA1 {
  title?: string;
  startRow?: number;
  endRow?: number;
  startColumn?: number;
  endColumn?: number;
}

/** "'Tổng hợp'!A1:X20", "Sheet1!B2", "'It''s'" → title and 0-based, end-exclusive bounds. */
export function parseA1(a1: string): ParsedA1 {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))(?:!(.*))?$/.exec(a1);
  if (m === null) throw new ApiError(400, `Unable to parse range: ${a1}`);
  const title = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const cells = m[3];
  if (cells === undefined)
    return /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(title ?? '')
      ? { ...cellBounds(title ?? '') }
      : { title: title ?? '' };
  return { title: title ?? '', ...cellBounds(cells) };
}

function cellBounds(cells: string): Omit<ParsedA1, 'title'> {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(cells);
  if (m === null) throw new ApiError(400, `Unable to parse range: ${cells}`);
  const startColumn = letters(m[1] ?? 'A') - 1;
  const startRow = Number(m[2]) - 1;
  const endColumn = m[3] === undefined ? startColumn + 1 : letters(m[3]);
  const endRow = m[4] === undefined ? startRow + 1 : Number(m[4]);
  return { startRow, endRow, startColumn, endColumn };
}

function letters(text: string): number {
  return [...text].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function asStrings(value: unknown): string[] {
  if (!Array.isArray(value)) throw new ApiError(400, 'ranges must be an array');
  return value.map(String);
}

function trimEnd(row: FakeValue[]): FakeValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, body: unknown, retryAfter?: string): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8' };
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter;
  res.writeHead(status, headers).end(JSON.stringify(body));
}
