// Release runs, and the only way a run is created, edited, made current or deleted. Deleting a run
// takes its checklist progress and release-notes draft with it, and its undo brings all three back.
import { computed, type ReadableAtom } from 'nanostores';
import {
  createRun,
  currentRun,
  DEFAULT_RUN,
  reinsertRun,
  releasesCodec,
  removeRun,
  upsertRun,
  type Releases,
  type ReleaseRun,
  type RunInput,
} from '../lib/releases/release-run.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import { putBackRunProgress, takeRunProgress, type RunProgress } from './checklists.ts';
import { $releaseNotes, replaceNotesDraft } from './release-notes.ts';
import { newId, persistentDocument } from './storage.ts';

export const releasesDocument = persistentDocument('releases', releasesCodec);

/** The release runs kept in this browser. Read-only: runs change through the verbs below. */
export const $releases: ReadableAtom<Releases> = releasesDocument.store;

/** The run that checklists and notes apply to. A first-time visitor works in the default run. */
export const $currentRun = computed($releases, currentRun);

/** Save the default run the first time someone works in it, so that it shows on /releases/. */
export function ensureCurrentRunSaved(): ReleaseRun {
  const releases = $releases.get();
  const run = currentRun(releases);
  if (run.id === DEFAULT_RUN.id && !releases.runs.some((saved) => saved.id === run.id)) {
    const saved = { ...DEFAULT_RUN, createdAt: new Date().toISOString() };
    releasesDocument.store.set(upsertRun(releases, saved));
    return saved;
  }
  return run;
}

export function createReleaseRun(input: RunInput): ReleaseRun {
  const run = createRun(input, newId('run'), new Date());
  releasesDocument.store.set(upsertRun($releases.get(), run));
  return run;
}

export function updateReleaseRun(id: string, input: RunInput): void {
  const releases = $releases.get();
  const existing = releases.runs.find((run) => run.id === id) ?? (id === DEFAULT_RUN.id ? DEFAULT_RUN : undefined);
  if (!existing) return;
  const updated = { ...createRun(input, id, new Date(existing.createdAt)) };
  const current = releases.currentId;
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
  const wasCurrent = run.id === currentRun(releases).id;
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
export function undoRunDeletion({ run, index, wasCurrent, progress, draft }: DeletedRun): void {
  releasesDocument.store.set(reinsertRun($releases.get(), run, index, wasCurrent));
  if (progress) putBackRunProgress(run.id, progress);
  if (draft) replaceNotesDraft(run.id, draft);
}
