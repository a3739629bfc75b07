import { describe, expect, it } from 'vitest';
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
  type Unit = { unitId: string; lists?: Record<string, { version: number; status: string; errors: number }> };
  const recorded = readRecording('campaignStatus', 'board').body as { units: Unit[] };

  async function overviewOf(answer: () => ReturnType<typeof replay>) {
    const a = await addon({ fetch: replayRoutes({ campaignStatus: answer }) });
    connect(a);
    a.call('menuSubmissionOverview');
    const shown = a.ui.sidebars[0]?._payload<{
      units: Array<{ unitId: string; lists: Array<Record<string, unknown>> | null }>;
    }>();
    return new Map(shown?.units.map((u) => [u.unitId, u.lists]));
  }

  it('shows each list of a unit (version, status, errors) from the recorded campaignStatus', async () => {
    const byId = await overviewOf(() => replay('campaignStatus', 'board'));
    const yte = recorded.units.find((u) => u.unitId === 'so-y-te')?.lists?.individual;
    const noiVu = recorded.units.find((u) => u.unitId === 'so-noi-vu')?.lists?.individual;
    expect(byId.get('so-y-te')).toMatchObject([
      {
        kind: 'individual',
        label: 'Cá nhân',
        version: yte?.version,
        status: 'clean',
        statusLabel: 'Hợp lệ',
        errors: 0,
      },
      { kind: 'collective', label: 'Tập thể', submitted: false, statusLabel: 'Chưa nộp' },
    ]);
    expect(byId.get('so-noi-vu')?.[0]).toMatchObject({ statusLabel: 'Còn lỗi', errors: noiVu?.errors });
    expect(noiVu?.errors).toBeGreaterThan(0);
    expect(byId.get('x-huu-lung')?.map((l) => l.submitted)).toEqual([false, false]);
  });

  it('shows no breakdown for a server older than the per-list status (the recorded answer without lists)', async () => {
    const older = () => {
      const answer = replay('campaignStatus', 'board');
      const body = JSON.parse(answer.body) as { units: Unit[] };
      for (const unit of body.units) delete unit.lists;
      return { ...answer, body: JSON.stringify(body) };
    };
    const byId = await overviewOf(older);
    expect(byId.get('so-y-te')).toBeNull();
  });
});
