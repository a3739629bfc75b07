import { describe, expect, it } from 'vitest';
import { SOCIAL_COMPOSITIONS } from '../../../shared/vocab/social-compositions';

describe('social compositions', () => {
  it('has the eight compositions and marks workers and farmers as direct labourers by default', () => {
    expect(SOCIAL_COMPOSITIONS.map((c) => c.code)).toEqual([
      'worker',
      'farmer',
      'intellectual',
      'entrepreneur',
      'official',
      'armedForces',
      'student',
      'other',
    ]);
    expect(SOCIAL_COMPOSITIONS.filter((c) => c.directLabourer).map((c) => c.code)).toEqual([
      'worker',
      'farmer',
    ]);
  });
});
