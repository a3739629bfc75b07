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

  it('shows the server refusal to a unit user: in an alert from the menu, as the failure of a page call', async () => {
    const refuse = () =>
      json(403, {
        error: {
          code: 'FORBIDDEN_ROLE',
          message: 'Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
        },
      });
    const a = await addon({ fetch: jsonRoutes({ consolidate: refuse, writeMasterSheet: refuse }) });
    connect(a);
    a.call('menuWriteMasterSheet');
    expect(a.ui._notices()).toEqual([
      'Thi đua – Khen thưởng: Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
    ]);
    expect(() => a.call('runConsolidation', 'run-0000-0001', {})).toThrow(
      'Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
    );
    expect(a.ui.sidebars).toHaveLength(0);
  });
});

describe('Tình hình nộp', () => {
  const list = (version: number, status: 'clean' | 'with_errors', errors: number, onTime: boolean) => ({
    version,
    submittedAt: '2026-05-01T01:00:00.000Z',
    status,
    versions: version,
    rows: 10,
    validRows: 10 - errors,
    errorRows: errors,
    errors,
    warnings: 0,
    onTime,
  });
  const unit = (unitId: string, name: string, extra: Record<string, unknown>) => ({
    unitId,
    name,
    kind: 'department',
    status: 'not_submitted',
    latestVersion: null,
    submittedAt: null,
    versions: 0,
    rows: 0,
    validRows: 0,
    errorRows: 0,
    errors: 0,
    warnings: 0,
    onTime: null,
    ...extra,
  });
  const answer = {
    campaignId: CAMPAIGN,
    title: 'Hội nghị điển hình tiên tiến 2026',
    deadline: '2026-05-15',
    timeZone: 'Asia/Ho_Chi_Minh',
    daysToDeadline: 3,
    open: true,
    totals: { units: 3, notSubmitted: 1, withErrors: 1, clean: 1, reviewed: 0, onTime: 2, onTimeRate: 2 / 3 },
    units: [
      unit('so-y-te', 'Sở Y tế', {
        status: 'with_errors',
        latestVersion: 3,
        lists: { individual: list(1, 'clean', 0, true), collective: list(3, 'with_errors', 2, false) },
      }),
      unit('so-noi-vu', 'Sở Nội vụ', { status: 'clean', lists: { individual: list(2, 'clean', 0, true) } }),
      unit('x-huu-lung', 'Xã Hữu Lũng', { lists: {} }),
      unit('tinh-doan', 'Tỉnh đoàn', { status: 'clean' }),
    ],
  };

  it('shows each list of a unit (version, time, status, errors); none when the server sends no breakdown', async () => {
    const a = await addon({ fetch: jsonRoutes({ campaignStatus: () => json(200, answer) }) });
    connect(a);
    a.call('menuSubmissionOverview');
    const shown = a.ui.sidebars[0]?._payload<{
      units: Array<{ unitId: string; lists: Array<Record<string, unknown>> | null }>;
    }>();
    const byId = new Map(shown?.units.map((u) => [u.unitId, u.lists]));
    expect(byId.get('so-y-te')).toMatchObject([
      { kind: 'individual', label: 'Cá nhân', version: 1, status: 'clean', statusLabel: 'Hợp lệ', errors: 0 },
      { kind: 'collective', label: 'Tập thể', version: 3, statusLabel: 'Còn lỗi', errors: 2, onTime: false },
    ]);
    expect(byId.get('so-y-te')?.[1]?.submittedAt).toBe('2026-05-01T01:00:00.000Z');
    expect(byId.get('so-noi-vu')?.map((l) => l.statusLabel)).toEqual(['Hợp lệ', 'Chưa nộp']);
    expect(byId.get('x-huu-lung')?.map((l) => l.submitted)).toEqual([false, false]);
    expect(byId.get('tinh-doan')).toBeNull();
  });
});
