// The whole board flow as ONE test (issue 12, item 7), through the BUILT Code.js in node:vm with the Apps Script
// fakes, its UrlFetchApp making real synchronous HTTP calls to the real local functions (child process, embedded
// Firestore emulator, the local Sheets API stand-in keeping the master spreadsheet in a data directory):
// setup tabs → save → unit sheets → units submit from their provisioned sheets → consolidate → master sheet →
// review in "Tổng hợp" (one returned with a note) → the unit sees the return → fixes and resubmits → consolidate →
// "Cần duyệt lại" → approve → lock → a further submission refused (UNIT_LOCKED) → export to Drive → decision drafts
// → record the decision (and a retry) → certificates.
// The board's spreadsheet plays the master spreadsheet: after each writeMasterSheet its "Tổng hợp" tab is loaded
// with what the server wrote through the Sheets API. Asserts outputs and stored state, never timing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SPREADSHEET_ID } from '../../functions/local/fake-sheets-api';
import { FakeClock, FakeDrive } from '../fakes/apps-script/drive';
import type { Addon } from '../fakes/apps-script/sandbox';
import type { FakeSheet, FakeSpreadsheet } from '../fakes/apps-script/spreadsheet';
import { createSyncHttp, type SyncHttp } from '../fakes/apps-script/sync-http';
import { post } from '../support/http';
import { type ChildStack, startChildStack } from './support/stack-child';
import { addon, column, row, withTemplate } from './support/world';

const CAMPAIGN = 'ls-flow-2026';
const BOARD = 'bantdkt@langson.example';
const UNIT_A = { id: 'dv-flow-a', name: 'Phòng Văn hóa A', editor: 'nhap-a@langson.example' };
const UNIT_B = { id: 'dv-flow-b', name: 'Phòng Y tế B', editor: 'nhap-b@langson.example' };
const ACH = 'Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến cải tiến quy trình tiếp nhận hồ sơ.';
const RETURN_NOTE = 'Bổ sung tóm tắt thành tích năm 2026 có số liệu cụ thể.';
const MASTER = 'Tổng hợp';

let stack: ChildStack;
let http: SyncHttp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tonvinh-flow-'));
  stack = await startChildStack(dataDir);
  http = createSyncHttp();
}, 120_000);

