import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './support/longest-first-sequencer.ts';

// Two phases. First the type check, while the e2e global setup starts building the site variants in the
// background. Then every other file, more at once than there are cores (a browser test spends much of
// its time waiting on the page), the e2e files first: each waits for the builds it reads.
// The type check runs alone because `astro check` writes the project's generated types, which the
// dev server of the search tests writes too.
const TYPE_CHECK = 0;
const TESTS = 1;
const workers = Number(process.env.TEST_WORKERS) || 3;

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          // `npm run check` as tests: astro check, and what tsc reports about the project as a whole.
          name: 'checks',
          include: ['test/checks/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          maxWorkers: 1,
          sequence: { groupOrder: TYPE_CHECK },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          maxWorkers: workers,
          sequence: { groupOrder: TESTS },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['test/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/component-setup.ts'],
          maxWorkers: workers,
          sequence: { groupOrder: TESTS },
        },
      },
      {
        extends: true,
        test: {
          // The team sync server: a real server on loopback, Node clients, a child process killed with SIGKILL.
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          maxWorkers: workers,
          sequence: { groupOrder: TESTS },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Starts building every site variant the run's e2e files read, and serves them (global-setup.ts);
          // each e2e file waits for the root and sub-path builds (e2e-setup.ts) and the others it reads.
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/support/e2e-setup.ts'],
          maxWorkers: workers,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: TESTS },
        },
      },
    ],
  },
});
