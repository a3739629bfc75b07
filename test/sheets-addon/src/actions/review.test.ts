// "Ghi kết quả duyệt" in the built Code.js: the paths that call no server (the review columns are added, rows that
// cannot be sent are marked, nothing unchanged is sent) and the one reviewNominees request answered by the real
// function's recorded answer (test/fixtures/recorded/reviewNominees-mixed.json: approved, returned with a note,
// refused). The pure logic is in test/sheets-addon/src/core/review-diff.test.ts.
import { describe, expect, it } from 'vitest';
import { readRecording, replayRoutes } from '../../support/recordings';
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

describe('Ghi kết quả duyệt (recorded reviewNominees answer)', () => {
  const recorded = readRecording('reviewNominees', 'mixed');
  const sent = (recorded.request.body as { reviews: { nomineeId: string; note?: string }[] }).reviews;
  const [approved, returned, unknown] = sent.map((r) => r.nomineeId) as [string, string, string];

  it('sends the changed rows in one request and paints each row’s result', async () => {
    const a = await addon({ fetch: replayRoutes({ reviewNominees: 'mixed' }) });
    connect(a);
    const tab = a.spreadsheet.insertSheet('Tổng hợp');
    tab._fill([
      SERVER_HEADER,
      [1, 'Trần Thị Bình', 'Đã duyệt', '', approved],
      [2, 'Nguyễn Văn An', 'Cần bổ sung', sent[1]?.note, returned],
      [3, 'Không có', 'Đã duyệt', '', unknown],
    ]);
    a.call('menuWriteReviews');
    expect(a.urlFetch.requests.length).toBe(1);
    const body = JSON.parse(a.urlFetch.requests[0]?.body ?? '{}') as { reviews: unknown };
    expect(body.reviews).toEqual(sent);
    const result = tab._values[0]?.indexOf('Kết quả ghi duyệt') ?? -1;
    expect(tab._values.slice(1, 4).map((r) => r[result])).toEqual([
      'Đã ghi: Đã duyệt',
      'Đã ghi: Cần bổ sung',
      expect.stringContaining('Không tìm thấy trường hợp này trong danh sách tổng hợp hiện hành.'),
    ]);
    expect(a.ui._notices().at(-1)).toContain('Đã ghi 2/3 dòng; 1 dòng chưa ghi');
  });

  it('a second run sends only the refused row again (written rows enter the baseline)', async () => {
    const a = await addon({ fetch: replayRoutes({ reviewNominees: 'mixed' }) });
    connect(a);
    const tab = a.spreadsheet.insertSheet('Tổng hợp');
    tab._fill([
      SERVER_HEADER,
      [1, 'Trần Thị Bình', 'Đã duyệt', '', approved],
      [2, 'Nguyễn Văn An', 'Cần bổ sung', sent[1]?.note, returned],
      [3, 'Không có', 'Đã duyệt', '', unknown],
    ]);
    a.call('menuWriteReviews');
    a.call('menuWriteReviews');
    const second = JSON.parse(a.urlFetch.requests[1]?.body ?? '{}') as { reviews: { nomineeId: string }[] };
    expect(second.reviews.map((r) => r.nomineeId)).toEqual([unknown]);
  });
});
