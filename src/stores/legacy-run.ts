// Work that an earlier version of the site stored under the run it made up for first-time visitors
// (0.1.0, "First release") becomes that run, saved, so that it neither vanishes nor waits for a
// change to show. Loaded after the page starts (a one-time migration is no part of the first load).
import { withLegacyDefaultRun } from '../lib/releases/legacy-run.ts';
import { $checklists } from './checklists.ts';
import { $releaseNotes } from './release-notes.ts';
import { releasesDocument } from './releases.ts';

export function keepLegacyDefaultRun(): void {
  const releases = releasesDocument.store.get();
  const kept = withLegacyDefaultRun(releases, [
    ...Object.keys($checklists.get()),
    ...Object.keys($releaseNotes.get()),
  ]);
  if (kept !== releases) releasesDocument.store.set(kept);
}
