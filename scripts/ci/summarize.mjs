// Reads vitest's JSON report and prints the closing line CI reads: "N passed, N failed".
// Exits non-zero when any test failed, when a suite failed to load, or when no test ran.
import { readFileSync } from 'node:fs';

const [file, label] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const prefix = label ? `${label}: ` : '';
console.log(`${prefix}${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) console.error('No test ran.');
process.exit(failed > 0 || passed === 0 ? 1 : 0);
