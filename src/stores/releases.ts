// Release runs, and the only way a run is created, edited or made current (deleting and sharing one,
// which reach its progress and notes too, are in release-run-changes.ts, loaded by the releases page
// alone). No run is ever made up: until someone starts one, there is none.
import { computed, type ReadableAtom } from 'nanostores';
import {
  createRun,
  currentRun,
  reinsertRun,
  removeRun,
  UNSTARTED_RUN,
  releasesCodec,
  upsertRun,
  type Releases,
  type ReleaseRun,
  type RunInput,
} from '../lib/releases/release-run.ts';
import { mergeTeamRuns } from '../lib/team/team-mirror.ts';
import { $releaseNotes, replaceNotesDraft } from './release-notes.ts';
import { newId, persistentDocument } from './storage.ts';
import { adoptIntoTeam } from './team-membership.ts';
import { canWriteToTeam, routeToTeam } from './team.ts';

export const releasesDocument = persistentDocument('releases', releasesCodec);

/** The release runs kept in this browser. Read-only: runs change through the verbs below. */
export const $releases: ReadableAtom<Releases> = releasesDocument.store;

/** The run that checklists and notes apply to; undefined until someone starts one. */
export const $currentRun = computed($releases, currentRun);

/**
 * The run a change applies to: the current run, or before any run exists the unstarted run (notes
 * typed then wait there for the first run started). It creates and saves nothing.
 */
export function currentOrUnstartedRun(): ReleaseRun {
  return currentRun($releases.get()) ?? UNSTARTED_RUN;
}

export function createReleaseRun(input: RunInput): ReleaseRun {
  const run = createRun(input, newId('run'), new Date());
  releasesDocument.store.set(upsertRun($releases.get(), run));
  shareNewRun(run);
  const waiting = $releaseNotes.get()[UNSTARTED_RUN.id];
  if (waiting) {
    replaceNotesDraft(UNSTARTED_RUN.id, undefined);
    replaceNotesDraft(run.id, waiting);
  }
  return run;
}

/** A run made in team mode (a first tick in a fresh browser included) is the team's. */
function shareNewRun(run: ReleaseRun): void {
  if (!import.meta.env.SYNC_URL || !canWriteToTeam()) return;
  adoptIntoTeam('runs', run.id);
  routeToTeam('runs', run.id, (team) => team.putRun(run));
}

export function updateReleaseRun(id: string, input: RunInput): void {
  const releases = $releases.get();
  const existing = releases.runs.find((run) => run.id === id);
  if (!existing) return;
  const updated = { ...createRun(input, id, new Date(existing.createdAt)) };
  const current = releases.currentId;
  if (import.meta.env.SYNC_URL && routeToTeam('runs', id, (team) => team.putRun(updated))) return;
  const next = upsertRun(releases, updated);
  releasesDocument.store.set(
    current === undefined || current === id ? next : { ...next, currentId: current },
  );
}

export function switchRun(id: string): void {
  releasesDocument.store.set({ ...$releases.get(), currentId: id });
}

/** Take a run out of this browser's list (its progress and notes are the caller's: release-run-changes.ts). */
export function removeRunHere(id: string): void {
  releasesDocument.store.set(removeRun($releases.get(), id));
}

/** Put a run back at `index` in this browser's list, current again if `wasCurrent`. */
export function reinsertRunHere(run: ReleaseRun, index: number, wasCurrent: boolean): void {
  releasesDocument.store.set(reinsertRun($releases.get(), run, index, wasCurrent));
}

/**
 * The team's list of runs arriving: shared runs follow it, runs that were shared (`wasShared`) and
 * that it no longer has leave, local runs stay (lib/team/team-mirror.ts). Never routed back to the team.
 */
export function followTeamRuns(
  team: Releases,
  wasShared: ReadonlySet<string>,
  landOn?: string,
): void {
  const merged = mergeTeamRuns($releases.get(), team, wasShared, landOn);
  if (JSON.stringify(merged) !== JSON.stringify($releases.get()))
    releasesDocument.store.set(merged);
}
