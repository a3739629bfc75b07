// "Thiết lập đợt" / "Lưu thiết lập" in the built Code.js: tabs generated from the adminCampaign schema, the request
// they make, errors painted on their cells (local zod check, server refusal). Server answers are recorded ones.
import { describe, expect, it } from 'vitest';
import { adminCampaignRequestSchema, EVENT_KINDS, UNIT_KINDS } from '../../../../shared/api/admin-campaign';
import type { Addon } from '../../../fakes/apps-script/sandbox';
import type { FakeSheet } from '../../../fakes/apps-script/spreadsheet';
import { readRecording, replay, replayRoutes } from '../../support/recordings';
import { addon } from '../../support/world';

const URL = 'https://fn.example.test';
const RED = '#f4c7c3';

/** adminCampaign answered from its recordings: a read (only the id) by `read`, a save by `write`. */
function admin(read: string, write: string) {
  return replayRoutes({
    adminCampaign: (body) => replay('adminCampaign', Object.keys(body as object).length === 1 ? read : write),
  });
}

/** The adminCampaign requests that write (not the read of the stored campaign before a save). */
function saves(a: Addon): Array<Record<string, unknown>> {
  return (a.urlFetch._posted('adminCampaign') as Array<Record<string, unknown>>).filter(
    (body) => Object.keys(body).length > 1,
  );
}

async function board(read = 'read-unknown'): Promise<Addon> {
  const a = await addon({ fetch: admin(read, 'created') });
  a.properties.document.setProperty('tonvinh.functionsUrl', URL);
  a.call('menuSetupCampaign');
  return a;
}

function setValue(sheet: FakeSheet, label: string, value: unknown): void {
  const row = sheet._values.findIndex((r) => r[0] === label);
  if (row < 1) throw new Error(`no row ${label}`);
  sheet._put(sheet._values, row + 1, 2, value);
}

function fillValid(a: Addon): void {
  const campaign = a.spreadsheet._sheet('Đợt thi đua');
  setValue(campaign, 'Mã đợt', 'ls-bieu-duong-2026');
  setValue(campaign, 'Tên đợt', 'Biểu dương người tốt việc tốt năm 2026');
  setValue(campaign, 'Loại sự kiện', 'Biểu dương người tốt, việc tốt');
  setValue(campaign, 'Hạn nộp', '30/11/2026 17:00');
  setValue(campaign, 'Gia hạn sau hạn nộp (phút)', 60);
  const cstd = campaign._values.findIndex((r) => r[5] === 'CSTD_TINH');
  campaign._put(campaign._values, cstd + 1, 7, 'Có');
  const units = a.spreadsheet._sheet('Đơn vị');
  units._fill(
    [
      ['so-y-te', 'Sở Y tế', 'Sở, ban, ngành', 'a@langson.example, b@langson.example', 10],
      ['x-dong-dang', 'Xã Đồng Đăng', 'Xã, phường, đặc khu', 'a@langson.example', ''],
    ],
    2,
  );
  a.spreadsheet._sheet('Thành viên Ban')._fill([['bantdkt@langson.example', 'Trưởng ban', 'Có']], 2);
}

