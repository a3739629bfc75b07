import { describe, expect, it } from 'vitest';
import { keyedQueue, once } from '../../functions/once';

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

describe('keyedQueue', () => {
  it('runs the tasks of one key one after another, a failure not stopping the next, other keys not held up', async () => {
    const queue = keyedQueue();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = queue('a', async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
      throw new Error('a1 fails');
    });
    const second = queue('a', async () => {
      log.push('a2');
      return 2;
    });
    const other = queue('b', async () => {
      log.push('b1');
      return 'b';
    });
    expect(await other).toBe('b');
    expect(log).toEqual(['a1 start', 'b1']);
    release();
    await expect(first).rejects.toThrow('a1 fails');
    expect(await second).toBe(2);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });
});
