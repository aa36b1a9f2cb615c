// Release runs, and the only way a run is created, edited or made current (deleting and sharing one,
// which reach its progress and notes too, are in release-run-changes.ts, loaded by the releases page
// alone). No run is ever made up: until someone starts one, there is none.
import { computed, type ReadableAtom } from 'nanostores';
import {
  createRun,
  currentRun,
  UNSTARTED_RUN,
  releasesCodec,
  upsertRun,
  type Releases,
  type ReleaseRun,
  type RunInput,
} from '../lib/releases/release-run.ts';
import { $releaseNotes, replaceNotesDraft } from './release-notes.ts';
import { newId, persistentDocument } from './storage.ts';
import { adoptIntoTeam, canWriteToTeam, routeToTeam } from './team.ts';

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
