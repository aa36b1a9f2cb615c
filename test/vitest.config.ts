import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './support/longest-first-sequencer.ts';

// Two phases. First the type check, the unit, component and server tests, two files at a time, while
// the e2e global setup builds the site variants in the background. Then the e2e files, two at a time
// (E2E_WORKERS runs more on a larger machine), those that build a site of their own first; every read
// of a page is polled, so a browser slowed by the other one is waited for, not failed. Apart, the
// component tests' timings do not suffer the browsers' load, and the type check does not read the
// project's generated types while the search tests' dev server writes them.
const FIRST = 1;
const E2E = 2;
const firstWorkers = Number(process.env.TEST_WORKERS) || 2;
const e2eWorkers = Number(process.env.E2E_WORKERS) || 2;

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
          maxWorkers: firstWorkers,
          sequence: { groupOrder: FIRST },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          maxWorkers: firstWorkers,
          sequence: { groupOrder: FIRST },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['test/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/component-setup.ts'],
          // jsdom renders slowly on a loaded machine: 5 s timed out there with nothing wrong.
          testTimeout: 15_000,
          maxWorkers: firstWorkers,
          sequence: { groupOrder: FIRST },
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
          maxWorkers: firstWorkers,
          sequence: { groupOrder: FIRST },
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
          maxWorkers: e2eWorkers,
          // Reads of the page are polled (expect.poll): a page answers a key or a click a moment later on a busy machine.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: E2E },
        },
      },
    ],
  },
});
