// npm run bench: runs every benchmark module in scripts/bench/ in one process and prints their figures.
// Each module exports `run(): Promise<void>` and prints its own lines; ratios are measured against a baseline
// run in the same process, never against fixed times.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
