// "Tạo bảng cho các đơn vị" in the built Code.js with the Drive fake and a simulated clock (each makeCopy costs
// 1.5 s, addEditors 0.8 s): 300 units take several executions, each within Apps Script's 6 minutes; nothing is
// copied twice, across executions or after one stopped between copying and writing its row back.
import { describe, expect, it } from 'vitest';
import { FakeClock, FakeDrive } from '../../../fakes/apps-script/drive';
import type { Addon } from '../../../fakes/apps-script/sandbox';
import type { FakeSpreadsheet } from '../../../fakes/apps-script/spreadsheet';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon } from '../../support/world';

const CAMPAIGN = 'ls-dhtt-2026';
const URL = 'https://fn.example.test';
const LIMIT_MS = 6 * 60_000;

interface Progress {
  total: number;
  done: number;
  created: number;
  shared: number;
  failed: Array<{ unitId: string; message: string }>;
  remaining: number;
  finished: boolean;
}

async function boardWith(units: number, drive = new FakeDrive(new FakeClock())): Promise<Addon> {
  const a = await addon({ drive, clock: drive.clock });
  a.properties.document.setProperties({ 'tonvinh.functionsUrl': URL, 'tonvinh.campaignId': CAMPAIGN });
  a.call('menuSetupCampaign');
  const rows = Array.from({ length: units }, (_, i) => [
    `don-vi-${i + 1}`,
    `Đơn vị số ${i + 1}`,
    'Xã, phường, đặc khu',
    `nguoinhap${i + 1}@langson.example, chung@langson.example`,
    '',
  ]);
  a.spreadsheet._sheet('Đơn vị')._fill(rows, 2);
  return a;
}

/** Runs executions (google.script.run calls) until finished; returns each one's progress and simulated time. */
function runAll(a: Addon): Array<{ progress: Progress; millis: number }> {
  const runs: Array<{ progress: Progress; millis: number }> = [];
  for (let i = 0; i < 20; i++) {
    const before = a.clock.now();
    const progress = a.call('provisionUnitSheets') as Progress;
    runs.push({ progress, millis: a.clock.now() - before });
    if (progress.finished) return runs;
  }
  throw new Error('provisioning did not finish in 20 executions');
}

const calls = (a: Addon, method: string) => a.log.count((c) => c.method === method);

