import { describe, expect, it } from 'vitest';
import { taskRatingRank } from '../../../shared/vocab/task-ratings';

describe('task ratings', () => {
  it('ranks excellent > good > complete > incomplete', () => {
    expect(taskRatingRank('excellent')).toBeGreaterThan(taskRatingRank('good'));
    expect(taskRatingRank('good')).toBeGreaterThan(taskRatingRank('complete'));
    expect(taskRatingRank('complete')).toBeGreaterThan(taskRatingRank('incomplete'));
  });
});
