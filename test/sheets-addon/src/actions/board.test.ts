import { describe, expect, it } from 'vitest';
import { json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { addon, CAMPAIGN, connect } from '../../support/world';

const source = (unitId: string, unitName: string, sheetRow: number) => ({
  unitId,
  unitName,
  kind: 'individual',
  sheetRow,
  submissionVersion: 1,
  submittedAt: '2026-05-01T08:00:00+07:00',
  rowId: `${unitId}:individual:${sheetRow}`,
  memberKey: `${unitId}|k${sheetRow}`,
});

const master = {
  version: 3,
  totals: {
    entries: 1284,
    individuals: 1100,
    collectives: 184,
    units: 12,
    invalidRows: 4,
    duplicateGroups: 9,
    undecidedGroups: 2,
    multipleAwardEntries: 1,
  },
  changes: {
    added: ['n1', 'n2'],
    removed: [],
    changed: [{ nomineeId: 'n3', displayName: 'X', fields: [] }],
    newDuplicateGroups: ['g1'],
  },
  entries: [
    {
      nomineeId: 'n1',
      kind: 'individual',
      displayName: 'Nguyễn Văn An',
      birthYear: 1980,
      workplace: 'Bệnh viện Đa khoa tỉnh',
      sources: [source('so-y-te', 'Sở Y tế', 3)],
    },
    {
      nomineeId: 'n2',
      kind: 'individual',
      displayName: 'Nguyen Van An',
      birthYear: 1980,
      sources: [source('x-dong-dang', 'Xã Đồng Đăng', 7)],
    },
  ],
  duplicates: [
    {
      groupId: 'exact',
      kind: 'exact',
      score: 1,
      reasons: [],
      memberRowIds: [],
      memberKeys: [],
      nomineeIds: [],
    },
    {
      groupId: 'g1',
      kind: 'probable',
      score: 0.92,
      reasons: [{ code: 'DUP_NAME_ACCENTS', message: 'Trùng họ tên khi bỏ dấu và cùng năm sinh.' }],
      memberRowIds: ['so-y-te:individual:3', 'x-dong-dang:individual:7'],
      memberKeys: ['so-y-te|k3', 'x-dong-dang|k7'],
      nomineeIds: ['n1', 'n2'],
    },
  ],
};

async function board() {
  const a = await addon({
    fetch: jsonRoutes({
      consolidate: () => json(200, { runId: 'run-1', state: 'running', progress: 0.25, message: 'Đang đọc' }),
      consolidationStatus: () => json(200, { runId: 'run-1', state: 'done', master }),
      masterList: () => json(200, master),
      reviewDuplicates: () => json(200, { ok: true }),
      writeMasterSheet: () => json(200, { spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/master' }),
      exportMaster: () => json(200, { url: 'https://storage.example/master.xlsx' }),
    }),
  });
  connect(a);
  return a;
}

describe('board menu items', () => {
  it('starts the consolidation, shows progress, and the poll target returns totals and changes', async () => {
    const a = await board();
    a.call('menuConsolidate');
    expect(a.urlFetch._posted('consolidate')).toEqual([{ campaignId: CAMPAIGN }]);
    expect(a.ui.sidebars[0]?._payload()).toMatchObject({ runId: 'run-1', state: 'running', percent: 25 });
    const done = a.call('consolidationProgress', 'run-1') as {
      state: string;
      version: number;
      totals: Array<{ label: string; value: number }>;
      changes: Array<{ label: string; value: number }>;
    };
    expect(a.urlFetch._posted('consolidationStatus')).toEqual([{ campaignId: CAMPAIGN, runId: 'run-1' }]);
    expect(done.state).toBe('done');
    expect(done.version).toBe(3);
    expect(done.totals[0]).toEqual({ label: 'Tổng số trường hợp', value: 1284 });
    expect(done.changes).toEqual([
      { label: 'Thêm mới', value: 2 },
      { label: 'Không còn trong danh sách', value: 0 },
      { label: 'Thay đổi thông tin', value: 1 },
      { label: 'Nhóm trùng lặp mới', value: 1 },
    ]);
  });

  it('lists probable duplicate groups with member names and units, and records a decision', async () => {
    const a = await board();
    a.call('menuReviewDuplicates');
    const shown = a.ui.sidebars[0]?._payload<{ groups: Array<{ groupId: string; members: unknown[] }> }>();
    expect(shown?.groups.map((g) => g.groupId)).toEqual(['g1']);
    expect(shown?.groups[0]?.members[0]).toEqual({
      rowId: 'so-y-te:individual:3',
      displayName: 'Nguyễn Văn An',
      unit: 'Sở Y tế',
      detail: '1980 · Bệnh viện Đa khoa tỉnh · dòng 3',
    });
    expect(a.call('decideDuplicate', 'g1', ['so-y-te|k3', 'x-dong-dang|k7'], 'same')).toEqual({
      groupId: 'g1',
      decision: 'same',
    });
    expect(a.urlFetch._posted('reviewDuplicates')).toEqual([
      { campaignId: CAMPAIGN, groupId: 'g1', memberKeys: ['so-y-te|k3', 'x-dong-dang|k7'], decision: 'same' },
    ]);
    expect(() => a.call('decideDuplicate', 'g1', [], 'maybe')).toThrow('Lựa chọn rà soát không hợp lệ.');
  });

  it('writes the master sheet and exports the xlsx through their functions', async () => {
    const a = await board();
    a.call('menuWriteMasterSheet');
    a.call('menuExportMaster');
    expect(a.ui._notices()).toEqual([
      'Danh sách tổng hợp: Đã ghi danh sách tổng hợp vào bảng tính.\nhttps://docs.google.com/spreadsheets/d/master',
      'Xuất danh sách tổng hợp: Đã tạo tệp xlsx danh sách tổng hợp.\nTải về: https://storage.example/master.xlsx',
    ]);
  });

  it('shows the server refusal to a unit user', async () => {
    const a = await addon({
      fetch: jsonRoutes({
        consolidate: () =>
          json(403, {
            error: {
              code: 'FORBIDDEN_ROLE',
              message: 'Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
            },
          }),
      }),
    });
    connect(a);
    a.call('menuConsolidate');
    expect(a.ui._notices()).toEqual([
      'Thi đua – Khen thưởng: Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
    ]);
    expect(a.ui.sidebars).toHaveLength(0);
  });
});
