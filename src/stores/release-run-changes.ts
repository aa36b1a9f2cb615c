// Changes to a run that reach its checklist progress and release-notes draft too: deleting it (and its
// undo, which brings all three back) and sharing it with the team. Apart from releases.ts so that pages
// that only read runs do not load the checklists' store.
import { currentRun, type ReleaseRun } from '../lib/releases/release-run.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import {
  $checklists,
  putBackRunProgress,
  takeRunProgress,
  type RunProgress,
} from './checklists.ts';
import { $releaseNotes, replaceNotesDraft } from './release-notes.ts';
import { $releases, reinsertRunHere, removeRunHere } from './releases.ts';
import { adoptIntoTeam } from './team-membership.ts';
import { canWriteToTeam, isShared, routeToTeam } from './team.ts';

/** "Share with the team": a run made before joining becomes the team's, with its progress and notes. */
export function shareReleaseRun(id: string): void {
  const run = $releases.get().runs.find((saved) => saved.id === id);
  if (!run || isShared('runs', id) || !canWriteToTeam()) return;
  adoptIntoTeam('runs', id);
  routeToTeam('runs', id, (team) =>
    team.shareRun(run, $checklists.get()[id] ?? {}, $releaseNotes.get()[id]),
  );
}

/** What deleting a run took away, to undo it. */
export interface DeletedRun {
  run: ReleaseRun;
  /** Its place in the list of runs. */
  index: number;
  wasCurrent: boolean;
  progress?: RunProgress;
  draft?: ReleaseNotesDraft;
  /** The run was the team's: its undo puts it back in the team's list. */
  shared?: true;
}

/**
 * Delete a run with its checklist progress and release-notes draft. Returns what its undo needs, or
 * undefined when no such run is kept (another tab deleted it meanwhile): then nothing changes.
 */
export function deleteReleaseRun(id: string): DeletedRun | undefined {
  const releases = $releases.get();
  const index = releases.runs.findIndex((saved) => saved.id === id);
  const run = releases.runs[index];
  if (!run) return undefined;
  if (import.meta.env.SYNC_URL && routeToTeam('runs', run.id, (team) => team.removeRun(run.id)))
    return { run, index, wasCurrent: run.id === currentRun(releases)?.id, shared: true };
  const wasCurrent = run.id === currentRun(releases)?.id;
  const draft = $releaseNotes.get()[run.id];
  const progress = takeRunProgress(run.id);
  replaceNotesDraft(run.id, undefined);
  removeRunHere(run.id);
  return { run, index, wasCurrent, ...(progress ? { progress } : {}), ...(draft ? { draft } : {}) };
}

/**
 * Undo `deleteReleaseRun`: that run alone comes back, at its place, current again if it was, with its
 * progress and draft. Work done since, here or in another tab, stays.
 */
export function undoRunDeletion({
  run,
  index,
  wasCurrent,
  progress,
  draft,
  shared,
}: DeletedRun): void {
  // A shared run's work stays in its team document: putting the run back in the team's list is enough.
  if (import.meta.env.SYNC_URL && shared && canWriteToTeam()) {
    adoptIntoTeam('runs', run.id);
    routeToTeam('runs', run.id, (team) => team.putRun(run));
    return;
  }
  reinsertRunHere(run, index, wasCurrent);
  if (progress) putBackRunProgress(run.id, progress);
  if (draft) replaceNotesDraft(run.id, draft);
}