describe('Thiết lập đợt', () => {
  it('writes the three tabs from the schema: labels, dropdowns of every enum value, award list', async () => {
    const a = await board();
    const campaign = a.spreadsheet._sheet('Đợt thi đua');
    expect(campaign._values.slice(1, 6).map((r) => r[0])).toEqual([
      'Mã đợt',
      'Tên đợt',
      'Loại sự kiện',
      'Năm đánh giá',
      'Hạn nộp',
    ]);
    const kindRow = campaign._values.findIndex((r) => r[0] === 'Loại sự kiện');
    const rule = campaign._validations[kindRow]?.[1];
    expect(rule?.getCriteriaValues()[0]).toHaveLength(EVENT_KINDS.length);
    expect(rule?.getCriteriaValues()[0]).toContain('Hội nghị điển hình tiên tiến');
    expect(campaign._values.some((r) => r[5] === 'CSTD_TINH' && r[4] === 'Chiến sĩ thi đua cấp tỉnh')).toBe(
      true,
    );
    const units = a.spreadsheet._sheet('Đơn vị');
    expect(units._values[0]).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Email người nhập',
      'Chỉ tiêu (tổng số)',
      'Số ghế đại biểu',
      'Bảng tính của đơn vị',
      'Chia sẻ',
      'Mã tệp',
    ]);
    expect(units._validations[1]?.[2]?.getCriteriaValues()[0]).toHaveLength(UNIT_KINDS.length);
    expect(a.spreadsheet._sheet('Thành viên Ban')._values[0]).toEqual([
      'Email',
      'Họ và tên',
      'Đang hoạt động',
      'Vai trò',
    ]);
  });

  it('keeps what the board typed when run again', async () => {
    const a = await board();
    fillValid(a);
    a.call('menuSetupCampaign');
    const campaign = a.spreadsheet._sheet('Đợt thi đua');
    expect(campaign._values.find((r) => r[0] === 'Tên đợt')?.[1]).toBe(
      'Biểu dương người tốt việc tốt năm 2026',
    );
    expect(a.spreadsheet._sheet('Đơn vị')._values[2]?.[0]).toBe('x-dong-dang');
    expect(a.ui._notices().at(-1)).toContain('Đã cập nhật trang “Đợt thi đua” (giữ nguyên dữ liệu đã nhập).');
  });
});

