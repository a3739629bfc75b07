// Validation quality on the realistic fixture (test/fixtures/realistic): false errors on clean rows, cell recall
// of planted problems, cross-unit duplicate pair recall over all rows (including rows with errors) and namesakes
// merged. Run: node --import tsx scripts/measure-validation.ts
import { loadFixture, measure } from '../test/fixtures/realistic/measure';

const { units, expected } = loadFixture();
const f = measure(units, expected);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(`units ${f.units}, rows ${f.rows}, clean rows ${f.cleanRows}`);
console.log(
  `false errors on clean rows: ${f.falseErrorRows}/${f.cleanRows} = ${pct(f.falseErrorRate)} (target ≤ 1%)`,
);
console.log(`cell recall of planted problems: ${f.found}/${f.planted} = ${pct(f.cellRecall)} (target ≥ 95%)`);
console.log(
  `duplicate pair recall (all rows): ${f.duplicatePairsFound}/${f.duplicatePairs} = ${pct(f.duplicateRecall)} (target ≥ 95%), merged without decision ${f.duplicatePairsMerged}`,
);
console.log(`namesake pairs merged: ${f.namesakesMerged}/${f.namesakePairs} (target 0)`);
for (const s of f.falseErrorSamples) console.log(`  false error: ${s}`);
for (const s of f.missedSamples) console.log(`  missed: ${s}`);
