// writeMasterSheet, exportMaster, importWorkbook and consolidate's writeSheet end to end through HTTP: the local
// stack (embedded Firestore emulator, real firebase-admin), the real @googleapis/sheets client against the local
// Sheets API stand-in, exceljs reading back what was exported, and a messy unit workbook imported twice.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SPREADSHEET_ID, type Stack, startStack } from '../../functions/local/stack';
import { fetchWholeMaster } from '../../scripts/export';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { ErrorBody } from '../../shared/api/error-body';
import type { MasterListResponse } from '../../shared/api/master-list';
import type {
  ExportMasterResponse,
  ImportWorkbookResponse,
  SheetOutcome,
  WriteMasterSheetResponse,
} from '../../shared/api/master-outputs';
import { messyOfficialWorkbook } from '../fixtures/xlsx/make-fixtures';
import { post } from '../support/http';
import { BOARD, submitAll, submitUnit, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-outputs-e2e';
const NO_SHEET = 'ls-outputs-nosheet';
const TABS = ['Tổng hợp', 'Theo đơn vị', 'Trùng lặp', 'Thống kê', 'Thay đổi', 'Chưa hợp lệ'];
const IMPORT_UNIT = 'dv-06';
let stack: Stack;
let first: ConsolidateResponse & { sheet?: SheetOutcome };

const campaignConfig = (extra: Record<string, unknown> = {}) => ({
  title: 'Hội nghị điển hình tiên tiến thử nghiệm',
  eventKind: 'hoi-nghi-dien-hinh-tien-tien',
  deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  ...extra,
});

async function setUp(campaignId: string, extra: Record<string, unknown>): Promise<void> {
  const units = Array.from({ length: 6 }, (_, i) => {
    const id = `dv-0${i + 1}`;
    return { id, name: `Đơn vị mẫu số ${i + 1}`, kind: 'department' };
  });
  const members = units.map((u) => ({ email: unitEmail(u.id), role: 'unit', unitIds: [u.id] }));
  const body = { campaignId, campaign: campaignConfig(extra), units, members };
  const response = await post(stack.url, 'adminCampaign', body, { user: BOARD });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
}

const board = <T>(fn: string, body: Record<string, unknown>) => post<T>(stack.url, fn, body, { user: BOARD });

beforeAll(async () => {
  stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error', BASE_SALARY_VND: '2530000' } });
  await setUp(CAMPAIGN, {
    masterSpreadsheetId: LOCAL_SPREADSHEET_ID,
    issuingBody: {
      issuer: ['UBND tỉnh Lạng Sơn', 'Ban Thi đua – Khen thưởng'],
      place: 'Lạng Sơn',
      signer: { titles: ['TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
      attachedTo: 'Kế hoạch số 40/KH-BTĐKT ngày 10/01/2026',
    },
  });
  await submitAll(stack, CAMPAIGN, 5, 8);
  const response = await board<typeof first>('consolidate', { campaignId: CAMPAIGN, writeSheet: true });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  first = response.body;
});

afterAll(async () => {
  await stack.close();
});

async function masterEntries(campaignId: string): Promise<MasterListResponse['master']> {
  const response = await board<MasterListResponse>('masterList', { campaignId, pageSize: 5000 });
  return response.body.master;
}

describe('consolidate with writeSheet', () => {
  it('stores the version and writes its six tabs to the campaign spreadsheet in four API calls', async () => {
    expect(first.masterVersion).toBe(1);
    expect(first.stats.baseSalary).toBe(2_530_000);
    expect(first.sheet).toMatchObject({
      written: true,
      spreadsheetId: LOCAL_SPREADSHEET_ID,
      version: 1,
      calls: 4,
    });
    const api = stack.sheets;
    if (api === undefined) throw new Error('no local spreadsheet');
    const ordered = [...api.tabs].sort((a, b) => a.index - b.index).map((t) => t.title);
    expect(ordered.slice(0, 6)).toEqual(TABS);
    const master = await masterEntries(CAMPAIGN);
    const summary = api.values('Tổng hợp');
    expect(summary[0]?.slice(0, 3)).toEqual(['STT', 'Loại', 'Họ và tên / Tên tập thể']);
    expect(summary).toHaveLength(master.entries.length + 1);
    expect(summary.slice(1).map((row) => row[2])).toEqual(master.entries.map((e) => e.displayName));
    expect(first.sheet?.written && first.sheet.tabs[0]).toEqual({
      title: 'Tổng hợp',
      rows: master.entries.length,
    });
  });

  it('lists every unit of the campaign with its status, including the one that sent nothing', () => {
    const units = stack.sheets?.values('Theo đơn vị') ?? [];
    expect(units[0]?.slice(0, 3)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Trạng thái']);
    const byId = new Map(units.slice(1).map((row) => [row[0], row]));
    expect([...byId.keys()].sort()).toEqual(['dv-01', 'dv-02', 'dv-03', 'dv-04', 'dv-05', 'dv-06']);
    expect(byId.get(IMPORT_UNIT)?.[2]).toBe('Chưa gửi');
    expect(byId.get('dv-01')?.[2]).toBe('Đã gửi, không lỗi');
  });
});

describe('writeMasterSheet', () => {
  it('rewrites the same values (idempotent) and records the read in the access log', async () => {
    const before = TABS.map((title) => stack.sheets?.values(title));
    const response = await board<WriteMasterSheetResponse>('writeMasterSheet', { campaignId: CAMPAIGN });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ spreadsheetId: LOCAL_SPREADSHEET_ID, version: 1, calls: 4 });
    expect(response.body.tabs.map((t) => t.title)).toEqual(TABS);
    expect(TABS.map((title) => stack.sheets?.values(title))).toEqual(before);
    const day = new Date().toISOString().slice(0, 10);
    const log = await stack.services.db
      .collection('accessLog')
      .doc(day)
      .collection('entries')
      .where('action', '==', 'writeMasterSheet')
      .get();
    const details = log.docs.map((d) => d.data()).filter((d) => d.campaignId === CAMPAIGN);
    expect(details).toHaveLength(2);
    expect(details[0]).toMatchObject({ actor: BOARD, detail: expect.stringContaining('master v1') });
  });

  it('refuses a unit user (FORBIDDEN_ROLE) and writes nothing', async () => {
    const calls = stack.sheets?.calls.length;
    const response = await post<ErrorBody>(
      stack.url,
      'writeMasterSheet',
      { campaignId: CAMPAIGN },
      { user: unitEmail('dv-01') },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN_ROLE');
    expect(stack.sheets?.calls.length).toBe(calls);
  });

  it('answers MASTER_NOT_FOUND for an unknown version and MASTER_SHEET_NOT_CONFIGURED without a spreadsheet', async () => {
    const missing = await board<ErrorBody>('writeMasterSheet', { campaignId: CAMPAIGN, version: 9 });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'MASTER_NOT_FOUND']);
    await setUp(NO_SHEET, {});
    await submitUnit(stack, NO_SHEET, 0, 3);
    const consolidated = await board<ConsolidateResponse & { sheet?: SheetOutcome }>('consolidate', {
      campaignId: NO_SHEET,
      writeSheet: true,
    });
    expect(consolidated.status).toBe(200);
    expect(consolidated.body.masterVersion).toBe(1);
    expect(consolidated.body.sheet).toMatchObject({
      written: false,
      error: { code: 'MASTER_SHEET_NOT_CONFIGURED' },
    });
    const direct = await board<ErrorBody>('writeMasterSheet', { campaignId: NO_SHEET });
    expect([direct.status, direct.body.error.code]).toEqual([409, 'MASTER_SHEET_NOT_CONFIGURED']);
    expect(direct.body.error.message).toBe(direct.body.error.message.normalize('NFC'));
  });

  it('reports a spreadsheet the service account cannot edit, and consolidate still stores the new version', async () => {
    const api = stack.sheets;
    if (api === undefined) throw new Error('no local spreadsheet');
    api.denyWith = 403;
    try {
      const denied = await board<ErrorBody>('writeMasterSheet', { campaignId: CAMPAIGN });
      expect([denied.status, denied.body.error.code]).toEqual([403, 'SHEET_FORBIDDEN']);
      await submitUnit(stack, CAMPAIGN, 0, 9);
      const second = await board<ConsolidateResponse & { sheet?: SheetOutcome }>('consolidate', {
        campaignId: CAMPAIGN,
        writeSheet: true,
      });
      expect(second.status).toBe(200);
      expect(second.body.masterVersion).toBe(2);
      expect(second.body.sheet).toMatchObject({ written: false, error: { code: 'SHEET_FORBIDDEN' } });
      expect((await masterEntries(CAMPAIGN)).version).toBe(2);
    } finally {
      api.denyWith = undefined;
    }
    const retried = await board<WriteMasterSheetResponse>('writeMasterSheet', { campaignId: CAMPAIGN });
    expect(retried.body).toMatchObject({ version: 2, calls: 4 });
    expect(api.values('Thay đổi').length).toBeGreaterThan(1);
  });
});

async function sheetOf(base64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (ws === undefined) throw new Error('no sheet');
  return ws;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      out.push(String(cell.text));
    });
  });
  return out;
}

