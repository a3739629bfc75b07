// No row left behind, end to end over HTTP (local stack, embedded emulator, real firebase-admin, Sheets stand-in):
// rows with errors enter consolidation as entries "chưa hợp lệ", out of totals and statistics, compared for
// duplicates (an invalid row duplicating a valid row of another unit is reported), listed by masterList with a
// validity filter and written to their own tab of the master sheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SPREADSHEET_ID, type Stack, startStack } from '../../functions/local/stack';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { SheetOutcome } from '../../shared/api/master-outputs';
import { BOARD, CAMPAIGN, individualGrid, submitBody, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;
let result: ConsolidateResponse & { sheet?: SheetOutcome };
const VALID_UNIT = 'so-noi-vu';
const INVALID_UNIT = 'so-y-te';

beforeAll(async () => {
  stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
  const campaign = await stack.services.campaigns.getCampaign(CAMPAIGN);
  if (!campaign) throw new Error('seeded campaign missing');
  await stack.services.campaigns.saveCampaign({ ...campaign, masterSpreadsheetId: LOCAL_SPREADSHEET_ID });
  const valid = individualGrid(3);
  // The other unit sends the first person again (same CCCD) with an invalid gender, and a second broken row.
  const copy = [...(valid.rows[0] as unknown[])];
  copy[2] = 'Không rõ';
  const broken = [2, '', 'Nam', 1980, 'Kinh', '123', 'Lao động tiên tiến'];
  const invalid = { ...valid, rows: [copy, broken, ...individualGrid(5).rows.slice(3)] } as typeof valid;
  for (const [unitId, grid] of [
    [VALID_UNIT, valid],
    [INVALID_UNIT, invalid],
  ] as const) {
    const r = await post(stack.url, 'submitNominations', submitBody(unitId, grid, `key-inv-${unitId}`), {
      user: userOf(unitId),
    });
    if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  }
  const response = await post<typeof result>(
    stack.url,
    'consolidate',
    { campaignId: CAMPAIGN, writeSheet: true },
    { user: BOARD },
  );
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  result = response.body;
}, 120_000);

afterAll(async () => {
  await stack.close();
});

const list = (validity?: string) =>
  post<MasterListResponse>(
    stack.url,
    'masterList',
    { campaignId: CAMPAIGN, ...(validity === undefined ? {} : { validity }) },
    { user: BOARD },
  );

describe('rows with errors in consolidation', () => {
  it('counts them apart: not in entries, sources or statistics', () => {
    expect(result.totals).toMatchObject({ entries: 5, sourceRows: 5, invalidRows: 2, invalidEntries: 2 });
    expect(result.stats.campaign.entries).toBe(5);
    expect(result.message).toContain('5 trường hợp (và 2 trường hợp chưa hợp lệ) từ 2 đơn vị');
  });

  it('reports an invalid row that duplicates a valid row of another unit', () => {
    const group = result.duplicates.find((g) => g.memberRowIds.includes(`${INVALID_UNIT}:individual:2`));
    expect(group?.memberRowIds.sort()).toEqual([
      `${VALID_UNIT}:individual:2`,
      `${INVALID_UNIT}:individual:2`,
    ]);
    expect(group?.nomineeIds).toHaveLength(2);
    expect(group?.nomineeIds.some((id) => id.startsWith('x'))).toBe(true);
  });

  it('lists them through masterList with the validity filter (default: valid only)', async () => {
    const valid = await list();
    const invalid = await list('invalid');
    const all = await list('all');
    expect(valid.body.master.entries).toHaveLength(5);
    expect(valid.body.master.entries.every((e) => e.validity === undefined)).toBe(true);
    expect(invalid.body.page.total).toBe(2);
    expect(invalid.body.master.entries.map((e) => [e.validity, e.sources[0]?.unitId])).toEqual([
      ['invalid', INVALID_UNIT],
      ['invalid', INVALID_UNIT],
    ]);
    const duplicate = invalid.body.master.entries.find((e) => e.sources[0]?.sheetRow === 2);
    expect(duplicate?.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['CONS_INVALID_DUPLICATE']));
    expect(duplicate?.issues.some((i) => i.severity === 'error' && i.field === 'gender')).toBe(true);
    expect(all.body.page.total).toBe(7);
    expect(all.body.master.entries.slice(5).every((e) => e.validity === 'invalid')).toBe(true);
    expect('invalidEntries' in valid.body.master).toBe(false);
  });

  it('writes them to the master sheet tab "Chưa hợp lệ" with their errors', () => {
    expect(result.sheet).toMatchObject({ written: true });
    const rows = stack.sheets?.values('Chưa hợp lệ') ?? [];
    expect(rows[0]?.slice(0, 3)).toEqual(['STT', 'Loại', 'Họ và tên / Tên tập thể']);
    expect(rows).toHaveLength(3);
    const errors = rows[0]?.indexOf('Lỗi cần sửa') ?? -1;
    expect(rows.slice(1).every((r) => String(r[errors]).startsWith('Dòng '))).toBe(true);
  });
});
