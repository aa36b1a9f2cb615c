import { useEffect } from 'react';

/**
 * Work stored under the run an earlier version made up becomes that run: a one-time step, in its
 * own chunk loaded after the page, by the islands that show runs' work.
 */
export function useLegacyRunKept(): void {
  useEffect(
    () =>
      void import('../../../stores/legacy-run.ts').then((module) => module.keepLegacyDefaultRun()),
    [],
  );
}
