// Release runs, and the only way a run is created, edited, made current or deleted. Deleting a run
// takes its checklist progress and release-notes draft with it, and its undo brings all three back.
// No run is ever made up: until someone starts one, there is none.
import { computed, type ReadableAtom } from 'nanostores';
import {
  createRun,
  currentRun,
  UNSTARTED_RUN,
  reinsertRun,
  releasesCodec,
  removeRun,
  upsertRun,
  type Releases,
  type ReleaseRun,
  type RunInput,
} from '../lib/releases/release-run.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import { $checklists, putBackRunProgress, takeRunProgress, type RunProgress } from './checklists.ts';
import { $releaseNotes, replaceNotesDraft } from './release-notes.ts';
import { newId, persistentDocument } from './storage.ts';
import { adoptIntoTeam, canWriteToTeam, isShared, routeToTeam } from './team.ts';

export const releasesDocument = persistentDocument('releases', releasesCodec);

/** The release runs kept in this browser. Read-only: runs change through the verbs below. */
export const $releases: ReadableAtom<Releases> = releasesDocument.store;

/** The run that checklists and notes apply to; undefined until someone starts one. */
export const $currentRun = computed($releases, currentRun);

/** The run a change applies to. Before any run exists, the unstarted run: notes typed then wait there for the first run started. */
export function ensureCurrentRunSaved(): ReleaseRun {
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

/** "Share with the team": a run made before joining becomes the team's, with its progress and notes. */
export function shareReleaseRun(id: string): void {
  const run = $releases.get().runs.find((saved) => saved.id === id);
  if (!run || isShared('runs', id) || !canWriteToTeam()) return;
  adoptIntoTeam('runs', id);
  routeToTeam('runs', id, (team) => team.shareRun(run, $checklists.get()[id] ?? {}, $releaseNotes.get()[id]));
}

export function updateReleaseRun(id: string, input: RunInput): void {
  const releases = $releases.get();
  const existing = releases.runs.find((run) => run.id === id);
  if (!existing) return;
  const updated = { ...createRun(input, id, new Date(existing.createdAt)) };
  const current = releases.currentId;
  if (import.meta.env.SYNC_URL && routeToTeam('runs', id, (team) => team.putRun(updated))) return;
  const next = upsertRun(releases, updated);
  releasesDocument.store.set(current === undefined || current === id ? next : { ...next, currentId: current });
}

export function switchRun(id: string): void {
  releasesDocument.store.set({ ...$releases.get(), currentId: id });
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
  if (import.meta.env.SYNC_URL && routeToTeam('runs', run.id, (team) => team.removeRun(run.id))) return { run, index, wasCurrent: run.id === currentRun(releases)?.id, shared: true };
  const wasCurrent = run.id === currentRun(releases)?.id;
  const draft = $releaseNotes.get()[run.id];
  const progress = takeRunProgress(run.id);
  replaceNotesDraft(run.id, undefined);
  releasesDocument.store.set(removeRun($releases.get(), run.id));
  return { run, index, wasCurrent, ...(progress ? { progress } : {}), ...(draft ? { draft } : {}) };
}

/**
 * Undo `deleteReleaseRun`: that run alone comes back, at its place, current again if it was, with its
 * progress and draft. Work done since, here or in another tab, stays.
 */
export function undoRunDeletion({ run, index, wasCurrent, progress, draft, shared }: DeletedRun): void {
  // A shared run's work stays in its team document: putting the run back in the team's list is enough.
  if (import.meta.env.SYNC_URL && shared && canWriteToTeam()) {
    adoptIntoTeam('runs', run.id);
    routeToTeam('runs', run.id, (team) => team.putRun(run));
    return;
  }
  releasesDocument.store.set(reinsertRun($releases.get(), run, index, wasCurrent));
  if (progress) putBackRunProgress(run.id, progress);
  if (draft) replaceNotesDraft(run.id, draft);
}
