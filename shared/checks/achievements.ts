// Achievement summary (tóm tắt thành tích): long enough to say something, short enough for the official list.
import type { Problem } from './problem';

export interface LengthLimits {
  min: number;
  max: number;
}

export const DEFAULT_ACHIEVEMENT_LENGTH: LengthLimits = { min: 30, max: 2000 };

export function checkAchievementLength(text: string, limits: LengthLimits): Problem | undefined {
  // Code points, counted only near a limit (UTF-16 length is at most twice the code-point count).
  const nearLimit = text.length < limits.min * 2 || text.length > limits.max;
  const length = nearLimit ? [...text.slice(0, (limits.max + 1) * 2)].length : text.length;
  if (length < limits.min) return { code: 'achievements.tooShort', params: { length, min: limits.min } };
  if (length > limits.max) return { code: 'achievements.tooLong', params: { length, max: limits.max } };
  return undefined;
}
