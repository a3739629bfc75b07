// The real @googleapis/sheets client against a local Sheets API (functions/local/fake-sheets-api.ts).
import { OAuth2Client } from 'google-auth-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spreadsheetClient } from '../../../../functions/adapters/sheets/spreadsheet-client';
import { planMasterSheetWrite } from '../../../../functions/app/outputs/master-sheet-plan';
import { masterTabs } from '../../../../functions/app/outputs/master-tabs';
import { writeMasterSheet } from '../../../../functions/app/outputs/sheet-writer';
import { FakeSheetsApi } from '../../../../functions/local/fake-sheets-api';
import { HOSTILE_TEXTS, sampleMaster } from '../../../fixtures/xlsx/sample-master';

const TABS = ['Tổng hợp', 'Theo đơn vị', 'Trùng lặp', 'Thống kê', 'Thay đổi', 'Chưa hợp lệ'];

/** A row without its trailing empty cells (the API, and its fake, read a row back without them). */
const trimmed = (row: unknown[]): unknown[] => {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
  return row.slice(0, end);
};

let api: FakeSheetsApi;
let rootUrl: string;
let sleeps: number[];

function fakeAuth(): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
  return client;
}

function client(retries = 5) {
  const backoff = { retries, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
  return spreadsheetClient({ auth: fakeAuth(), rootUrl, backoff });
}

beforeEach(async () => {
  api = new FakeSheetsApi();
  rootUrl = await api.start();
  sleeps = [];
});

afterEach(async () => {
  await api.close();
});

describe('writeMasterSheet through the real Sheets client', () => {
  it('writes the six tabs in order, with the board own tab left in place', async () => {
    const result = await writeMasterSheet(client(), {
      spreadsheetId: api.spreadsheetId,
      master: sampleMaster(),
    });
    expect([...api.tabs].sort((a, b) => a.index - b.index).map((t) => t.title)).toEqual([
      ...TABS,
      'Trang tính1',
    ]);
    expect(result.tabs.map((t) => [t.title, t.rows])).toEqual([
      ['Tổng hợp', 16],
      ['Theo đơn vị', 4],
      ['Trùng lặp', 2],
      ['Thống kê', expect.any(Number)],
      ['Thay đổi', 6],
      ['Chưa hợp lệ', 0],
    ]);
    const summary = api.values('Tổng hợp');
    expect(summary[0]?.slice(0, 3)).toEqual(['STT', 'Loại', 'Họ và tên / Tên tập thể']);
    expect(summary).toHaveLength(17);
    expect(summary[1]?.slice(0, 3)).toEqual([1, 'Cá nhân', sampleMaster().entries[0]?.displayName]);
  });

  it('sends user text RAW so nothing becomes a formula, and keeps CCCD as text', async () => {
    await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() });
    const writes = api.calls.filter((c) => c.kind === 'valuesBatchUpdate');
    expect(writes.map((c) => c.valueInputOption)).toEqual(['RAW']);
    const cells = api.values('Tổng hợp').flat();
    for (const text of HOSTILE_TEXTS) expect(cells).toContain(text);
    const cccd = api.values('Tổng hợp')[1]?.[6];
    expect(typeof cccd).toBe('string');
    expect(String(cccd)).toMatch(/^\d{12}$/);
    expect(api.formatAt('Tổng hợp', 1, 6)).toMatchObject({ numberFormat: { type: 'TEXT', pattern: '@' } });
  });

  it('uses the same four calls for 16 rows and for 2,000 rows', async () => {
    await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() });
    const small = api.calls.map((c) => c.kind);
    api.calls.length = 0;
    await writeMasterSheet(client(), {
      spreadsheetId: api.spreadsheetId,
      master: sampleMaster({ individuals: 1900, collectives: 100 }),
    });
    expect(api.calls.map((c) => c.kind)).toEqual(small);
    expect(small).toEqual(['get', 'batchUpdate', 'batchClear', 'valuesBatchUpdate']);
    expect(api.values('Tổng hợp')).toHaveLength(2001);
    expect(Math.max(...api.calls.map((c) => c.bytes))).toBeLessThan(10 * 1024 * 1024);
  });

  it('splits the values of > 30,000 entries into requests under 10 MB, in order, with the same sheet content', async () => {
    const master = sampleMaster({ individuals: 30_500, collectives: 500 });
    const result = await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master });
    const writes = api.calls.filter((c) => c.kind === 'valuesBatchUpdate');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    for (const call of api.calls) expect(call.bytes).toBeLessThanOrEqual(10_000_000);
    expect(api.calls.map((c) => c.status)).toEqual(api.calls.map(() => 200));
    const expected = planMasterSheetWrite(masterTabs({ master }), []).data;
    for (const tab of result.tabs) {
      const written = expected.filter(
        (d) => d.range.startsWith(`'${tab.title}'!`) || d.range.startsWith(`${tab.title}!`),
      );
      expect(api.values(tab.title).map(trimmed)).toEqual(written.flatMap((d) => d.values).map(trimmed));
    }
    expect(api.values('Tổng hợp')).toHaveLength(31_001);
  });

  it('formats: bold header, frozen header row, filter over the table, widths, status colours', async () => {
    await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() });
    const tab = api.tab('Tổng hợp');
    expect([tab.frozenRowCount, tab.frozenColumnCount, tab.rowCount, tab.columnCount]).toEqual([
      1, 3, 17, 29,
    ]);
    expect(api.formatAt('Tổng hợp', 0, 2)).toMatchObject({
      textFormat: { bold: true, fontFamily: 'Times New Roman' },
    });
    expect(api.formatAt('Tổng hợp', 5, 2)).toMatchObject({
      wrapStrategy: 'WRAP',
      textFormat: { fontFamily: 'Times New Roman' },
    });
    expect(tab.basicFilter?.range).toEqual({
      sheetId: tab.sheetId,
      startRowIndex: 0,
      endRowIndex: 17,
      startColumnIndex: 0,
      endColumnIndex: 29,
    });
    expect(tab.columnWidths[2]).toBe(220);
    expect(tab.conditionalFormats).toHaveLength(10);
    expect(JSON.stringify(tab.conditionalFormats)).toContain('Chờ xét');
    expect(JSON.stringify(tab.conditionalFormats)).toContain('Thiếu');
    expect(JSON.stringify(tab.conditionalFormats)).toContain('Cần duyệt lại');
  });

  it('rewriting the same version leaves the same spreadsheet', async () => {
    const input = { spreadsheetId: api.spreadsheetId, master: sampleMaster() };
    await writeMasterSheet(client(), input);
    const first = structuredClone(api.tabs);
    await writeMasterSheet(client(), input);
    const strip = (tabs: typeof first) =>
      tabs.map(({ formats, ...rest }) => ({ ...rest, formats: formats.length > 0 }));
    expect(strip(api.tabs)).toEqual(strip(first));
    for (const title of TABS)
      expect(api.tab(title).conditionalFormats).toEqual(
        first.find((t) => t.title === title)?.conditionalFormats,
      );
  });

  it('a smaller version after a larger one leaves no stale rows', async () => {
    await writeMasterSheet(client(), {
      spreadsheetId: api.spreadsheetId,
      master: sampleMaster({ individuals: 300 }),
    });
    await writeMasterSheet(client(), {
      spreadsheetId: api.spreadsheetId,
      master: sampleMaster({ individuals: 5, collectives: 1 }),
    });
    expect(api.values('Tổng hợp')).toHaveLength(7);
    expect(api.tab('Tổng hợp').rowCount).toBe(7);
  });
});