afterAll(async () => {
  await http?.close();
  await stack?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function setCell(sheet: FakeSheet, label: string, value: unknown): void {
  const index = sheet._values.findIndex((r) => r[0] === label);
  if (index < 1) throw new Error(`no row ${label} in ${sheet.getName()}`);
  sheet._put(sheet._values, index + 1, 2, value);
}

/** Loads the master spreadsheet's "Tổng hợp" tab, as the server wrote it, into the board's spreadsheet. */
function loadMasterTab(board: Addon): FakeSheet {
  const tabs = JSON.parse(readFileSync(join(dataDir, 'master-spreadsheet.json'), 'utf8')) as Array<{
    title: string;
    values: unknown[][];
  }>;
  const written = tabs.find((t) => t.title === MASTER);
  if (!written) throw new Error(`the server wrote no “${MASTER}” tab`);
  const width = Math.max(...written.values.map((r) => r.length));
  const values = written.values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const sheet = board.spreadsheet.getSheetByName(MASTER) ?? board.spreadsheet.insertSheet(MASTER);
  sheet.clearContents();
  sheet._fill(values);
  return sheet;
}

const header = (sheet: FakeSheet) => (sheet._values[0] ?? []).map(String);
const cellOf = (sheet: FakeSheet, name: string, label: string): unknown => {
  const nameColumn = header(sheet).findIndex((h) => h.startsWith('Họ và tên'));
  const found = sheet._values.find((r) => r[nameColumn] === name);
  if (!found) throw new Error(`no row for ${name} in ${sheet.getName()}`);
  return found[header(sheet).indexOf(label)];
};
function setReview(sheet: FakeSheet, name: string, state: string, note = ''): void {
  const nameColumn = header(sheet).findIndex((h) => h.startsWith('Họ và tên'));
  const index = sheet._values.findIndex((r) => r[nameColumn] === name);
  sheet._put(sheet._values, index + 1, header(sheet).indexOf('Trạng thái xét duyệt') + 1, state);
  sheet._put(sheet._values, index + 1, header(sheet).indexOf('Ghi chú xét duyệt') + 1, note);
}

function person(sheet: FakeSheet, n: number, name: string, gender: string, year: number, cccd: string) {
  return row(sheet, {
    STT: n,
    'Họ và tên': name,
    'Giới tính': gender,
    'Năm sinh': year,
    'Dân tộc': 'Kinh',
    'Số CCCD': cccd,
    'Hình thức đề nghị': 'Lao động tiên tiến',
    'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
    'Tóm tắt thành tích': ACH,
  });
}

async function unitOpens(drive: FakeDrive, board: Addon, unit: typeof UNIT_A): Promise<Addon> {
  const units = board.spreadsheet._sheet('Đơn vị');
  const idRow = units._values.find((r) => r[0] === unit.id) as unknown[];
  const fileId = String(idRow[header(units).indexOf('Mã tệp')]);
  const a = await addon({
    drive,
    spreadsheet: drive.spreadsheets.get(fileId) as FakeSpreadsheet,
    fetch: http.handler,
  });
  a.session.email = unit.editor;
  return a;
}

function runConsolidation(board: Addon): { version: number } {
  board.call('menuConsolidate');
  const runId = board.ui.sidebars.at(-1)?._payload<{ runId?: string }>().runId;
  if (!runId) throw new Error(`no consolidation page; alerts: ${board.ui._alerts().join(' | ')}`);
  return board.call('runConsolidation', runId, { notifyUnits: false, writeSheet: false }) as {
    version: number;
  };
}

describe('the board runs a campaign from its spreadsheet (built bundle, real local functions)', () => {
  it('setup → unit sheets → submit → consolidate → review → return → resubmit → re-review → approve → lock → export → decision', async () => {
    const drive = new FakeDrive(new FakeClock());
    const board = await addon({ drive, clock: drive.clock, fetch: http.handler });
    board.session.email = BOARD;
    board.properties.document.setProperty('tonvinh.functionsUrl', stack.url);

    // 1. Setup tabs, filled and saved (adminCampaign: a read of the stored campaign, none yet, then one save).
    board.call('menuSetupCampaign');
    const campaignTab = board.spreadsheet._sheet('Đợt thi đua');
    setCell(campaignTab, 'Mã đợt', CAMPAIGN);
    setCell(campaignTab, 'Tên đợt', 'Hội nghị điển hình tiên tiến thử nghiệm năm 2026');
    setCell(campaignTab, 'Loại sự kiện', 'Hội nghị điển hình tiên tiến');
    setCell(campaignTab, 'Hạn nộp', '30/12/2026 17:00');
    setCell(campaignTab, 'Mã bảng tính tổng hợp', LOCAL_SPREADSHEET_ID);
    board.spreadsheet._sheet('Đơn vị')._fill(
      [
        [UNIT_A.id, UNIT_A.name, 'Sở, ban, ngành', UNIT_A.editor, '', 2],
        [UNIT_B.id, UNIT_B.name, 'Sở, ban, ngành', UNIT_B.editor, ''],
      ],
      2,
    );
    board.spreadsheet._sheet('Thành viên Ban')._fill([[BOARD, 'Ban TĐKT', 'Có']], 2);
    board.call('menuSaveSetup');
    expect(board.urlFetch._posted('adminCampaign')).toMatchObject([
      { campaignId: CAMPAIGN },
      { campaignId: CAMPAIGN, campaign: { title: 'Hội nghị điển hình tiên tiến thử nghiệm năm 2026' } },
    ]);
    expect(board.urlFetch._posted('adminCampaign')[0]).toEqual({ campaignId: CAMPAIGN });
    // Saved again with a maximum share: the stored campaign is read back, seats and both bounds are sent.
    setCell(campaignTab, 'Cơ cấu đại biểu: nữ tối thiểu', '30%');
    setCell(campaignTab, 'Cơ cấu đại biểu: nữ tối đa', '60%');
    board.call('menuSaveSetup');
    expect(board.urlFetch._posted('adminCampaign').slice(2)).toMatchObject([
      { campaignId: CAMPAIGN },
      {
        campaign: {
          quotas: { [UNIT_A.id]: { seats: 2 } },
          structureTargets: { women: { min: 0.3, max: 0.6 } },
        },
      },
    ]);
    expect(board.ui._notices().at(-1)).toContain(`Đã cập nhật đợt “${CAMPAIGN}”`);
    expect(board.properties.document.getProperty('tonvinh.campaignId')).toBe(CAMPAIGN);

    // 2. Unit sheets: copied, shared with the editors, bound to campaign, unit and server.
    board.call('menuProvisionUnitSheets');
    let progress = { finished: false, created: 0, failed: [] as unknown[] };
    for (let i = 0; i < 5 && !progress.finished; i++)
      progress = board.call('provisionUnitSheets') as typeof progress;
    expect(progress).toMatchObject({ finished: true, created: 2, failed: [] });

    // 3. Units submit from their own sheets without typing any id.
    const unitA = await unitOpens(drive, board, UNIT_A);
    const sheetA = withTemplate(unitA);
    sheetA._fill(
      [
        person(sheetA, 1, 'Nguyễn Văn An', 'Nam', 1980, '020080001234'),
        person(sheetA, 2, 'Trần Thị Bình', 'Nữ', 1985, '020185001234'),
      ],
      2,
    );
    unitA.call('menuSubmitList');
    expect(unitA.ui._notices().at(-1)).toContain('Đã nộp thành công: phiên bản số 1.');
    expect(unitA.urlFetch._posted('submitNominations')).toMatchObject([
      { campaignId: CAMPAIGN, unitId: UNIT_A.id },
    ]);
    const unitB = await unitOpens(drive, board, UNIT_B);
    const sheetB = withTemplate(unitB);
    sheetB._fill([person(sheetB, 1, 'Lê Văn Cường', 'Nam', 1990, '020090001234')], 2);
    unitB.call('menuSubmitList');
    expect(unitB.ui._notices().at(-1)).toContain('Đã nộp thành công: phiên bản số 1.');

    // 4. Consolidate, write the master sheet, review in "Tổng hợp": one returned with a note.
    expect(runConsolidation(board).version).toBe(1);
    board.call('menuWriteMasterSheet');
    let master = loadMasterTab(board);
    setReview(master, 'Nguyễn Văn An', 'Cần bổ sung', RETURN_NOTE);
    setReview(master, 'Trần Thị Bình', 'Đã duyệt');
    setReview(master, 'Lê Văn Cường', 'Đã duyệt');
    board.call('menuWriteReviews');
    expect(
      board.urlFetch._posted('reviewNominees'),
      `${board.ui._alerts().at(-1)} / ${JSON.stringify(master._values.slice(0, 4))}`,
    ).toHaveLength(1);
    expect(cellOf(master, 'Nguyễn Văn An', 'Kết quả ghi duyệt')).toBe('Đã ghi: Cần bổ sung');
    expect(cellOf(master, 'Trần Thị Bình', 'Kết quả ghi duyệt')).toBe('Đã ghi: Đã duyệt');

    // 5. The unit sees the return with the board's note.
    unitA.call('menuShowStatus');
    const status = unitA.ui.sidebars.at(-1)?._payload<{ returned: Array<{ name: string; note: string }> }>();
    expect(status?.returned).toMatchObject([{ name: 'Nguyễn Văn An', note: RETURN_NOTE }]);

    // 6. The unit fixes the row and resubmits; after consolidation the row needs a new review.
    sheetA._put(
      sheetA._values,
      2,
      column(sheetA, 'Tóm tắt thành tích'),
      `${ACH} Năm 2026 tiếp nhận 1.200 hồ sơ.`,
    );
    unitA.call('menuSubmitList');
    expect(unitA.ui._notices().at(-1)).toContain('Đã nộp thành công: phiên bản số 2.');
    expect(runConsolidation(board).version).toBe(2);
    board.call('menuWriteMasterSheet');
    master = loadMasterTab(board);
    expect(cellOf(master, 'Nguyễn Văn An', 'Trạng thái xét duyệt')).toBe('Cần duyệt lại');
    expect(cellOf(master, 'Trần Thị Bình', 'Trạng thái xét duyệt')).toBe('Đã duyệt');

    // 7. Approve.
    setReview(master, 'Nguyễn Văn An', 'Đã duyệt');
    board.call('menuWriteReviews');
    expect(cellOf(master, 'Nguyễn Văn An', 'Kết quả ghi duyệt')).toBe('Đã ghi: Đã duyệt');
    const lastReview = board.urlFetch._posted('reviewNominees').at(-1) as { reviews: unknown[] };
    expect(lastReview.reviews).toHaveLength(1);

    // 8. Lock unit A (selected in the units tab); a further submission is refused.
    const unitsTab = board.spreadsheet._sheet('Đơn vị');
    unitsTab.activate();
    unitsTab.setActiveRange(unitsTab.getRange(2, 1));
    board.call('menuLockUnit');
    expect(board.urlFetch._posted('lockUnit')).toEqual([
      { campaignId: CAMPAIGN, unitId: UNIT_A.id, action: 'lock' },
    ]);
    expect(String(unitsTab._values[1]?.[header(unitsTab).indexOf('Khóa danh sách')])).toMatch(/^Đã khóa/);
    sheetA._put(sheetA._values, 3, column(sheetA, 'Năm sinh'), 1986);
    unitA.call('menuSubmitList');
    expect(unitA.ui._notices().at(-1)).toContain(
      'Danh sách của đơn vị đã được Ban Thi đua – Khen thưởng khóa',
    );

    // 9. Export: the official xlsx files saved into the campaign's Drive folder, links shown.
    board.call('menuExportMaster');
    const links = board.ui.sidebars.at(-1)?._payload<{ folderUrl: string; links: Array<{ url: string }> }>();
    const folderId = board.properties.document.getProperty('tonvinh.driveFolderId') ?? '';
    const saved =
      drive.folders
        .get(folderId)
        ?._files()
        .filter((f) => f.getName().endsWith('.xlsx')) ?? [];
    expect(saved.length).toBeGreaterThanOrEqual(1);
    expect(links?.links.map((l) => l.url).sort()).toEqual(saved.map((f) => f.getUrl()).sort());

    // Stored state, read back from the real functions.
    const stored = await post(stack.url, 'campaignStatus', { campaignId: CAMPAIGN }, { user: BOARD });
    const units = (stored.body as { units: Array<{ unitId: string; lock?: { locked: boolean } | null }> })
      .units;
    expect(units.find((u) => u.unitId === UNIT_A.id)?.lock?.locked).toBe(true);
    expect(units.find((u) => u.unitId === UNIT_B.id)?.lock?.locked ?? false).toBe(false);
    // The master list shows reviews as attached at consolidation: the approval appears in the next version.
    expect(runConsolidation(board).version).toBe(3);
    const list = await post(stack.url, 'masterList', { campaignId: CAMPAIGN }, { user: BOARD });
    const entries = (
      list.body as {
        master: {
          version: number;
          entries: Array<{ displayName: string; review?: { state: string } | null }>;
        };
      }
    ).master;
    expect(entries.version).toBe(3);
    expect(Object.fromEntries(entries.entries.map((e) => [e.displayName, e.review?.state]))).toEqual({
      'Nguyễn Văn An': 'approved',
      'Trần Thị Bình': 'approved',
      'Lê Văn Cường': 'approved',
    });

    // 10. Decision drafts: the Tờ trình and the Quyết định (.docx) saved into the campaign's Drive folder.
    board.call('menuDecisionDrafts');
    const folder = drive.folders.get(folderId);
    const drafts = folder?._files().filter((f) => f.getName().endsWith('.docx')) ?? [];
    expect(drafts.map((f) => f.getName())).toEqual([
      `du-thao-to-trinh-${CAMPAIGN}-v3.docx`,
      `du-thao-quyet-dinh-${CAMPAIGN}-v3.docx`,
    ]);
    const draftPage = board.ui.sidebars.at(-1)?._payload<{ intro: string; links: Array<{ url: string }> }>();
    expect(draftPage?.intro).toContain('3 trường hợp đã duyệt');
    expect(draftPage?.links.map((l) => l.url)).toEqual(drafts.map((f) => f.getUrl()));

    // 11. Record the signed decision: number and date typed, the approved count confirmed; a retry changes nothing.
    const decision: Array<[string, string]> = [
      ['OK', '1234/QĐ-UBND'],
      ['OK', '15/04/2026'], // before the fake clock's today (May 2026)
    ];
    board.ui.promptAnswers.push(...decision);
    board.call('menuRecordDecision');
    const asked = board.ui.dialogs.filter((d) => d.buttons === 'YES_NO').map((d) => d.message);
    expect(asked.at(-1), board.ui._alerts().at(-1)).toContain(
      'Quyết định số 1234/QĐ-UBND ngày 15/04/2026 cho 3 trường hợp đã duyệt?',
    );
    expect(board.ui._notices().at(-1)).toBe(
      'Ghi quyết định khen thưởng: Đã ghi nhận Quyết định số 1234/QĐ-UBND: 3 trường hợp được khen thưởng.',
    );
    board.ui.promptAnswers.push(...decision);
    board.call('menuRecordDecision');
    expect(board.ui._notices().at(-1)).toContain(
      '0 trường hợp được khen thưởng. 3 trường hợp đã được ghi nhận',
    );
    expect(board.urlFetch._posted('recordDecision')).toEqual([
      { campaignId: CAMPAIGN, decisionNumber: '1234/QĐ-UBND', decisionDate: '2026-04-15' },
      { campaignId: CAMPAIGN, decisionNumber: '1234/QĐ-UBND', decisionDate: '2026-04-15' },
    ]);

    // 12. Certificates of the decision just recorded (its number offered): one PDF page per awardee, in the folder.
    board.ui.promptAnswers.push(['OK', '']);
    board.call('menuPrintCertificates');
    const pdf = folder?._files().filter((f) => f.getName().endsWith('.pdf')) ?? [];
    expect(pdf.map((f) => f.getName())).toEqual([`giay-khen-${CAMPAIGN}-1234-qd-ubnd.pdf`]);
    expect(
      Buffer.from((pdf[0]?._bytes ?? []).map((b) => b & 0xff))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(board.ui.sidebars.at(-1)?._payload<{ intro: string }>().intro).toContain('3 trang');

    // Stored state: every entry awarded by the decision (shown by the next consolidation).
    expect(runConsolidation(board).version).toBe(4);
    // Read through the same synchronous client as the add-on: the main thread's keep-alive socket has been idle for
    // the whole decision step and the server may close it while it is reused ("other side closed").
    const awarded = http.handler({
      url: `${stack.url}/masterList`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-user': BOARD },
      body: JSON.stringify({ campaignId: CAMPAIGN }),
    });
    expect(awarded.status).toBe(200);
    const reviews = (
      JSON.parse(awarded.body) as {
        master: { entries: Array<{ review?: { state: string; decisionNumber?: string } }> };
      }
    ).master.entries.map((e) => [e.review?.state, e.review?.decisionNumber]);
    expect(reviews).toEqual([
      ['awarded', '1234/QĐ-UBND'],
      ['awarded', '1234/QĐ-UBND'],
      ['awarded', '1234/QĐ-UBND'],
    ]);
  });
});
