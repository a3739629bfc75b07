import { describe, expect, it } from 'vitest';
import {
  commentRows,
  noticePageUrl,
  noticePeriodText,
  vietnamTime,
} from '../../../../sheets-addon/src/core/notice-view';

const NOTICE = {
  from: '2026-12-01T01:00:00Z',
  to: '2026-12-08T01:00:00+00:00',
  states: ['approved' as const],
};

describe('notice view', () => {
  it('builds the page address from the functions URL', () => {
    expect(noticePageUrl('https://f.example.test/', 'ls-dhtt-2026')).toBe(
      'https://f.example.test/publicNotice?campaignId=ls-dhtt-2026',
    );
  });

  it('writes instants in Việt Nam time (UTC+7), across midnight and year end', () => {
    expect(vietnamTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(vietnamTime('2026-12-07T08:05:00+07:00')).toBe('07/12/2026 08:05');
    expect(vietnamTime('không phải thời điểm')).toBe('không phải thời điểm');
  });

  it('says whether the page is not yet open, open, ended, or has no period', () => {
    const period = 'Thời gian công khai: từ 01/12/2026 08:00 đến 08/12/2026 08:00 (giờ Việt Nam).';
    expect(noticePeriodText(NOTICE, new Date('2026-11-30T00:00:00Z'))).toBe(
      `${period} Trang chưa mở: người xem sẽ thấy thông báo chưa đến thời gian công khai.`,
    );
    expect(noticePeriodText(NOTICE, new Date('2026-12-01T01:00:00Z'))).toContain('Trang đang mở');
    expect(noticePeriodText(NOTICE, new Date('2026-12-08T01:00:00Z'))).toContain('đã kết thúc');
    expect(noticePeriodText(undefined, new Date())).toContain('chưa đặt thời gian công khai');
  });

  it('lists comments newest first whatever the order received', () => {
    const rows = commentRows([
      { commentId: 'a', campaignId: 'c', receivedAt: '2026-12-01T00:00:00Z', day: 'd', text: 'cũ' },
      {
        commentId: 'b',
        campaignId: 'c',
        receivedAt: '2026-12-02T00:00:00Z',
        day: 'd',
        text: '=1+1',
        name: 'An',
        nomineeId: 'i-1',
        nomineeName: 'Trần Thị Bình',
      },
    ]);
    expect(rows.map((r) => [r[1], r[4]])).toEqual([
      ['Về trường hợp', 'Nội dung'],
      ['Trần Thị Bình', '=1+1'],
      ['Cả danh sách', 'cũ'],
    ]);
  });
});
