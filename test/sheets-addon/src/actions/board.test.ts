import { describe, expect, it } from 'vitest';
import { json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { readRecording, replay, replayRoutes } from '../../support/recordings';
import { addon, CAMPAIGN, connect } from '../../support/world';

async function board() {
  const a = await addon({
    fetch: replayRoutes({
      masterList: 'board',
      reviewDuplicates: 'same',
      writeMasterSheet: 'written',
      exportMaster: 'all',
    }),
  });
  connect(a);
  return a;
}

describe('board menu items', () => {
  it('lists probable duplicate groups with member names and units, and records a decision', async () => {
    const a = await board();
    a.call('menuReviewDuplicates');
    const shown = a.ui.sidebars[0]?._payload<{
      groups: Array<{ groupId: string; members: Array<Record<string, unknown>> }>;
    }>();
    const group = readRecording('reviewDuplicates', 'same').request.body as {
      groupId: string;
      memberKeys: string[];
    };
    expect(shown?.groups.map((g) => g.groupId)).toEqual([group.groupId]);
    expect(shown?.groups[0]?.members.map((m) => m.unit)).toEqual(['Sở Y tế', 'Xã Đồng Đăng']);
    expect(shown?.groups[0]?.members[0]?.displayName).toBe('Nguyễn Văn An');
    expect(a.call('decideDuplicate', group.groupId, group.memberKeys, 'same')).toEqual({
      groupId: group.groupId,
      decision: 'same',
    });
    expect(a.urlFetch._posted('reviewDuplicates')).toEqual([
      { campaignId: CAMPAIGN, groupId: group.groupId, memberKeys: group.memberKeys, decision: 'same' },
    ]);
    expect(() => a.call('decideDuplicate', 'g1', [], 'maybe')).toThrow('Lựa chọn rà soát không hợp lệ.');
  });

  it('writes the master sheet and links it by the spreadsheet id the server answers', async () => {
    const a = await board();
    a.call('menuWriteMasterSheet');
    expect(a.ui._notices()).toEqual([
      'Danh sách tổng hợp: Đã ghi danh sách tổng hợp vào bảng tính.\nhttps://docs.google.com/spreadsheets/d/tonvinh-local-master/edit',
    ]);
  });

  it('exports: saves each recorded xlsx file into the campaign folder on Drive, byte for byte, and links them', async () => {
    const a = await board();
    a.call('menuExportMaster');
    const recorded = readRecording('exportMaster', 'all').body as {
      version: number;
      files: Array<{ name: string; title: string; size: number; contentBase64: string; mimeType: string }>;
    };
    const folderId = a.properties.document.getProperty('tonvinh.driveFolderId') ?? '';
    const folder = a.drive.folders.get(folderId);
    const saved = folder?._files() ?? [];
    expect(saved.map((f) => f.getName())).toEqual(recorded.files.map((f) => f.name));
    expect(saved.map((f) => f.getName())).toEqual([
      `danh-sach-de-nghi-khen-thuong-${CAMPAIGN}-v${recorded.version}.xlsx`,
      `danh-sach-dai-bieu-${CAMPAIGN}-v${recorded.version}.xlsx`,
      `thong-ke-co-cau-dai-bieu-${CAMPAIGN}-v${recorded.version}.xlsx`,
    ]);
    for (const [i, file] of saved.entries()) {
      const bytes = Buffer.from(file._bytes.map((b) => b & 0xff));
      expect(bytes.length).toBe(recorded.files[i]?.size);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(file.getMimeType()).toBe(recorded.files[i]?.mimeType);
    }
    const page = a.ui.sidebars
      .at(-1)
      ?._payload<{ links: Array<{ label: string; url: string; note: string }> }>();
    expect(page?.links).toEqual(
      saved.map((f, i) => ({ label: recorded.files[i]?.title, url: f.getUrl(), note: 'mới tạo' })),
    );

    a.call('menuExportMaster');
    expect(folder?._files()).toHaveLength(3);
    expect(
      a.ui.sidebars
        .at(-1)
        ?._payload<{ links: Array<{ note: string }> }>()
        .links.map((l) => l.note),
    ).toEqual(['đã có từ trước', 'đã có từ trước', 'đã có từ trước']);
  });

  it('shows the server refusal to a unit user: in an alert from the menu, as the failure of a page call', async () => {
    const refused = readRecording('consolidate', 'forbidden').body as { error: { message: string } };
    const a = await addon({
      fetch: replayRoutes({
        consolidate: 'forbidden',
        writeMasterSheet: () => replay('consolidate', 'forbidden'),
      }),
    });
    connect(a);
    a.call('menuWriteMasterSheet');
    expect(a.ui._notices()).toEqual([`Thi đua – Khen thưởng: ${refused.error.message}`]);
    expect(() => a.call('runConsolidation', 'run-0000-0001', {})).toThrow(refused.error.message);
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
