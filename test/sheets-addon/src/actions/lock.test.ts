// "Khóa danh sách đơn vị" / "Mở lại danh sách đơn vị" in the built Code.js, on recorded answers of the real
// functions (campaignStatus of the board, lockUnit locked/reopened).
import { describe, expect, it } from 'vitest';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon, connect } from '../../support/world';

const UNITS_HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Email người nhập', 'Chỉ tiêu (tổng số)'];

async function boardWithUnitsTab(lockCase: string, answers: string[] = []) {
  const a = await addon({ fetch: replayRoutes({ campaignStatus: 'board', lockUnit: lockCase }) });
  connect(a);
  for (const answer of answers) a.ui.alertAnswers.push(answer);
  const tab = a.spreadsheet.insertSheet('Đơn vị');
  tab._fill([
    UNITS_HEADER,
    ['tinh-doan', 'Tỉnh đoàn', 'Đoàn thể', '', ''],
    ['so-y-te', 'Sở Y tế', 'Sở, ban, ngành', 'so-y-te@langson.example', ''],
  ]);
  tab.activate();
  tab.setActiveRange(tab.getRange(3, 2));
  return { a, tab };
}

describe('lock and reopen a unit from the selected row', () => {
  it('asks first, sends lockUnit for the selected unit and writes the lock state into the units tab', async () => {
    const { a, tab } = await boardWithUnitsTab('locked');
    a.call('menuLockUnit');
    const sent = a.urlFetch.requests.filter((r) => r.url.endsWith('/lockUnit'));
    // The recorded request also carried a note; the menu sends none.
    const { note: _note, ...recorded } = readRecording('lockUnit', 'locked').request.body as {
      note?: string;
    };
    expect(sent.map((r) => JSON.parse(r.body))).toEqual([recorded]);
    expect(tab._values[0]?.[5]).toBe('Khóa danh sách');
    expect(String(tab._values[2]?.[5])).toMatch(/^Đã khóa \(/);
    expect(tab._values[1]?.[5] ?? '').toBe('');
    expect(a.ui._notices().at(-1)).toContain('Danh sách của “Sở Y tế” đã khóa.');
  });

  it('sends nothing when the board answers No', async () => {
    const { a } = await boardWithUnitsTab('locked', ['NO']);
    a.call('menuLockUnit');
    expect(a.urlFetch.requests.filter((r) => r.url.endsWith('/lockUnit'))).toEqual([]);
  });

  it('reopens and shows it open', async () => {
    const { a, tab } = await boardWithUnitsTab('reopened');
    a.call('menuReopenUnit');
    expect(String(tab._values[2]?.[5])).toMatch(/^Mở \(/);
    expect(a.ui._notices().at(-1)).toContain('đang mở');
  });

  it('names what to select when no unit row is selected', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'board' }) });
    connect(a);
    a.spreadsheet.insertSheet('Trang tính1').activate();
    a.call('menuLockUnit');
    expect(a.ui._notices().at(-1)).toContain('Hãy chọn một dòng của đơn vị');
  });
});

describe('lock state in the board’s overview', () => {
  it('marks the locked unit (recorded campaignStatus after lockUnit)', async () => {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: 'board-locked' }) });
    connect(a);
    a.call('menuSubmissionOverview');
    const payload = a.ui.sidebars.at(-1)?._payload() as { units: { unitId: string; locked: boolean }[] };
    expect(payload.units.filter((u) => u.locked).map((u) => u.unitId)).toEqual(['so-y-te']);
  });
});