describe('npm run export against the stack', () => {
  it('pages through masterList and gets every entry of the pinned version', async () => {
    const source = { campaignId: CAMPAIGN, url: stack.url, user: BOARD };
    const whole = await fetchWholeMaster(source, 7);
    const master = await masterEntries(CAMPAIGN);
    expect(master.entries.length).toBeGreaterThan(14);
    expect(whole.entries.map((e) => e.nomineeId)).toEqual(master.entries.map((e) => e.nomineeId));
    expect((await fetchWholeMaster({ ...source, version: 1 }, 7)).version).toBe(1);
  });
});

describe('exportMaster', () => {
  it('returns the three official xlsx files of the current version, which exceljs reads back', async () => {
    const response = await board<ExportMasterResponse>('exportMaster', {
      campaignId: CAMPAIGN,
      date: '2026-03-05',
    });
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(2);
    expect(response.body.files.map((f) => [f.layout, f.name])).toEqual([
      ['proposal', `danh-sach-de-nghi-khen-thuong-${CAMPAIGN}-v2.xlsx`],
      ['delegates', `danh-sach-dai-bieu-${CAMPAIGN}-v2.xlsx`],
      ['structure', `thong-ke-co-cau-dai-bieu-${CAMPAIGN}-v2.xlsx`],
    ]);
    const [proposal] = response.body.files;
    expect(proposal?.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(proposal?.size).toBe(Buffer.from(proposal?.contentBase64 ?? '', 'base64').byteLength);
    const ws = await sheetOf(proposal?.contentBase64 ?? '');
    expect(ws.getCell('A1').value).toBe('UBND TỈNH LẠNG SƠN');
    expect(ws.getCell('A5').value).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(ws.getCell('A6').value).toBe('(Kèm theo Kế hoạch số 40/KH-BTĐKT ngày 10/01/2026)');
    const all = texts(ws);
    expect(all).toContain('Lạng Sơn, ngày 05 tháng 3 năm 2026');
    expect(all).toContain('Hoàng Văn Minh');
    const master = await masterEntries(CAMPAIGN);
    for (const entry of master.entries.slice(0, 5)) expect(all).toContain(entry.displayName);
  });

  it('exports only the layouts asked for, an older version on request, and refuses unit users', async () => {
    const one = await board<ExportMasterResponse>('exportMaster', {
      campaignId: CAMPAIGN,
      version: 1,
      layouts: ['structure'],
    });
    expect(one.body.files.map((f) => f.name)).toEqual([`thong-ke-co-cau-dai-bieu-${CAMPAIGN}-v1.xlsx`]);
    const ws = await sheetOf(one.body.files[0]?.contentBase64 ?? '');
    expect(texts(ws).some((t) => t.startsWith('THỐNG KÊ CƠ CẤU'))).toBe(true);
    const bad = await board<ErrorBody>('exportMaster', { campaignId: CAMPAIGN, layouts: ['poster'] });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'INVALID_REQUEST']);
    const unit = await post<ErrorBody>(
      stack.url,
      'exportMaster',
      { campaignId: CAMPAIGN },
      { user: unitEmail('dv-02') },
    );
    expect([unit.status, unit.body.error.code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });
});

describe('importWorkbook', () => {
  let file: string;
  beforeAll(async () => {
    file = (await messyOfficialWorkbook()).toString('base64');
  });

  const importAs = (user: string, unitId = IMPORT_UNIT, fileBase64 = file) =>
    post<ImportWorkbookResponse & ErrorBody>(
      stack.url,
      'importWorkbook',
      { campaignId: CAMPAIGN, unitId, fileBase64, fileName: 'DS đề nghị – xã Tân Thanh.xlsx' },
      { user },
    );

  it('stores one version per list of a messy workbook, flagging the CCCD that lost its leading zero', async () => {
    const response = await importAs(unitEmail(IMPORT_UNIT));
    expect(response.status).toBe(200);
    const byKind = new Map(response.body.submissions.map((s) => [s.kind, s]));
    expect(byKind.get('individual')).toMatchObject({ sheetName: 'DS cá nhân', rows: 4 });
    expect(byKind.get('collective')).toMatchObject({ sheetName: 'Tập thể', rows: 2 });
    const individual = byKind.get('individual')?.response;
    expect(individual).toMatchObject({ version: 1, replayed: false });
    const lostZero = individual?.issues.find((i) => i.code === 'cccd.leadingZeroLost');
    expect(lostZero).toMatchObject({ row: 9, field: 'cccd' });
    expect(response.body.notices.map((n) => [n.code, n.sheetName])).toEqual([
      ['IMPORT_SHEET_SKIPPED', 'Hướng dẫn'],
    ]);
    const commits = await stack.services.submissions.unit(CAMPAIGN, IMPORT_UNIT).listCommits();
    expect(commits.map((c) => c.kind).sort()).toEqual(['collective', 'individual']);
    const rows = await stack.services.submissions
      .unit(CAMPAIGN, IMPORT_UNIT)
      .readRows(commits[0]?.versionId ?? '');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('stores nothing new when the same file comes again, from the unit or from the board', async () => {
    for (const user of [unitEmail(IMPORT_UNIT), BOARD]) {
      const again = await importAs(user);
      expect(again.status).toBe(200);
      expect(again.body.submissions.map((s) => s.response.replayed)).toEqual([true, true]);
    }
    expect(await stack.services.submissions.unit(CAMPAIGN, IMPORT_UNIT).listCommits()).toHaveLength(2);
  });

  it('refuses another unit, bytes that are not xlsx, and a body over the size limit', async () => {
    const other = await importAs(unitEmail('dv-01'));
    expect([other.status, other.body.error.code]).toEqual([403, 'FORBIDDEN_UNIT']);
    const garbage = await importAs(BOARD, IMPORT_UNIT, Buffer.from('xin chào').toString('base64'));
    expect([garbage.status, garbage.body.error.code]).toEqual([400, 'IMPORT_NOT_XLSX']);
    expect(garbage.body.error.message).toBe('Tệp gửi lên không phải tệp Excel .xlsx hợp lệ.');
    const notBase64 = await importAs(BOARD, IMPORT_UNIT, '%%% not base64 %%%');
    expect(notBase64.body.error.code).toBe('IMPORT_NOT_XLSX');
    const huge = 'A'.repeat(stack.services.config.maxBodyBytes);
    const tooLarge = await importAs(BOARD, IMPORT_UNIT, huge);
    expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, 'BODY_TOO_LARGE']);
    expect(await stack.services.submissions.unit(CAMPAIGN, IMPORT_UNIT).listCommits()).toHaveLength(2);
  });
});
