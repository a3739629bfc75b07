import { defineConfig } from 'vitest/config';

/** The pure tests: no emulator, browser, child process or network, only in-process code (`npm run test:unit`).
 *  `npm test` runs them and the rest (project `integration`), each file once. */
const UNIT = [
  'test/shared/**/*.test.ts',
  'test/functions/app/**/!(chromium-render).test.ts',
  'test/functions/config.test.ts',
  'test/functions/once.test.ts',
  'test/sheets-addon/src/*.test.ts',
  'test/sheets-addon/src/!(ui)/**/*.test.ts',
];

// CI runs on 2 busy cores, so no test may depend on machine speed: limits are several times the quiet time of
// the bounded work they guard, and polls wait long enough for a loaded machine (they return as soon as the
// condition holds, so a generous timeout costs nothing when the test passes).
export default defineConfig({
  test: {
    // Fails a test after which a log line or a test sender's mail carried a full CCCD.
    setupFiles: ['test/support/outward-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One process per test file. Vitest's default is (cores − 1), one worker on a 2-core machine; two workers
    // keep both cores busy (about half the wall time) and every test is written to tolerate the contention.
    pool: 'forks',
    maxWorkers: 2,
    expect: { poll: { timeout: 30_000, interval: 50 } },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: UNIT } },
    ],
  },
});
