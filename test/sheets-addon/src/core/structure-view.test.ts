import { describe, expect, it } from 'vitest';
import type { CampaignStatusResponse } from '../../../../shared/api/campaign-status';
import { structureView } from '../../../../sheets-addon/src/core/structure-view';
import { readRecording } from '../../../sheets-addon/support/recordings';

const recorded = readRecording('campaignStatus', 'board-structure').body as CampaignStatusResponse;

describe('structureView (recorded campaignStatus with targets)', () => {
  const view = structureView(recorded.structure);

  it('starts with the whole list, then each unit, and says what was counted', () => {
    expect(view?.scopes.map((s) => s.id)).toEqual(['', 'so-noi-vu', 'so-y-te', 'x-dong-dang']);
    expect(view?.scopes[0]?.name).toBe('Toàn danh sách');
    expect(view?.basisText).toBe(
      'Bản tổng hợp số 3; tỷ lệ trên số đại biểu cá nhân; thanh niên: không quá 30 tuổi trong năm 2026.',
    );
  });

  it('gives each group a bar in percent with its target band and verdict', () => {
    // Four delegates of Sở Nội vụ (recordings.ts DELEGATE_ROWS): 1 worker of 4 = 25% < 30% → short by 1;
    // 1 intellectual = 25% > 20% → over by 1.
    const whole = view?.scopes[0];
    expect(whole).toMatchObject({ persons: 4, seatsText: '4/5 ghế đại biểu', seatsOver: false, missed: 3 });
    expect(whole?.bars.find((b) => b.key === 'workers')).toEqual({
      key: 'workers',
      label: 'Công nhân',
      count: 1,
      pct: 25,
      minPct: 30,
      status: 'short',
      target: '≥ 30%',
      verdict: 'Thiếu 1 người',
    });
    expect(whole?.bars.find((b) => b.key === 'intellectuals')).toMatchObject({
      minPct: 5,
      maxPct: 20,
      status: 'over',
      verdict: 'Vượt 1 người',
    });
    expect(view?.scopes[1]).toMatchObject({
      name: 'Sở Nội vụ',
      seatsText: '4/3 ghế đại biểu',
      seatsOver: true,
    });
  });

  it('is null without a structure (no master version yet, or an older server)', () => {
    expect(structureView(undefined)).toBeNull();
  });
});
