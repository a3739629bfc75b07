// End to end: the built Code.js in node:vm, its UrlFetchApp making real synchronous HTTP calls to the local
// functions (startStack in a child process, embedded Firestore emulator behind them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Addon } from '../fakes/apps-script/sandbox';
import type { FakeSheet } from '../fakes/apps-script/spreadsheet';
import { createSyncHttp, type SyncHttp } from '../fakes/apps-script/sync-http';
import { type ChildStack, startChildStack } from './support/stack-child';
import { addon, column, row, withTemplate } from './support/world';

const CAMPAIGN = 'ls-dhtt-2026';
const UNIT = 'so-y-te';
const UNIT_EMAIL = `${UNIT}@langson.example`;
const BOARD_EMAIL = 'bantdkt@langson.example';

let stack: ChildStack;
let http: SyncHttp;

beforeAll(async () => {
  stack = await startChildStack();
  http = createSyncHttp();
}, 120_000);

afterAll(async () => {
  await http?.close();
  await stack?.close();
});

async function connected(email: string, unitId: string): Promise<Addon> {
  const a = await addon({ fetch: http.handler });
  a.session.email = email;
  a.ui.promptAnswers.push(['OK', CAMPAIGN], ['OK', unitId], ['OK', stack.url]);
  a.call('menuConnectCampaign');
  return a;
}

function plant(sheet: FakeSheet): void {
  const base = {
    'Dân tộc': 'Kinh',
    'Hình thức đề nghị': 'Lao động tiên tiến',
    'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
  };
  sheet._fill(
    [
      row(sheet, {
        ...base,
        STT: 1,
        'Họ và tên': 'Nguyễn Văn An',
        'Giới tính': 'Nam',
        'Năm sinh': 1980,
        'Số CCCD': '020080001234',
      }),
      row(sheet, {
        ...base,
        STT: 2,
        'Họ và tên': 'Trần Thị Bình',
        'Giới tính': 'Nữ',
        'Năm sinh': 1985,
        'Số CCCD': '2008500123',
      }),
      row(sheet, { ...base, STT: 3, 'Họ và tên': 'Lê Văn Cường', 'Năm sinh': 1990, 'Dân tộc': 'Xyz' }),
    ],
    2,
  );
}

function overviewOf(a: Addon): { units: Array<{ status: string; unitId: string }> } {
  const page = a.ui.sidebars.at(-1);
  if (!page) throw new Error(`no sidebar; alerts: ${a.ui._alerts().join(' | ')}`);
  return page._payload<{ units: Array<{ status: string; unitId: string }> }>();
}

describe('add-on against the local functions', () => {
  it('connects through the real campaignStatus', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    expect(a.ui._alerts().at(-1)).toContain('Đã kết nối.');
    expect(a.ui._alerts().at(-1)).toContain('Đơn vị: Sở Y tế');
    expect(a.urlFetch.requests[0]?.headers['X-Dev-User']).toBe(UNIT_EMAIL);
  });

  it('unit: check paints the planted errors on their cells; after the fixes no cell is red', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    const sheet = withTemplate(a);
    plant(sheet);
    a.call('menuCheckList');
    const cccd = column(sheet, 'Số CCCD');
    const gender = column(sheet, 'Giới tính');
    const ethnicity = column(sheet, 'Dân tộc');
    expect(sheet._backgrounds[2]?.[cccd - 1]).toBe('#f4c7c3');
    expect(sheet._notes[2]?.[cccd - 1]).toContain('12 chữ số');
    expect(sheet._backgrounds[3]?.[gender - 1]).toBe('#f4c7c3');
    expect(sheet._backgrounds[3]?.[ethnicity - 1]).toBe('#f4c7c3');
    expect(sheet._backgrounds[1]?.[cccd - 1]).toBeNull();
    const listed = a.ui.sidebars.at(-1)?._payload<{ issues: Array<{ message: string }> }>().issues ?? [];
    expect(listed.map((i) => i.message).join('\n')).toContain('Không tìm thấy dân tộc');

    sheet._put(sheet._values, 3, cccd, '020185001234');
    sheet._put(sheet._values, 4, gender, 'Nam');
    sheet._put(sheet._values, 4, ethnicity, 'Tày');
    a.call('menuCheckList');
    const redNotes = sheet._notes.flat().filter((_n, i) => sheet._backgrounds.flat()[i] === '#f4c7c3');
    expect(redNotes).toEqual([]);
    expect(sheet._notes.flat().filter((n) => n !== '')).toEqual(
      sheet._notes.flat().filter((n) => n.startsWith('Lưu ý')),
    );
  });

  it('unit: submits a clean list twice (one version), then the status is clean', async () => {
    const a = await connected('so-giao-duc@langson.example', 'so-giao-duc');
    const sheet = withTemplate(a);
    plant(sheet);
    sheet._put(sheet._values, 3, column(sheet, 'Số CCCD'), '020185001234');
    sheet._put(sheet._values, 4, column(sheet, 'Giới tính'), 'Nam');
    sheet._put(sheet._values, 4, column(sheet, 'Dân tộc'), 'Tày');
    a.call('menuSubmitList');
    a.call('menuSubmitList');
    const alerts = a.ui._notices();
    expect(alerts.at(-2)).toContain('Đã nộp thành công: phiên bản số 1.');
    expect(alerts.at(-1)).toContain('đã được nộp trước đó (phiên bản số 1)');
    a.call('menuShowStatus');
    const status = a.ui.sidebars
      .at(-1)
      ?._payload<{ unit: { status: string; latestVersion: number; rows: number } }>();
    expect(status?.unit).toMatchObject({ status: 'clean', latestVersion: 1, rows: 3 });
  });

  it('board: sees every unit with the missing ones first', async () => {
    const a = await connected(BOARD_EMAIL, UNIT);
    a.call('menuSubmissionOverview');
    const payload = overviewOf(a);
    expect(payload.units.length).toBe(12);
    const order = payload.units.map((u) =>
      ['not_submitted', 'with_errors', 'clean', 'reviewed'].indexOf(u.status),
    );
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(payload.units[0]?.status).toBe('not_submitted');
  });

  it('shows a unit user only their own unit in the overview (the server filters)', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    a.call('menuSubmissionOverview');
    expect(overviewOf(a).units.map((u) => u.unitId)).toEqual([UNIT]);
  });

  it('checks and paints a 1,000-row sheet through the real server within 10 spreadsheet calls', async () => {
    const a = await connected(UNIT_EMAIL, UNIT);
    const sheet = withTemplate(a);
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row(sheet, {
        STT: i + 1,
        'Họ và tên': `Nguyễn Văn Số ${i + 1}`,
        'Giới tính': 'Nam',
        'Năm sinh': 1970 + (i % 30),
        'Số CCCD': i % 3 ? '020080001234' : '123',
        'Dân tộc': 'Kinh',
        'Hình thức đề nghị': 'Lao động tiên tiến',
        'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
      }),
    );
    sheet._fill(rows, 2);
    a.log.reset();
    const started = performance.now();
    a.call('menuCheckList');
    const millis = Math.round(performance.now() - started);
    const painted = sheet._backgrounds.flat().filter((c) => c === '#f4c7c3').length;
    expect(painted).toBeGreaterThanOrEqual(334);
    expect(a.log.spreadsheetCalls()).toBeLessThanOrEqual(10);
    console.log(
      `e2e 1,000 rows: ${a.log.spreadsheetCalls()} spreadsheet calls, ${a.log.count()} service calls, ${painted} error cells, ${millis} ms`,
    );
  });
});