describe('backoff and errors', () => {
  it('retries 429 with growing delays and succeeds', async () => {
    api.failNext(3, 429);
    await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() });
    expect(sleeps).toEqual([750, 1500, 3000]);
    expect(api.calls.filter((c) => c.status === 429)).toHaveLength(3);
    expect(api.values('Tổng hợp')).toHaveLength(17);
  });

  it('honours Retry-After', async () => {
    api.failNext(1, 429, '7');
    await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() });
    expect(sleeps).toEqual([7000]);
  });

  it('gives up after the bounded retries with SHEET_RATE_LIMITED', async () => {
    api.failNext(10, 429);
    await expect(
      writeMasterSheet(client(2), { spreadsheetId: api.spreadsheetId, master: sampleMaster() }),
    ).rejects.toMatchObject({
      code: 'SHEET_RATE_LIMITED',
      status: 503,
      message: expect.stringContaining('Google Sheets đang giới hạn'),
    });
    expect(api.calls).toHaveLength(3);
  });

  it('translates 403 and 404 into coded errors without retrying', async () => {
    api.denyWith = 403;
    await expect(
      writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() }),
    ).rejects.toMatchObject({
      code: 'SHEET_FORBIDDEN',
      message: expect.stringContaining('chia sẻ bảng tính cho tài khoản dịch vụ'),
    });
    api.denyWith = undefined;
    await expect(
      writeMasterSheet(client(), { spreadsheetId: 'no-such-sheet', master: sampleMaster() }),
    ).rejects.toMatchObject({
      code: 'SHEET_NOT_FOUND',
    });
    expect(sleeps).toEqual([]);
  });

  it('retries a 503 then succeeds', async () => {
    api.failNext(1, 503);
    await writeMasterSheet(client(), { spreadsheetId: api.spreadsheetId, master: sampleMaster() });
    expect(sleeps).toHaveLength(1);
  });
});
