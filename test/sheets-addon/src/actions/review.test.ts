// "Ghi kết quả duyệt" in the built Code.js, the paths that call no server: the review columns are added, rows that
// cannot be sent are marked, nothing unchanged is sent. The request/answer path is tested once the server's
// reviewNominees exists and can be recorded (test/sheets-addon/support/recordings.ts); its pure logic is in
// test/sheets-addon/src/core/review-diff.test.ts.
import { describe, expect, it } from 'vitest';
import { addon, connect } from '../../support/world';

const SERVER_HEADER = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Trạng thái xét duyệt',
  'Ghi chú xét duyệt',
  'Mã hồ sơ',
];

describe('Ghi kết quả duyệt (without the server)', () => {
  it('adds the decision and result columns and the state dropdown; marks rows it cannot send; sends nothing', async () => {
    const a = await addon();
    connect(a);
    const tab = a.spreadsheet.insertSheet('Tổng hợp');
    tab._fill([
      SERVER_HEADER,
      [1, 'Nguyễn Văn An', 'Cần bổ sung', '', 'i-1'],
      [2, 'Trần Thị Bình', '', '', 'i-2'],
    ]);
    a.call('menuWriteReviews');
    expect(tab._values[0]).toEqual([
      ...SERVER_HEADER,
      'Số quyết định',
      'Ngày quyết định',
      'Kết quả ghi duyệt',
    ]);
    expect(tab._validations[1]?.[2]?.getCriteriaValues()[0]).toEqual([
      'Hợp lệ',
      'Cần bổ sung',
      'Đã duyệt',
      'Không đủ điều kiện',
      'Đã khen thưởng',
    ]);
    expect(tab._backgrounds[1]?.[3]).toBe('#f4c7c3');
    expect(tab._notes[1]?.[3]).toBe('Lỗi: Cần ghi rõ đơn vị phải bổ sung gì (trạng thái “Cần bổ sung”).');
    expect(a.urlFetch.requests).toEqual([]);
    expect(a.ui._notices().at(-1)).toBe(
      'Ghi kết quả duyệt: Không có dòng nào thay đổi so với lần ghi trước. 1 ô cần sửa (đã tô đỏ).',
    );
  });

  it('asks for the master sheet first when there is no “Tổng hợp” tab', async () => {
    const a = await addon();
    connect(a);
    a.call('menuWriteReviews');
    expect(a.ui._notices().at(-1)).toContain('Chưa có trang “Tổng hợp”.');
  });
});
