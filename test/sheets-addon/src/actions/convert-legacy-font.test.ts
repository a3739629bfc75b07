// "Chuyển phông chữ TCVN3/VNI sang Unicode" in the built Code.js (node:vm, Apps Script fakes): the legacy-encoded
// cells of the active nomination tab are counted in a confirmation and converted in one setValues call.
import { describe, expect, it } from 'vitest';
import type { Addon } from '../../../fakes/apps-script/sandbox';
import type { FakeSheet } from '../../../fakes/apps-script/spreadsheet';
import { addon, column, connect, row, withTemplate } from '../../support/world';

const BIRTH = new Date('1980-09-04T17:00:00Z');

async function sheetWithLegacyRows(): Promise<{ a: Addon; sheet: FakeSheet }> {
  const a = await addon();
  connect(a);
  const sheet = withTemplate(a);
  sheet._fill(
    [
      row(sheet, { 'Họ và tên': 'Lê Văn Cường', 'Số CCCD': '020080001234' }),
      row(sheet, { 'Họ và tên': 'NguyÔn V¨n An', 'Ngày sinh': BIRTH }),
      row(sheet, { 'Họ và tên': 'TrÇn ThÞ B×nh', 'Số CCCD': 12345 }),
    ],
    2,
  );
  return { a, sheet };
}

const writes = (a: Addon) =>
  a.log.calls.filter((c) => c.service === 'Range' && /^set(Value|Values)$/.test(c.method));

describe('Chuyển phông chữ TCVN3/VNI sang Unicode', () => {
  it('is on the unit menu', async () => {
    const a = await addon();
    a.call('onOpen');
    expect(a.hasGlobal('menuConvertLegacyFont')).toBe(true);
    expect(JSON.stringify(a.ui.menus)).toContain('Chuyển phông chữ TCVN3/VNI sang Unicode');
  });

  it('asks with the number of cells, then writes the converted values in one setValues call', async () => {
    const { a, sheet } = await sheetWithLegacyRows();
    a.log.reset();
    const before = a.ui._alerts().length;
    a.call('menuConvertLegacyFont');
    const [confirmation, done] = a.ui._alerts().slice(before);
    expect(confirmation).toContain('2 ô gõ bằng phông TCVN3');
    expect(confirmation).toContain('“NguyÔn V¨n An” → “Nguyễn Văn An”');
    expect(done).toContain('Đã chuyển 2 ô sang Unicode');
    const calls = writes(a);
    expect(calls.map((c) => c.method)).toEqual(['setValues']);
    const name = column(sheet, 'Họ và tên');
    const values = calls[0]?.args[0] as unknown[][];
    expect(values.map((r) => r[name - 1])).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(sheet._cell(sheet._values, 2, name, '')).toBe('Lê Văn Cường');
    expect(sheet._cell(sheet._values, 3, name, '')).toBe('Nguyễn Văn An');
    expect(sheet._cell(sheet._values, 4, name, '')).toBe('Trần Thị Bình');
    expect(sheet._cell(sheet._values, 3, column(sheet, 'Ngày sinh'), '')).toEqual(BIRTH);
    expect(sheet._cell(sheet._values, 4, column(sheet, 'Số CCCD'), '')).toBe(12345);
  });

  it('writes nothing when the user declines, or when no cell is legacy-encoded', async () => {
    const { a, sheet } = await sheetWithLegacyRows();
    a.ui.alertAnswers.push('NO');
    a.log.reset();
    a.call('menuConvertLegacyFont');
    expect(writes(a)).toEqual([]);
    expect(sheet._cell(sheet._values, 3, column(sheet, 'Họ và tên'), '')).toBe('NguyÔn V¨n An');
    const clean = await addon();
    connect(clean);
    const tab = withTemplate(clean);
    tab._fill([row(tab, { 'Họ và tên': 'Lê Văn Cường' })], 2);
    clean.log.reset();
    clean.call('menuConvertLegacyFont');
    expect(writes(clean)).toEqual([]);
    expect(clean.ui._alerts().join('\n')).toContain('Không thấy ô nào gõ bằng phông TCVN3 hay VNI');
  });
});
