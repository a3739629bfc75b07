import { describe, expect, it } from 'vitest';
import {
  applyResults,
  baselineOf,
  baselineRows,
  decisionDateOf,
  diffReviews,
  REVIEW_HEADERS as H,
  parseReviewResults,
  type ReviewValues,
  reviewRequest,
} from '../../../../sheets-addon/src/core/review-diff';

const header = [
  'STT',
  'Họ và tên / Tên tập thể',
  H.state,
  H.note,
  H.decisionNumber,
  H.decisionDate,
  H.nomineeId,
  H.result,
];
const row = (id: string, state: string, note = '', number = '', date: unknown = '') => [
  1,
  'X',
  state,
  note,
  number,
  date,
  id,
  '',
];
const base = (state: ReviewValues['state'], note = ''): ReviewValues => ({
  state,
  note,
  decisionNumber: '',
  decisionDate: '',
});

describe('diffReviews', () => {
  const values = [
    header,
    row('i-1', 'Đã duyệt'),
    row('i-2', 'Cần bổ sung', 'Thiếu bản tóm tắt thành tích'),
    row('i-3', ''),
    row('i-4', 'Hợp lệ'),
    row('i-5', 'Đã khen thưởng', '', '123/QĐ-UBND', '15/05/2026'),
  ];

  it('sends only the rows that differ from what was last written, found by Mã hồ sơ', () => {
    const baseline = new Map([
      ['i-1', base('approved')],
      ['i-4', base('needsInfo', 'cũ')],
    ]);
    const diff = diffReviews(values, baseline);
    expect(diff.reviews).toEqual([
      { nomineeId: 'i-2', state: 'needsInfo', note: 'Thiếu bản tóm tắt thành tích' },
      { nomineeId: 'i-4', state: 'valid' },
      { nomineeId: 'i-5', state: 'awarded', decisionNumber: '123/QĐ-UBND', decisionDate: '2026-05-15' },
    ]);
    expect(diff.rows).toEqual(
      new Map([
        ['i-2', 3],
        ['i-4', 5],
        ['i-5', 6],
      ]),
    );
    expect(diff.unchanged).toBe(1);
    expect(diff.issues).toEqual([]);
    expect(reviewRequest('ls-dhtt-2026', 4, diff)).toEqual({
      campaignId: 'ls-dhtt-2026',
      version: 4,
      reviews: diff.reviews,
    });
    expect(reviewRequest('ls-dhtt-2026', null, diff)).not.toHaveProperty('version');
  });

  it('flags rows it cannot send on their cells: unknown state, needsInfo without note, awarded without decision', () => {
    const diff = diffReviews(
      [
        header,
        row('i-1', 'Duyệt rồi'),
        row('i-2', 'Cần bổ sung'),
        row('i-3', 'Đã khen thưởng', '', '', '32/13/2026'),
      ],
      new Map(),
    );
    expect(diff.reviews).toEqual([]);
    expect(diff.issues).toEqual([
      { row: 2, column: 3, message: 'Trạng thái không có trong danh sách chọn.' },
      { row: 3, column: 4, message: 'Cần ghi rõ đơn vị phải bổ sung gì (trạng thái “Cần bổ sung”).' },
      { row: 4, column: 6, message: 'Ngày quyết định cần dạng dd/mm/yyyy.' },
      { row: 4, column: 5, message: 'Trạng thái “Đã khen thưởng” cần số và ngày quyết định.' },
    ]);
  });

  it('sends nothing from a tab without the review columns', () => {
    expect(diffReviews([['STT', 'Họ và tên']], new Map()).reviews).toEqual([]);
  });
});

describe('results painted back', () => {
  const diff = diffReviews(
    [header, row('i-1', 'Đã duyệt'), row('i-2', 'Hợp lệ'), row('i-3', 'Không đủ điều kiện')],
    new Map(),
  );
  const answer = {
    version: 5,
    results: [
      { nomineeId: 'i-1', ok: true, state: 'approved' },
      {
        nomineeId: 'i-2',
        ok: false,
        error: { code: 'REVIEW_STALE', message: 'Đơn vị đã sửa dòng này; cần duyệt lại.' },
      },
      { nomineeId: 'zzz', ok: 'yes' },
    ],
  };

  it('marks each sent row; only rows the server wrote enter the baseline; a missing result is not written', () => {
    const { version, results } = parseReviewResults(answer);
    expect(version).toBe(5);
    expect(results).toHaveLength(2);
    const applied = applyResults(diff, results, new Map([['i-9', base('valid')]]));
    expect(applied.cells).toEqual([
      { row: 2, text: 'Đã ghi: Đã duyệt', color: '#d9ead3' },
      { row: 3, text: 'Chưa ghi: Đơn vị đã sửa dòng này; cần duyệt lại.', color: '#f4c7c3' },
      { row: 4, text: 'Chưa ghi: Máy chủ không trả kết quả cho dòng này; chưa ghi.', color: '#f4c7c3' },
    ]);
    expect([...applied.baseline.keys()]).toEqual(['i-9', 'i-1']);
    expect(applied).toMatchObject({ written: 1, failed: 2 });
    expect(diffReviews([header, row('i-1', 'Đã duyệt')], applied.baseline).reviews).toEqual([]);
  });

  it('keeps the baseline through its hidden-tab rows', () => {
    const baseline = new Map([
      ['i-1', { state: 'awarded' as const, note: 'n', decisionNumber: '1/QĐ', decisionDate: '2026-05-15' }],
    ]);
    expect(baselineOf(baselineRows(baseline))).toEqual(baseline);
  });
});

describe('decisionDateOf', () => {
  it('reads dd/mm/yyyy, ISO and date cells; refuses impossible dates', () => {
    expect(decisionDateOf('5/6/2026')).toBe('2026-06-05');
    expect(decisionDateOf('2026-06-05')).toBe('2026-06-05');
    expect(decisionDateOf(new Date('2026-06-04T20:00:00Z'))).toBe('2026-06-05');
    expect(decisionDateOf('31/06/2026')).toBeNull();
  });
});

describe('a tab rewritten by the server', () => {
  const withChanges = [...header, 'Thay đổi sau khi duyệt'];
  const rowOf = (id: string, state: string, changed: string) => [...row(id, state), changed];

  it('reads “Chờ xét” and “Cần duyệt lại” as no decision, without marking them', () => {
    const diff = diffReviews(
      [withChanges, rowOf('i-1', 'Chờ xét', ''), rowOf('i-2', 'Cần duyệt lại', 'x')],
      new Map(),
    );
    expect(diff.reviews).toEqual([]);
    expect(diff.issues).toEqual([]);
  });

  it('resends a row changed since its review even when the board picks the same state again', () => {
    const baseline = new Map([
      ['i-1', base('approved')],
      ['i-2', base('approved')],
    ]);
    const diff = diffReviews(
      [
        withChanges,
        rowOf('i-1', 'Đã duyệt', 'Hình thức đề nghị: Lao động tiên tiến → Bằng khen'),
        rowOf('i-2', 'Đã duyệt', ''),
      ],
      baseline,
    );
    expect(diff.reviews).toEqual([{ nomineeId: 'i-1', state: 'approved' }]);
    expect(diff.unchanged).toBe(1);
  });
});
