// Reads vitest's JSON report and prints the closing line CI reads: "N passed, N failed, N skipped".
// Usage: node scripts/ci/summarize.mjs <report.json> [label] [--exit-code=<vitest's exit code>]
//
// The line counts tests, never suites (vitest's numFailedTestSuites also counts every describe block and file
// around a failed test, so adding it counted one failure three times). A run can also fail with no failed test:
// a file that could not load, a hook that threw (its tests are then not run), an unhandled error, a report that
// was never written, no test at all. Each is printed on its own line above the closing line, makes the exit code
// non-zero, and counts as one failed test, so the closing line of a failing run never says "0 failed".
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const args = process.argv.slice(2);
const exitArg = args.find((a) => a.startsWith('--exit-code='));
const [file, label] = args.filter((a) => !a.startsWith('--'));
const vitestExit = exitArg ? Number(exitArg.slice('--exit-code='.length)) : 0;
const prefix = label ? `${label}: ` : '';

/** Files whose run failed although none of their tests did: the file did not load, or a hook threw. */
function brokenFiles(report) {
  return (report.testResults ?? [])
    .filter((f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'))
    .map((f) => ({
      name: relative(process.cwd(), f.name),
      message: (f.message || 'a hook failed; its tests did not run (see the log above)').split('\n')[0],
    }));
}

function summarize() {
  if (!file || !existsSync(file))
    return { passed: 0, failed: 1, skipped: 0, errors: [`no report at ${file}`] };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const passed = report.numPassedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const errors = brokenFiles(report).map(
    (f) => `suite failed without a failing test: ${f.name}: ${f.message}`,
  );
  let failed = (report.numFailedTests ?? 0) + errors.length;
  if (failed === 0 && (report.success === false || vitestExit !== 0)) {
    errors.push(`vitest reported a failure outside any test (exit code ${vitestExit}; see the log above)`);
    failed = 1;
  }
  if (passed === 0 && failed === 0) {
    errors.push('no test ran');
    failed = 1;
  }
  return { passed, failed, skipped, errors };
}

const { passed, failed, skipped, errors } = summarize();
for (const error of errors) console.error(`${prefix}${error}`);
console.log(`${prefix}${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
