// Smart chips in the "Hồ sơ" column: Sheets answers getValues() with a chip's title only; the add-on reads the
// column's rich text and sends the links, so a clean dossier is not flagged as dossier.badLink.
import { describe, expect, it } from 'vitest';
import type { FakeRun } from '../../../fakes/apps-script/spreadsheet';
import { jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon, column, connect, row, withTemplate } from '../../support/world';

interface SentGrid {
  header: string[];
  rows: unknown[][];
}

const recorded = readRecording('submitNominations', 'with-dossier');
const sent = (recorded.request.body as { grid: SentGrid }).grid;
const DOSSIER = sent.header.indexOf('Hồ sơ');
const FILE = /https:\S+/.exec(String(sent.rows[0]?.[DOSSIER]))?.[0] ?? '';

/** The recorded cells as a user pasting Drive links gets them: typed labels, each link turned into a chip. */
const CHIP_CELLS: FakeRun[][] = [
  [
    { text: 'Báo cáo thành tích: ' },
    { text: 'Báo cáo thành tích 2025.pdf', link: FILE },
    { text: '\nBiên bản họp xét: ' },
    { text: 'Biên bản họp Hội đồng.pdf', link: FILE },
  ],
  [{ text: 'Báo cáo thành tích: Nguyễn Văn An.docx', link: FILE }],
];

describe('Smart chips in the "Hồ sơ" column', () => {
  it('sends the links of chips with their typed labels: the grid posted equals the recorded request', async () => {
    expect(DOSSIER).toBeGreaterThan(0);
    expect(FILE).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const a = await addon({ fetch: replayRoutes({ submitNominations: 'with-dossier' }) });
    connect(a, 'https://functions.example.test', 'so-noi-vu');
    const sheet = a.spreadsheet.insertSheet('Cá nhân');
    sheet._fill([sent.header, ...sent.rows]);
    CHIP_CELLS.forEach((runs, i) => {
      sheet._richCell(2 + i, DOSSIER + 1, runs);
    });
    expect(sheet._values[1]?.[DOSSIER]).not.toContain('https://');
    a.log.reset();
    a.call('menuSubmitList');
    const [posted] = a.urlFetch._posted('submitNominations') as Array<{ grid: SentGrid }>;
    expect(posted?.grid.header).toEqual(sent.header);
    expect(posted?.grid.rows).toEqual(sent.rows);
    const richReads = a.log.calls.filter((c) => c.method === 'getRichTextValues');
    expect(richReads).toHaveLength(1);
    const ranges = a.log.calls.filter((c) => c.method === 'getRange').map((c) => c.args);
    expect(ranges).toContainEqual([2, DOSSIER + 1, sent.rows.length, 1]);
  });

  it('checks a chip clean and still flags a bad plain-text value as dossier.badLink (local check)', async () => {
    const a = await addon({
      fetch: jsonRoutes({ validateRows: () => ({ status: 502, body: '<html>Bad gateway</html>' }) }),
    });
    connect(a);
    const sheet = withTemplate(a);
    const dossier = column(sheet, 'Hồ sơ');
    const person = { 'Họ và tên': 'Nguyễn Văn An', 'Năm sinh': 1980 };
    const typed = 'Báo cáo thành tích: Báo cáo thành tích 2025.pdf';
    sheet._fill(
      [row(sheet, person), row(sheet, { ...person, 'Họ và tên': 'Trần Thị Bình', 'Hồ sơ': typed })],
      2,
    );
    sheet._richCell(2, dossier, [
      { text: 'Báo cáo thành tích: ' },
      { text: 'Báo cáo thành tích 2025.pdf', link: FILE },
    ]);
    expect(sheet._values[1]?.[dossier - 1]).toBe(typed);
    a.call('menuCheckList');
    const payload = a.ui.sidebars.at(-1)?._payload<{
      notice: string;
      issues: Array<{ row: number; column: number; code: string }>;
    }>();
    expect(payload?.notice).toContain('Kiểm tra sơ bộ trên máy');
    const bad = (payload?.issues ?? []).filter((i) => i.code === 'dossier.badLink');
    expect(bad.map((i) => [i.row, i.column])).toEqual([[3, dossier]]);
    expect((payload?.issues ?? []).filter((i) => i.column === dossier && i.row === 2)).toEqual([]);
  });
});
