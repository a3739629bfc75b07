import { describe, expect, it } from 'vitest';
import {
  consolidateOptions,
  consolidationPayload,
  countText,
  duplicateCounts,
  type RunReading,
  sheetView,
  waitingPayload,
} from '../../../../sheets-addon/src/core/consolidation-view';

const running: RunReading = {
  runId: 'run-abcdef01',
  state: 'running',
  stage: 'writing',
  done: 3,
  total: 5,
  progress: 0.81,
  message: 'Đang lưu phiên bản danh sách tổng hợp',
  master: null,
  sheet: null,
};

describe('consolidationPayload', () => {
  it('shows the stage, its count and the percent while running, no figures', () => {
    expect(consolidationPayload(running)).toEqual({
      runId: 'run-abcdef01',
      state: 'running',
      stage: 'writing',
      stageLabel: 'Bước 3/3 – Lưu phiên bản tổng hợp',
      done: 3,
      total: 5,
      countText: '3/5 phần dữ liệu',
      percent: 81,
      message: 'Đang lưu phiên bản danh sách tổng hợp',
      version: null,
      reused: false,
      notified: false,
      totals: [],
      changes: [],
      duplicates: null,
      sheet: null,
    });
  });

  it('clamps the percent and says mail was asked only for a finished version', () => {
    expect(consolidationPayload({ ...running, progress: 1.7 }).percent).toBe(100);
    expect(consolidationPayload({ ...running, progress: -1 }).percent).toBe(0);
    expect(consolidationPayload(running, true).notified).toBe(false);
    const master = { version: 2, reused: true, totals: { entries: 5 }, changes: {} };
    const done = consolidationPayload({ ...running, state: 'done', stage: 'done', master }, true);
    expect(done).toMatchObject({ notified: true, reused: true, version: 2, countText: '' });
    expect(done.totals[0]).toEqual({ label: 'Tổng số trường hợp', value: 5 });
  });
});

describe('parts', () => {
  it('counts units while reading and chunks while writing, nothing in other stages', () => {
    expect(countText('reading', 6, 12)).toBe('6/12 đơn vị');
    expect(countText('reading', 0, 0)).toBe('');
    expect(countText('matching', 1, 2)).toBe('');
  });

  it('counts duplicate groups from the groups, else from the totals', () => {
    const groups = [{ kind: 'exact' }, { kind: 'probable', decision: 'different' }, { kind: 'probable' }];
    expect(duplicateCounts({ duplicates: groups })).toEqual({ groups: 3, probable: 2, undecided: 1 });
    const totals = { duplicateGroups: 4, probableGroups: 3, undecidedGroups: 2 };
    expect(duplicateCounts({ totals })).toEqual({ groups: 4, probable: 3, undecided: 2 });
  });

  it('reports the master sheet write or the reason it failed', () => {
    expect(sheetView(undefined)).toBeNull();
    expect(
      sheetView({
        written: false,
        error: { code: 'MASTER_SHEET_NOT_CONFIGURED', message: 'Chưa gắn bảng tính.' },
      }),
    ).toEqual({ written: false, text: 'Chưa ghi được vào bảng tính tổng hợp: Chưa gắn bảng tính.', url: '' });
  });

  it('reads options strictly and builds waiting states without figures', () => {
    expect(consolidateOptions({ notifyUnits: true, writeSheet: 1 })).toEqual({
      notifyUnits: true,
      writeSheet: false,
    });
    expect(consolidateOptions(null)).toEqual({ notifyUnits: false, writeSheet: false });
    expect(waitingPayload('busy', '', 'Đang bận')).toMatchObject({
      state: 'busy',
      runId: '',
      message: 'Đang bận',
      stageLabel: 'Đang chờ máy chủ bắt đầu',
      totals: [],
    });
  });
});
