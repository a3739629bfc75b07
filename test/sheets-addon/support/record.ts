// Re-records test/fixtures/recorded/*.json from a fresh local stack (child process, seeded sample campaign).
// Run: node --import tsx test/sheets-addon/support/record.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileOf, RECORDED_DIR, recordAll } from './recordings';
import { startChildStack } from './stack-child';

const stack = await startChildStack();
try {
  mkdirSync(RECORDED_DIR, { recursive: true });
  for (const r of await recordAll(stack.url)) {
    writeFileSync(fileOf(r.function, r.case), `${JSON.stringify(r, null, 2)}\n`);
    console.log(`${r.function}-${r.case}: HTTP ${r.status}`);
  }
  // The repository's formatter owns JSON layout (npm run check); format the files as it would.
  spawnSync('npx', ['biome', 'format', '--write', RECORDED_DIR], { stdio: 'inherit' });
} finally {
  await stack.close();
}
