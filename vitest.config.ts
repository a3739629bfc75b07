import { defineConfig } from 'vitest/config';

// CI runs on 2 busy cores, so no test may depend on machine speed: limits are several times the quiet time of
// the bounded work they guard, and polls wait long enough for a loaded machine (they return as soon as the
// condition holds, so a generous timeout costs nothing when the test passes).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One process per test file. Vitest's default is (cores − 1), one worker on a 2-core machine; two workers
    // keep both cores busy (about half the wall time) and every test is written to tolerate the contention.
    pool: 'forks',
    maxWorkers: 2,
    expect: { poll: { timeout: 30_000, interval: 50 } },
  },
});
