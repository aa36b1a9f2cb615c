// Work that an earlier version of the site stored under the run it made up for first-time visitors
// (0.1.0, "First release") becomes that run, saved, so that it neither vanishes nor waits for a
// change to show. Loaded after the page starts (a one-time migration is no part of the first load).
import { LEGACY_DEFAULT_RUN, withLegacyDefaultRun } from '../lib/releases/legacy-run.ts';
import { $checklists } from './checklists.ts';
import { $releaseNotes } from './release-notes.ts';
import { $releases, reinsertRunHere } from './releases.ts';

export function keepLegacyDefaultRun(): void {
  const releases = $releases.get();
  const runIdsWithWork = [...Object.keys($checklists.get()), ...Object.keys($releaseNotes.get())];
  // The legacy run goes first, as the oldest, and does not become the current run.
  if (withLegacyDefaultRun(releases, runIdsWithWork) !== releases)
    reinsertRunHere({ ...LEGACY_DEFAULT_RUN }, 0, false);
}
