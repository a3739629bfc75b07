import { describe, expect, it } from 'vitest';
import { once } from '../../functions/once';

describe('once', () => {
  it('shares one load between concurrent callers and forgets a failure', async () => {
    let calls = 0;
    const load = once(async () => {
      calls++;
      if (calls === 1) throw new Error('first fails');
      return calls;
    });
    await expect(load()).rejects.toThrow('first fails');
    expect(await Promise.all([load(), load()])).toEqual([2, 2]);
    expect(await load()).toBe(2);
    expect(calls).toBe(2);
  });
});