describe('Lưu thiết lập', () => {
  it('sends one adminCampaign request the shared schema accepts: codes, ISO deadline, members from the editors', async () => {
    const a = await board();
    fillValid(a);
    a.call('menuSaveSetup');
    expect(a.urlFetch._posted('adminCampaign')[0]).toEqual({ campaignId: 'ls-bieu-duong-2026' });
    const [sent] = saves(a);
    expect(adminCampaignRequestSchema.safeParse(sent).success).toBe(true);
    expect(sent).toMatchObject({
      campaignId: 'ls-bieu-duong-2026',
      campaign: {
        title: 'Biểu dương người tốt việc tốt năm 2026',
        eventKind: 'bieu-duong-nguoi-tot-viec-tot',
        deadline: '2026-11-30T17:00:00+07:00',
        graceMinutes: 60,
        awards: ['CSTD_TINH'],
        quotas: { 'so-y-te': { total: 10 } },
      },
      units: [
        { id: 'so-y-te', name: 'Sở Y tế', kind: 'department' },
        { id: 'x-dong-dang', name: 'Xã Đồng Đăng', kind: 'commune' },
      ],
      members: [
        { email: 'a@langson.example', role: 'unit', unitIds: ['so-y-te', 'x-dong-dang'], active: true },
        { email: 'b@langson.example', role: 'unit', unitIds: ['so-y-te'], active: true },
        { email: 'bantdkt@langson.example', role: 'board', unitIds: [], active: true },
      ],
    });
    const answer = readRecording('adminCampaign', 'created').body as {
      unitsWritten: number;
      membersWritten: number;
    };
    expect(a.ui._notices().at(-1)).toBe(
      `Thiết lập đợt: Đã tạo đợt “ls-bieu-duong-2026”: ${answer.unitsWritten} đơn vị, ${answer.membersWritten} thành viên.`,
    );
    expect(a.properties.document.getProperty('tonvinh.campaignId')).toBe('ls-bieu-duong-2026');
  });

  it('finds errors before sending: each painted on its cell and listed with tab, row and column', async () => {
    const a = await board();
    fillValid(a);
    const units = a.spreadsheet._sheet('Đơn vị');
    units._fill(
      [
        ['so-noi-vu', 'Sở Nội vụ', 'Sở, ban, ngành', 'c@langson.example', ''],
        ['Sở Tư pháp', 'Sở Tư pháp', 'Bệnh viện', 'not-an-email', 'mười'],
      ],
      4,
    );
    setValue(a.spreadsheet._sheet('Đợt thi đua'), 'Hạn nộp', '31/02/2026');
    a.call('menuSaveSetup');
    expect(a.urlFetch.requests).toHaveLength(0);
    expect(units._backgrounds[4]?.slice(0, 5)).toEqual([RED, null, RED, RED, RED]);
    expect(units._notes[4]?.[3]).toBe('Lỗi: Địa chỉ email không hợp lệ.');
    expect(units._backgrounds[3]?.every((c) => c !== RED)).toBe(true);
    const listed = a.ui.sidebars
      .at(-1)
      ?._payload<{ links: Array<{ label: string }> }>()
      .links.map((l) => l.label);
    expect(listed).toEqual(
      expect.arrayContaining([
        'Trang “Đơn vị”, dòng 5, cột “Email người nhập”: Địa chỉ email không hợp lệ.',
        'Trang “Đơn vị”, dòng 5, cột “Loại đơn vị”: Giá trị không có trong danh sách chọn.',
        'Trang “Đơn vị”, dòng 5, cột “Chỉ tiêu (tổng số)”: Cần một số nguyên.',
        'Trang “Đợt thi đua”, dòng 6, cột “Hạn nộp”: Cần ngày giờ dạng dd/mm/yyyy hh:mm, ví dụ 30/06/2026 17:00.',
      ]),
    );
    expect(listed?.some((l) => l.startsWith('Trang “Đơn vị”, dòng 5, cột “Mã đơn vị”'))).toBe(true);

    units._put(units._values, 5, 1, 'so-tu-phap');
    units._put(units._values, 5, 3, 'Sở, ban, ngành');
    units._put(units._values, 5, 4, 'tp@langson.example');
    units._put(units._values, 5, 5, 8);
    setValue(a.spreadsheet._sheet('Đợt thi đua'), 'Hạn nộp', '28/02/2027 17:00');
    a.call('menuSaveSetup');
    expect(saves(a)).toHaveLength(1);
    expect(units._backgrounds.flat().filter((c) => c === RED)).toEqual([]);
  });

  it('shows the server refusal (recorded) on the setup tabs when it names no field', async () => {
    const a = await addon({ fetch: admin('read-unknown', 'invalid') });
    a.properties.document.setProperty('tonvinh.functionsUrl', URL);
    a.call('menuSetupCampaign');
    fillValid(a);
    a.call('menuSaveSetup');
    const refused = readRecording('adminCampaign', 'invalid').body as { error: { message: string } };
    const page = a.ui.sidebars.at(-1)?._payload<{ intro: string; links: Array<{ label: string }> }>();
    expect(page?.intro).toBe(`Máy chủ từ chối thiết lập: ${refused.error.message}`);
    expect(page?.links).toHaveLength(1);
    expect(a.properties.document.getProperty('tonvinh.campaignId')).toBeNull();
  });

  it('an existing tab of the older layout: seats appended after the provision columns and filled from the server; a save keeps the quotas and targets the tabs do not show', async () => {
    const a = await addon({
      fetch: replayRoutes({
        campaignStatus: 'board',
        adminCampaign: (body) =>
          replay('adminCampaign', Object.keys(body as object).length === 1 ? 'read' : 'created'),
      }),
    });
    a.properties.document.setProperties({
      'tonvinh.functionsUrl': URL,
      'tonvinh.campaignId': 'ls-dhtt-2026',
    });
    const old = a.spreadsheet.insertSheet('Đơn vị');
    const link = 'https://docs.google.com/spreadsheets/d/1UnitSheetOfSoYTe0000000000/edit';
    old._fill([
      [
        'Mã đơn vị',
        'Tên đơn vị',
        'Loại đơn vị',
        'Email người nhập',
        'Chỉ tiêu (tổng số)',
        'Bảng tính của đơn vị',
        'Chia sẻ',
        'Mã tệp',
      ],
      [
        'so-y-te',
        'Sở Y tế',
        'Sở, ban, ngành',
        'a@langson.example',
        6,
        link,
        'Đã chia sẻ',
        '1UnitSheetOfSoYTe',
      ],
      ['so-noi-vu', 'Sở Nội vụ', 'Sở, ban, ngành', 'b@langson.example', '', '', '', ''],
    ]);
    a.call('menuSetupCampaign');
    const units = a.spreadsheet._sheet('Đơn vị');
    expect(units._values[0]?.slice(5)).toEqual([
      'Bảng tính của đơn vị',
      'Chia sẻ',
      'Mã tệp',
      'Số ghế đại biểu',
    ]);
    expect(units._values[1]?.slice(5)).toEqual([link, 'Đã chia sẻ', '1UnitSheetOfSoYTe', 2]);
    expect(units._values[2]?.[8]).toBe(3);
    const campaign = a.spreadsheet._sheet('Đợt thi đua');
    const cell = (label: string) => campaign._values.find((r) => r[0] === label)?.[1];
    expect(cell('Cơ cấu đại biểu: trí thức, nhà khoa học tối thiểu')).toBe('5%');
    expect(cell('Cơ cấu đại biểu: trí thức, nhà khoa học tối đa')).toBe('20%');
    expect(cell('Cơ cấu đại biểu: nữ tối đa')).toBe('');

    setValue(campaign, 'Loại sự kiện', 'Hội nghị điển hình tiên tiến');
    units._put(units._values, 2, 9, 4);
    units._put(units._values, 3, 9, '');
    units._put(units._values, 3, 5, 7);
    a.call('menuSaveSetup');
    const [sent] = saves(a);
    const sentCampaign = (sent?.campaign ?? {}) as Record<string, unknown>;
    const stored = readRecording('adminCampaign', 'read').body as {
      campaign: { structureTargets: unknown };
    };
    expect(sentCampaign.quotas).toEqual({
      'so-giao-duc': { total: 10 },
      'bchqs-tinh': { total: 5 },
      'so-y-te': { total: 6, seats: 4 },
      'so-noi-vu': { total: 7 },
    });
    expect(sentCampaign.structureTargets).toEqual(stored.campaign.structureTargets);
    expect(adminCampaignRequestSchema.safeParse(sent).success).toBe(true);
  });

  it('an older tab is given the seats column only when the stored campaign could be read to fill it', async () => {
    let readable = false;
    const a = await addon({
      fetch: replayRoutes({
        campaignStatus: 'board',
        adminCampaign: (body) =>
          replay(
            'adminCampaign',
            Object.keys(body as object).length === 1 ? (readable ? 'read' : 'read-unknown') : 'created',
          ),
      }),
    });
    a.properties.document.setProperties({
      'tonvinh.functionsUrl': URL,
      'tonvinh.campaignId': 'ls-dhtt-2026',
    });
    const header = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Email người nhập', 'Chỉ tiêu (tổng số)'];
    a.spreadsheet
      .insertSheet('Đơn vị')
      ._fill([header, ['so-y-te', 'Sở Y tế', 'Sở, ban, ngành', 'a@langson.example', 6]]);
    a.call('menuSetupCampaign');
    const units = a.spreadsheet._sheet('Đơn vị');
    expect(units._values[0]).not.toContain('Số ghế đại biểu');
    readable = true;
    a.call('menuSetupCampaign');
    expect(units._values[0]?.indexOf('Số ghế đại biểu')).toBeGreaterThan(0);
    expect(units._values[1]?.[units._values[0]?.indexOf('Số ghế đại biểu') ?? 0]).toBe(2);
  });

  it('refuses a maximum share below the minimum on its cell, before sending', async () => {
    const a = await board();
    fillValid(a);
    const campaign = a.spreadsheet._sheet('Đợt thi đua');
    setValue(campaign, 'Cơ cấu đại biểu: nữ tối thiểu', '30%');
    setValue(campaign, 'Cơ cấu đại biểu: nữ tối đa', '20%');
    a.call('menuSaveSetup');
    expect(a.urlFetch.requests).toHaveLength(0);
    const row = campaign._values.findIndex((r) => r[0] === 'Cơ cấu đại biểu: nữ tối đa');
    expect(campaign._backgrounds[row]?.[1]).toBe(RED);
    expect(campaign._notes[row]?.[1]).toBe('Lỗi: Tỷ lệ tối đa (20%) nhỏ hơn tỷ lệ tối thiểu (30%).');
  });
});
