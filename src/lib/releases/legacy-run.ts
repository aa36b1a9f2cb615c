/**
 * The run that earlier versions of this site made up for a first-time visitor, and the work stored
 * under it. Apart from release-run.ts so that this one-time migration loads after the page starts.
 */
import type { ReleaseRun, Releases } from './release-run.ts';

/**
 * The run that earlier versions of this site made up for a first-time visitor (0.1.0, "First
 * release") and saved at their first tick. Work stored under its id is still theirs: it stays
 * visible as a run (see `withLegacyDefaultRun`), never again invented for anyone new.
 */
export const LEGACY_DEFAULT_RUN: ReleaseRun = Object.freeze({
  id: 'default',
  version: '0.1.0',
  name: 'First release',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-01-01T00:00:00.000Z',
});

/**
 * The runs with the legacy default run added when work (progress, notes) is stored under its id
 * and no run of that id is: that work stays on screen instead of vanishing. The same object when
 * nothing is missing.
 */
export function withLegacyDefaultRun(
  releases: Releases,
  runIdsWithWork: Iterable<string>,
): Releases {
  if (releases.runs.some((run) => run.id === LEGACY_DEFAULT_RUN.id)) return releases;
  for (const id of runIdsWithWork) {
    if (id === LEGACY_DEFAULT_RUN.id)
      return { ...releases, runs: [{ ...LEGACY_DEFAULT_RUN }, ...releases.runs] };
  }
  return releases;
}
