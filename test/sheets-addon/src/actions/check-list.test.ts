import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../shared/grid/types';
import { json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { readRecording, replay, replayRoutes } from '../../support/recordings';
import { addon, CAMPAIGN, column, connect, row, UNIT, withTemplate } from '../../support/world';

/**
 * The recorded "mixed" validateRows answer with its issues replaced (same shape, summary recounted): for tests of
 * painting mechanics that need issues at chosen cells or in bulk; checks of real content use recordings as they are.
 */
function answerWith(issues: Issue[]) {
  const recorded = readRecording('validateRows', 'mixed');
  const errors = issues.filter((i) => i.severity === 'error');
  const errorRows = new Set(errors.map((i) => i.row)).size;
  const rows = Math.max(3, errorRows);
  const summary = {
    rows,
    validRows: rows - errorRows,
    errorRows,
    errors: errors.length,
    warnings: issues.length - errors.length,
  };
  return json(recorded.status, { ...(recorded.body as object), issues, summary });
}

function issue(row: number, col: number, severity: Issue['severity'], message: string): Issue {
  return { row, column: col, field: 'x', code: severity === 'error' ? 'E_X' : 'W_X', severity, message };
}

async function checkedWith(answers: Issue[][]) {
  const queue = [...answers];
  const a = await addon({
    fetch: jsonRoutes({
      validateRows: () => {
        const issues = queue.shift();
        return issues ? answerWith(issues) : replay('validateRows', 'clean');
      },
    }),
  });
  connect(a);
  const sheet = withTemplate(a);
  sheet._fill(
    [
      row(sheet, {
        'Họ và tên': 'Nguyễn Văn An',
        'Số CCCD': '020080001234',
        'Ngày sinh': new Date('1980-09-04T17:00:00Z'),
      }),
      row(sheet, { 'Họ và tên': 'Trần Thị Bình', 'Số CCCD': 12345 }),
      row(sheet, { 'Họ và tên': 'Lê Văn Cường' }),
    ],
    2,
  );
  return { a, sheet };
}

describe('Kiểm tra danh sách', () => {
  it('sends the whole grid with its header in one validateRows call, dates as YYYY-MM-DD in the sheet time zone', async () => {
    const { a, sheet } = await checkedWith([[]]);
    a.call('menuCheckList');
    const [body] = a.urlFetch._posted('validateRows') as Array<Record<string, unknown>>;
    expect(body).toMatchObject({ campaignId: CAMPAIGN, unitId: UNIT, kind: 'individual' });
    const grid = body?.grid as { header: string[]; rows: unknown[][]; firstRow: number; sheetName: string };
    expect(grid.header[0]).toBe('STT');
    expect(grid.header).toContain('Họ và tên');
    expect(grid.firstRow).toBe(2);
    expect(grid.sheetName).toBe('Cá nhân');
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows[0]?.[column(sheet, 'Ngày sinh') - 1]).toBe('1980-09-05');
    expect(grid.rows[1]?.[column(sheet, 'Số CCCD') - 1]).toBe(12345);
    const auth = a.urlFetch.requests[0]?.headers.Authorization;
    expect(auth).toBe('Bearer fake-identity-token');
    expect(a.urlFetch.requests[0]?.headers['X-Dev-User']).toBeUndefined();
  });

  it('paints each issue of a recorded answer on its exact cell with a note, and lists them in the sidebar', async () => {
    const recording = readRecording('validateRows', 'mixed');
    const sent = (recording.request.body as { grid: { header: string[]; rows: unknown[][] } }).grid;
    const answer = recording.body as { issues: Issue[] };
    const a = await addon({ fetch: replayRoutes({ validateRows: 'mixed' }) });
    connect(a);
    const sheet = a.spreadsheet.insertSheet('Cá nhân');
    sheet._fill([sent.header, ...sent.rows]);
    a.call('menuCheckList');
    const [posted] = a.urlFetch._posted('validateRows') as Array<{ grid: { rows: unknown[][] } }>;
    expect(posted?.grid.rows).toEqual(sent.rows);
    const [error, warning] = answer.issues;
    expect(error?.severity).toBe('error');
    expect(sheet._backgrounds[(error?.row ?? 0) - 1]?.[(error?.column ?? 0) - 1]).toBe('#f4c7c3');
    expect(sheet._notes[(error?.row ?? 0) - 1]?.[(error?.column ?? 0) - 1]).toBe(`Lỗi: ${error?.message}`);
    expect(warning).toMatchObject({ severity: 'warning', column: 0 });
    expect(sheet._backgrounds[(warning?.row ?? 0) - 1]?.[0]).toBe('#fce8b2');
    expect(sheet._notes[(warning?.row ?? 0) - 1]?.[0]).toBe(`Lưu ý: ${warning?.message}`);
    expect(sheet._backgrounds[1]?.every((c) => c === null)).toBe(true);
    expect(sheet._backgrounds[0]?.[0]).toBe('#d9ead3');
    const sidebar = a.ui.sidebars[0];
    expect(sidebar?.getTitle()).toBe('Kết quả kiểm tra');
    const shown = sidebar?._payload<{ issues: Array<{ cell: string; message: string }> }>();
    expect(shown?.issues.map((i) => i.message)).toEqual(answer.issues.map((i) => i.message));
    expect(shown?.issues[0]?.cell).toBe('F3');
  });

  it('clears the marks of the previous check', async () => {
    const { a, sheet } = await checkedWith([]);
    const cccd = column(sheet, 'Số CCCD');
    const queue = [[issue(4, cccd, 'error', 'Sai.')]];
    a.urlFetch.handler = jsonRoutes({
      validateRows: () => {
        const issues = queue.shift();
        return issues ? answerWith(issues) : replay('validateRows', 'clean');
      },
    });
    a.call('menuCheckList');
    expect(sheet._backgrounds[3]?.[cccd - 1]).toBe('#f4c7c3');
    sheet._values.splice(3, 1);
    a.call('menuCheckList');
    expect(sheet._backgrounds[3]?.[cccd - 1]).toBeNull();
    expect(sheet._notes[3]?.[cccd - 1]).toBe('');
  });

  it('explains a missing connection, an expired sign-in, a refused unit and an unreadable answer', async () => {
    const { a } = await checkedWith([]);
    a.properties.document.deleteAllProperties();
    a.call('menuCheckList');
    expect(a.ui._alerts().at(-1)).toContain('chưa được kết nối với chiến dịch');
    connect(a);
    const refused = readRecording('validateRows', 'forbidden').body as { error: { message: string } };
    const unauthenticated = readRecording('validateRows', 'unauthenticated').body as {
      error: { message: string };
    };
    const cases: Array<[() => ReturnType<typeof json>, string]> = [
      [() => replay('validateRows', 'unauthenticated'), unauthenticated.error.message],
      [() => replay('validateRows', 'forbidden'), refused.error.message],
      // not an answer of our server: what a proxy in between might send
      [() => ({ status: 200, body: 'not json' }), 'dữ liệu không đọc được'],
    ];
    for (const [answer, text] of cases) {
      a.urlFetch.handler = jsonRoutes({ validateRows: answer });
      a.call('menuCheckList');
      expect(a.ui._alerts().at(-1)).toContain(text);
    }
    expect(a.ui.sidebars).toHaveLength(0);
  });

  it('falls back to the shared validateGrid on this machine when the server is down or unreachable', async () => {
    const { a, sheet } = await checkedWith([]);
    const cccd = column(sheet, 'Số CCCD');
    const failures: Array<[() => ReturnType<typeof json>, string]> = [
      [() => ({ status: 502, body: '<html>Bad gateway</html>' }), 'Máy chủ đang gặp sự cố'],
      [
        () => {
          throw new Error('ECONNREFUSED');
        },
        'Không kết nối được máy chủ',
      ],
    ];
    for (const [answer, text] of failures) {
      a.urlFetch.handler = jsonRoutes({ validateRows: answer });
      a.call('menuCheckList');
      const notice = a.ui.sidebars.at(-1)?._payload<{ notice: string }>().notice ?? '';
      expect(notice).toContain('Kiểm tra sơ bộ trên máy');
      expect(notice).toContain(text);
      expect(sheet._backgrounds[2]?.[cccd - 1]).toBe('#f4c7c3');
      expect(sheet._notes[2]?.[cccd - 1]).toContain('12 chữ số');
    }
  });
});

