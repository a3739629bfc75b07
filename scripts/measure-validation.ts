// Validation quality on the realistic fixture (test/fixtures/realistic): false errors on clean rows, cell recall
// of planted problems, cross-unit duplicate pair recall over all rows (including rows with errors) and namesakes
// merged. Run: node --import tsx scripts/measure-validation.ts        (validateGrid and the duplicate finder)
//              node --import tsx scripts/measure-validation.ts --api  (the documented API of a local stack, HTTP)
import { startStack } from '../functions/local/stack';
import { type Figures, loadFixture, measure } from '../test/fixtures/realistic/measure';
import { measureThroughApi } from '../test/fixtures/realistic/measure-api';
import { BOARD } from '../test/support/grids';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function print(f: Figures): void {
  console.log(`units ${f.units}, rows ${f.rows}, clean rows ${f.cleanRows}`);
  console.log(
    `false errors on clean rows: ${f.falseErrorRows}/${f.cleanRows} = ${pct(f.falseErrorRate)} (target ≤ 1%)`,
  );
  console.log(
    `cell recall of planted problems: ${f.found}/${f.planted} = ${pct(f.cellRecall)} (target ≥ 95%)`,
  );
  console.log(
    `duplicate pair recall (all rows): ${f.duplicatePairsFound}/${f.duplicatePairs} = ${pct(f.duplicateRecall)} (target ≥ 95%), merged without decision ${f.duplicatePairsMerged}`,
  );
  console.log(`namesake pairs merged: ${f.namesakesMerged}/${f.namesakePairs} (target 0)`);
  for (const s of f.falseErrorSamples) console.log(`  false error: ${s}`);
  for (const s of f.missedSamples) console.log(`  missed: ${s}`);
}

async function throughApi(): Promise<void> {
  const { units, expected } = loadFixture();
  const now = new Date(`${expected.today}T03:00:00Z`);
  const stack = await startStack({
    port: 0,
    env: { LOG_LEVEL: 'error' },
    overrides: { clock: { now: () => now } },
  });
  try {
    const run = await measureThroughApi(stack.url, BOARD, units, expected);
    console.log(
      `through the API (adminCampaign → validateRows/submitNominations → consolidate → masterList):`,
    );
    console.log(
      `campaign evaluation year ${run.campaign.evaluationYear}, master entries ${run.entries.length}`,
    );
    print(run.figures);
  } finally {
    await stack.close();
  }
}

if (process.argv.includes('--api')) {
  await throughApi();
  process.exit(0);
} else {
  const { units, expected } = loadFixture();
  print(measure(units, expected));
}