describe('Tạo bảng cho các đơn vị', () => {
  it('300 units: several executions, each under 6 minutes; one copy per unit, bound, shared, linked', async () => {
    const a = await boardWith(300);
    a.call('menuProvisionUnitSheets');
    expect(a.ui.sidebars.at(-1)?._payload()).toEqual({ total: 300, pending: 300 });
    expect(calls(a, 'makeCopy')).toBe(0);

    const runs = runAll(a);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const run of runs) expect(run.millis).toBeLessThan(LIMIT_MS);
    console.log(
      `provision 300 units: ${runs.length} executions, simulated ${runs.map((r) => `${Math.round(r.millis / 1000)} s/${r.progress.created}`).join(', ')}`,
    );
    expect(runs.reduce((n, r) => n + r.progress.created, 0)).toBe(300);
    expect(runs.at(-1)?.progress).toMatchObject({
      total: 300,
      done: 300,
      remaining: 0,
      finished: true,
      failed: [],
    });
    expect(calls(a, 'makeCopy')).toBe(300);
    expect(calls(a, 'create')).toBe(1);

    const sheet = a.spreadsheet._sheet('Đơn vị');
    const header = sheet._values[0] as string[];
    const idAt = header.indexOf('Mã tệp');
    const fileIds = sheet._values.slice(1, 301).map((r) => String(r[idAt]));
    expect(new Set(fileIds).size).toBe(300);
    const names = [...a.drive.files.values()].map((f) => f.getName());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(301);

    const row7 = sheet._values[7] as unknown[];
    const file = a.drive.files.get(String(row7[idAt]));
    expect(row7[header.indexOf('Bảng tính của đơn vị')]).toBe(file?.getUrl());
    expect(row7[header.indexOf('Chia sẻ')]).toBe(
      'Đã chia sẻ: nguoinhap7@langson.example, chung@langson.example',
    );
    expect(file?._editors).toEqual(['nguoinhap7@langson.example', 'chung@langson.example']);
    const folderId = a.properties.document.getProperty('tonvinh.driveFolderId');
    expect(file?._parents.map((p) => p._id)).toEqual([folderId]);
    const copy = a.drive.spreadsheets.get(String(row7[idAt]));
    expect(copy?.getSheetByName('Cá nhân')).not.toBeNull();
    const binding = copy?.getSheetByName('tonvinh (cấu hình)');
    expect(binding?._hidden).toBe(true);
    expect(binding?._values.slice(1, 4)).toEqual([
      ['campaignId', CAMPAIGN],
      ['unitId', 'don-vi-7'],
      ['functionsUrl', URL],
    ]);
  });

  it('run again: nothing copied or shared twice; a copy whose row was never written back is found, not redone', async () => {
    const a = await boardWith(40);
    runAll(a);
    const sheet = a.spreadsheet._sheet('Đơn vị');
    const header = sheet._values[0] as string[];
    const lost = [...(sheet._values[10] as unknown[])];
    a.log.reset();
    expect(runAll(a)).toHaveLength(1);
    expect(calls(a, 'makeCopy') + calls(a, 'addEditors')).toBe(0);

    for (const label of ['Bảng tính của đơn vị', 'Chia sẻ', 'Mã tệp'])
      sheet._put(sheet._values, 11, header.indexOf(label) + 1, '');
    sheet._put(
      sheet._values,
      4,
      header.indexOf('Email người nhập') + 1,
      'nguoinhap3@langson.example, moi@langson.example',
    );
    a.log.reset();
    const [run] = runAll(a);
    expect(run?.progress).toMatchObject({ created: 0, shared: 2, remaining: 0, finished: true });
    expect(calls(a, 'makeCopy')).toBe(0);
    expect(sheet._values[10]).toEqual(lost);
    const unit3 = a.drive.files.get(String((sheet._values[3] as unknown[])[header.indexOf('Mã tệp')]));
    expect(unit3?._editors).toEqual([
      'nguoinhap3@langson.example',
      'chung@langson.example',
      'moi@langson.example',
    ]);
    expect(a.drive.files.size).toBe(41);
  });

  it('lists editors Drive refuses and keeps the others shared', async () => {
    const a = await boardWith(3);
    a.drive.refusedEmails.add('nguoinhap2@langson.example');
    const [run] = runAll(a);
    expect(run?.progress.failed).toEqual([
      { unitId: 'don-vi-2', message: 'Không chia sẻ được: nguoinhap2@langson.example' },
    ]);
    const sheet = a.spreadsheet._sheet('Đơn vị');
    const sharing = (sheet._values[2] as unknown[])[(sheet._values[0] as string[]).indexOf('Chia sẻ')];
    expect(sharing).toBe('Đã chia sẻ: chung@langson.example. Không chia sẻ được: nguoinhap2@langson.example');
  });

  it('the unit opens its sheet already connected: the add-on reads campaign, unit and server from it', async () => {
    const drive = new FakeDrive(new FakeClock());
    const board = await boardWith(2, drive);
    runAll(board);
    const header = board.spreadsheet._sheet('Đơn vị')._values[0] as string[];
    const fileId = String(
      (board.spreadsheet._sheet('Đơn vị')._values[1] as unknown[])[header.indexOf('Mã tệp')],
    );
    const unitSheet = drive.spreadsheets.get(fileId) as FakeSpreadsheet;
    const unit = await addon({
      drive,
      spreadsheet: unitSheet,
      fetch: replayRoutes({ campaignStatus: 'unit' }),
    });
    unit.call('menuShowStatus');
    expect(unit.urlFetch.requests[0]?.url).toBe(`${URL}/campaignStatus`);
    expect(unit.urlFetch._posted('campaignStatus')).toEqual([{ campaignId: CAMPAIGN, unitId: 'don-vi-1' }]);
    expect(unit.properties.document.getProperty('tonvinh.unitId')).toBe('don-vi-1');
    expect(readRecording('campaignStatus', 'unit').status).toBe(200);
  });

  it('refuses before the setup is saved, with a Vietnamese message', async () => {
    const a = await addon();
    a.call('menuSetupCampaign');
    a.call('menuProvisionUnitSheets');
    expect(a.ui._notices().at(-1)).toBe(
      'Thi đua – Khen thưởng: Chưa lưu thiết lập đợt. Hãy chọn “Lưu thiết lập” trước.',
    );
  });
});
