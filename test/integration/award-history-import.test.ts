// importAwardHistory over HTTP (local stack, embedded emulator, real firebase-admin, exceljs reading the file): the
// board's list of past award decisions becomes award-history records that validation looks up; importing the same
// file again adds nothing; bad rows get coded cell issues; unit users and non-xlsx bytes are refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { ImportAwardHistoryResponse } from '../../shared/api/award-history-import';
import type { ErrorBody } from '../../shared/api/error-body';
import { awardHistoryWorkbook } from '../fixtures/xlsx/award-history';
import { BOARD, CAMPAIGN, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;
let file: string;

beforeAll(async () => {
  stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
  file = (await awardHistoryWorkbook()).toString('base64');
}, 60_000);

afterAll(async () => {
  await stack.close();
});

const send = (body: Record<string, unknown>, user = BOARD) =>
  post<ImportAwardHistoryResponse>(
    stack.url,
    'importAwardHistory',
    { campaignId: CAMPAIGN, ...body },
    { user },
  );

describe('importAwardHistory', () => {
  it('records the clean rows and reports the bad ones cell by cell', async () => {
    const response = await send({ fileBase64: file, fileName: 'lich-su.xlsx' });
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      rows: 9,
      added: 5,
      existing: 0,
      invalidRows: 4,
      skippedSheets: ['Ghi chú'],
    });
    expect(body.sheets).toEqual([
      {
        sheetName: 'Đã khen thưởng',
        headerRow: 5,
        rows: 9,
        columns: { fullName: 2, birthDate: 3, cccd: 4, unit: 5, award: 6, year: 7, decision: 8 },
      },
    ]);
    const errors = body.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column, i.code]);
    expect(errors).toEqual([
      [11, 6, 'award.unknown'],
      [12, 4, 'awardHistory.identityMissing'],
      [13, 7, 'awardHistory.yearMissing'],
      [14, 8, 'awardHistory.decisionDateInvalid'],
    ]);
    expect(
      body.issues.every((i) => i.message === i.message.normalize('NFC') && i.sheetName === 'Đã khen thưởng'),
    ).toBe(true);
    const an = await stack.services.awardHistory.findByKeys(['cccd:020080000123']);
    expect(
      an.map((r) => [r.awardCode, r.year, r.decisionNumber, r.decisionDate, r.fullName, r.birthYear]),
    ).toEqual(
      expect.arrayContaining([
        ['CSTD_CS', 2023, '1234/QĐ-UBND', '2023-12-15', 'Nguyễn Văn An', 1980],
        ['LDTT', 2022, '900/QĐ-SNV', '2022-12-20', 'Nguyễn Văn An', 1980],
      ]),
    );
    const byName = await stack.services.awardHistory.findByKeys([
      'name:tran minh duc|1975',
      'org:phong to chuc can bo',
    ]);
    expect(byName.map((r) => [r.awardCode, r.year]).sort()).toEqual([
      ['BK_TINH', 2025],
      ['TTLDXS', 2024],
    ]);
  });

  it('adds nothing when the same decisions come again, even in another file', async () => {
    const again = await send({ fileBase64: file });
    expect(again.body).toMatchObject({ added: 0, existing: 5, invalidRows: 4 });
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('DS');
    ws.getRow(1).values = ['Họ tên', 'Năm sinh', 'Danh hiệu', 'Năm khen thưởng', 'Số QĐ'];
    ws.getRow(2).values = ['Trần Minh Đức', 1975, 'Bằng khen UBND tỉnh', 2025, '789/QĐ-UBND'];
    ws.getRow(3).values = ['Trần Minh Đức', 1975, 'Lao động tiên tiến', 2021, '15/QĐ-UBND'];
    const other = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const mixed = await send({ fileBase64: other });
    expect(mixed.body).toMatchObject({ rows: 2, added: 1, existing: 1, invalidRows: 0, issues: [] });
  });

  it('refuses unit users, bytes that are not xlsx and a workbook without an award list', async () => {
    const unit = await send({ fileBase64: file }, userOf('so-noi-vu'));
    expect([unit.status, (unit.body as unknown as ErrorBody).error.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const junk = await send({ fileBase64: Buffer.from('not a workbook').toString('base64') });
    expect([junk.status, (junk.body as unknown as ErrorBody).error.code]).toEqual([400, 'IMPORT_NOT_XLSX']);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trống').getCell('A1').value = 'Không có gì';
    const empty = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const none = await send({ fileBase64: empty });
    expect([none.status, (none.body as unknown as ErrorBody).error.code]).toEqual([
      422,
      'AWARD_IMPORT_NO_LIST',
    ]);
    expect((none.body as unknown as ErrorBody).error.message).toContain('danh sách khen thưởng');
  });
});
