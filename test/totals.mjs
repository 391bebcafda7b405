// Prints the unit and browser test totals together as one line, `N passed, N failed`, from the
// JSON reports that `npm test` writes; exits non-zero if a report is missing or a test failed.
import fs from 'node:fs';

const reports = [
  { file: 'test-results/unit.json', required: true },
  { file: 'test-results/e2e.json', required: true },
];
let passed = 0;
let failed = 0;
for (const { file, required } of reports) {
  if (!fs.existsSync(file)) {
    if (required) {
      console.log(`missing test report ${file}`);
      failed += 1;
    }
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // vitest's JSON reporter
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else if (report.stats) {
    // Playwright's JSON reporter
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