describe('Kiểm tra danh sách on 1,000 rows', () => {
  it('uses at most 11 spreadsheet service calls to read, check and paint, whatever the number of issues', async () => {
    const { a, sheet } = await checkedWith([]);
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row(sheet, { 'Họ và tên': `Người số ${i + 1}`, 'Số CCCD': i }),
    );
    sheet._fill(rows, 2);
    const width = sheet.getLastColumn();
    const counts: Array<{ issues: number; spreadsheet: number; total: number }> = [];
    for (const n of [0, 1, 3000]) {
      const issues = Array.from({ length: n }, (_, i) =>
        issue(2 + (i % 1000), 1 + (i % width), i % 2 ? 'warning' : 'error', `Vấn đề ${i}`),
      );
      a.urlFetch.handler = jsonRoutes({
        validateRows: () => answerWith(issues),
      });
      a.log.reset();
      a.ui.dialogs.length = 0;
      a.call('menuCheckList');
      expect(a.ui._alerts()).toEqual([]);
      counts.push({ issues: n, spreadsheet: a.log.spreadsheetCalls(), total: a.log.count() });
      expect(
        a.log.names().filter((name) => /\.(setBackground|setNote|setValue|getValue)$/.test(name)),
      ).toEqual([]);
    }
    expect(counts.map((c) => c.spreadsheet)).toEqual([
      counts[0]?.spreadsheet,
      counts[0]?.spreadsheet,
      counts[0]?.spreadsheet,
    ]);
    // 11: the read, the paint, and one range read of the "Hồ sơ" column's rich text (smart chips' links).
    expect(counts[0]?.spreadsheet).toBeLessThanOrEqual(11);
    expect(a.log.names().filter((name) => name.endsWith('.getRichTextValues'))).toHaveLength(1);
    expect(counts[2]?.total).toBe(counts[0]?.total);
    expect(sheet._notes[1]?.[0]).toBe('Lỗi: Vấn đề 0');
    console.log(`service calls for 1,000 rows: ${JSON.stringify(counts)}; ${a.log.names().join(', ')}`);
  });
});
