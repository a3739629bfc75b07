import { describe, expect, it } from 'vitest';
import { checkAchievementLength } from '../../../shared/checks/achievements';

describe('achievement length', () => {
  const limits = { min: 30, max: 100 };
  it('accepts a summary within limits', () => {
    expect(
      checkAchievementLength('Hoàn thành xuất sắc nhiệm vụ năm 2025, có 2 sáng kiến.', limits),
    ).toBeUndefined();
  });
  it('flags too short and too long, counting code points', () => {
    expect(checkAchievementLength('Tốt', limits)).toEqual({
      code: 'achievements.tooShort',
      params: { length: 3, min: 30 },
    });
    expect(checkAchievementLength('a'.repeat(101), limits)).toEqual({
      code: 'achievements.tooLong',
      params: { length: 101, max: 100 },
    });
    expect(checkAchievementLength('😀'.repeat(29), limits)?.code).toBe('achievements.tooShort');
  });
});
