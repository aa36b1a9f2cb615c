import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest files the summary lists. */
const SLOWEST = 10;

/** The time a file held a worker: its environment, setup files (waiting for builds), import, hooks and tests. */
function heldFor(testModule: TestModule): number {
  const diagnostic = testModule.diagnostic();
  return (
    diagnostic.environmentSetupDuration +
    diagnostic.prepareDuration +
    diagnostic.setupDuration +
    diagnostic.collectDuration +
    diagnostic.duration
  );
}

/**
 * Ends a run with the slowest files (where the suite's time goes) and then the plain line
 * `N passed, N failed` (and skipped, when any) that CI reads, always the last line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      // A file that failed to load has no tests to count: count it as a failure.
      if (testModule.state() === 'failed' && testModule.children.size === 0) counts.failed += 1;
    }
    const slowest = [...testModules]
      .map((testModule) => ({
        name: `${testModule.project.name} ${testModule.relativeModuleId}`,
        ms: heldFor(testModule),
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST);
    if (slowest.length > 0) {
      process.stdout.write(`\nSlowest ${slowest.length} files (setup, import, hooks and tests):\n`);
      for (const { name, ms } of slowest)
        process.stdout.write(`${(ms / 1000).toFixed(1).padStart(7)} s  ${name}\n`);
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
