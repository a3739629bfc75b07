// "Kiểm tra quyền xem hồ sơ": the add-on opens each Drive link of the "Hồ sơ" column as the unit's user and lists,
// as warnings at the cell, the files the board cannot view (not shared by link, or not openable).
import { describe, expect, it } from 'vitest';
import type { IssuesPayload } from '../../../../sheets-addon/src/core/issues-view';
import { addon, column, row, withTemplate } from '../../support/world';

async function tabWithLinks() {
  const a = await addon();
  const sheet = withTemplate(a);
  const shared = a.drive._add('Báo cáo thành tích - Nguyễn Văn An.pdf', 'application/pdf', [], null);
  shared._access = 'ANYONE_WITH_LINK';
  const private_ = a.drive._add('Biên bản họp xét.docx', 'application/pdf', [], null);
  const folder = a.drive._folder('Hồ sơ Trần Thị Bình');
  folder._access = 'ANYONE';
  const missing = 'https://drive.google.com/file/d/1NoSuchFileAnywhere000/view';
  sheet._fill(
    [
      row(sheet, {
        'Họ và tên': 'Nguyễn Văn An',
        'Hồ sơ': `Báo cáo thành tích: ${shared.getUrl()}\nBiên bản họp xét: https://drive.google.com/open?id=${private_._id}`,
      }),
      row(sheet, { 'Họ và tên': 'Trần Thị Bình', 'Hồ sơ': `Tài liệu khác: ${folder.getUrl()}` }),
      row(sheet, { 'Họ và tên': 'Lê Văn Cường', 'Hồ sơ': `${missing}\nkhông phải đường dẫn` }),
      row(sheet, { 'Họ và tên': 'Phạm Văn Dũng' }),
    ],
    2,
  );
  return { a, sheet, missing };
}

describe('Kiểm tra quyền xem hồ sơ', () => {
  it('lists the files the board cannot view as warnings at the Hồ sơ cell; no server call', async () => {
    const { a, sheet, missing } = await tabWithLinks();
    a.call('menuCheckDossierAccess');
    const payload = a.ui.sidebars.at(-1)?._payload<IssuesPayload>();
    const at = column(sheet, 'Hồ sơ');
    expect(payload?.issues.map((i) => [i.row, i.column, i.severity, i.code])).toEqual([
      [2, at, 'warning', 'dossier.boardNoAccess'],
      [4, at, 'warning', 'dossier.unreachable'],
    ]);
    expect(payload?.issues[0]?.message).toBe(
      'Ban TĐKT chưa có quyền xem tệp “Biên bản họp xét.docx”: tệp chưa được chia sẻ ở chế độ “Bất kỳ ai có đường liên kết”. Hãy mở tệp › Chia sẻ › chọn “Bất kỳ ai có đường liên kết” (Người xem), hoặc chia sẻ tệp cho địa chỉ thư của Ban Thi đua – Khen thưởng.',
    );
    expect(payload?.issues[1]?.message).toContain(`Ban TĐKT chưa có quyền xem tệp ở đường dẫn ${missing}`);
    expect(payload?.notice).toBe('Đã kiểm tra 4 đường dẫn hồ sơ: 2 tệp Ban TĐKT chưa xem được.');
    expect(payload?.summary).toEqual({ rows: 3, validRows: 3, errorRows: 0, errors: 0, warnings: 2 });
    expect(a.urlFetch.requests).toHaveLength(0);
    const driveCalls = a.log.calls.filter((c) => c.service === 'DriveApp').map((c) => c.method);
    expect(driveCalls).toEqual(['getFileById', 'getFileById', 'getFolderById', 'getFileById']);
  });

  it('says so when the tab has no dossier link', async () => {
    const a = await addon();
    const sheet = withTemplate(a);
    sheet._fill([row(sheet, { 'Họ và tên': 'Nguyễn Văn An' })], 2);
    a.call('menuCheckDossierAccess');
    const payload = a.ui.sidebars.at(-1)?._payload<IssuesPayload>();
    expect(payload?.issues).toEqual([]);
    expect(payload?.notice).toBe('Trang này chưa có đường dẫn hồ sơ nào ở cột “Hồ sơ”.');
  });
});
