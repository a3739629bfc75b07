import { describe, expect, it } from 'vitest';
import { planMasterSheetWrite, quoteTitle } from '../../../../functions/app/outputs/master-sheet-plan';
import type { TabGrid } from '../../../../functions/app/outputs/tab-grid';

const tab = (title: string, rows: number): TabGrid => ({
  title,
  columns: [
    { header: 'A', width: 50 },
    { header: 'B', width: 80, format: 'text' },
  ],
  rows: Array.from({ length: rows }, (_, i) => [i, `x${i}`]),
  frozenColumns: 1,
  statusColumns: [{ column: 1, colors: [{ text: 'x1', color: { red: 1, green: 0, blue: 0 } }] }],
});

function kinds(requests: object[]): string[] {
  return requests.map((r) => Object.keys(r)[0] ?? '');
}

describe('planMasterSheetWrite', () => {
  it('adds missing tabs with fresh ids, reuses existing ones and deletes their old rules', () => {
    const plan = planMasterSheetWrite(
      [tab('Tổng hợp', 3), tab('Mới', 0)],
      [
        { sheetId: 710_001, title: 'Khác', conditionalRules: 0 },
        { sheetId: 5, title: 'Tổng hợp', conditionalRules: 2 },
      ],
    );
    expect(kinds(plan.requests)).toEqual([
      'updateSheetProperties',
      'deleteConditionalFormatRule',
      'deleteConditionalFormatRule',
      'repeatCell',
      'repeatCell',
      'repeatCell',
      'updateDimensionProperties',
      'updateDimensionProperties',
      'setBasicFilter',
      'addConditionalFormatRule',
      'addSheet',
      'updateSheetProperties',
      'repeatCell',
      'repeatCell',
      'repeatCell',
      'updateDimensionProperties',
      'updateDimensionProperties',
      'setBasicFilter',
      'addConditionalFormatRule',
    ]);
    expect(plan.requests[10]).toEqual({
      addSheet: { properties: { sheetId: 710_002, title: 'Mới', index: 1 } },
    });
    expect(plan.requests[0]).toMatchObject({
      updateSheetProperties: {
        properties: {
          sheetId: 5,
          gridProperties: { rowCount: 4, columnCount: 2, frozenRowCount: 1, frozenColumnCount: 1 },
        },
      },
    });
    // An empty tab keeps one data row so the header can stay frozen.
    expect(plan.requests[11]).toMatchObject({
      updateSheetProperties: { properties: { gridProperties: { rowCount: 2 } } },
    });
  });

  it('writes exact rectangles with A1 ranges on quoted titles, and clears whole tabs', () => {
    const plan = planMasterSheetWrite([tab('Tổng hợp', 3), tab("Bob's", 1)], []);
    expect(plan.data.map((d) => d.range)).toEqual(["'Tổng hợp'!A1:B4", "'Bob''s'!A1:B2"]);
    expect(plan.data[0]?.values[0]).toEqual(['A', 'B']);
    expect(plan.clearRanges).toEqual(["'Tổng hợp'", "'Bob''s'"]);
    expect(plan.cells).toBe(12);
  });

  it('has as many requests for 5,000 rows as for 5', () => {
    expect(planMasterSheetWrite([tab('T', 5000)], []).requests).toHaveLength(
      planMasterSheetWrite([tab('T', 5)], []).requests.length,
    );
  });

  it('refuses to exceed the 10 million cell limit', () => {
    const huge: TabGrid = {
      ...tab('T', 0),
      columns: Array.from({ length: 100 }, () => ({ header: 'h', width: 10 })),
      rows: new Array(100_001).fill([]),
    };
    expect(() => planMasterSheetWrite([huge], [])).toThrow(
      expect.objectContaining({ code: 'SHEET_TOO_LARGE' }),
    );
  });
});

describe('A1 helpers', () => {
  it('quotes tab titles', () => {
    expect(quoteTitle("Đơn vị's")).toBe("'Đơn vị''s'");
  });
});
