import { computed } from 'nanostores';
import {
  createRun,
  currentRun,
  DEFAULT_RUN,
  reinsertRun,
  releasesCodec,
  removeRun,
  upsertRun,
  type ReleaseRun,
  type RunInput,
} from '../lib/releases/release-run.ts';
import { newId, persistentDocument } from './storage.ts';

export const $releases = persistentDocument('releases', releasesCodec);

/** The run that checklists and notes apply to. A first-time visitor works in the default run. */
export const $currentRun = computed($releases, currentRun);

/** Save the default run the first time someone works in it, so that it shows on /releases/. */
export function ensureCurrentRunSaved(): ReleaseRun {
  const releases = $releases.get();
  const run = currentRun(releases);
  if (run.id === DEFAULT_RUN.id && !releases.runs.some((saved) => saved.id === run.id)) {
    const saved = { ...DEFAULT_RUN, createdAt: new Date().toISOString() };
    $releases.set(upsertRun(releases, saved));
    return saved;
  }
  return run;
}

export function createReleaseRun(input: RunInput): ReleaseRun {
  const run = createRun(input, newId('run'), new Date());
  $releases.set(upsertRun($releases.get(), run));
  return run;
}

export function updateReleaseRun(id: string, input: RunInput): void {
  const releases = $releases.get();
  const existing = releases.runs.find((run) => run.id === id) ?? (id === DEFAULT_RUN.id ? DEFAULT_RUN : undefined);
  if (!existing) return;
  const updated = { ...createRun(input, id, new Date(existing.createdAt)) };
  const current = releases.currentId;
  const next = upsertRun(releases, updated);
  $releases.set(current === undefined || current === id ? next : { ...next, currentId: current });
}

export function switchRun(id: string): void {
  $releases.set({ ...$releases.get(), currentId: id });
}

export function deleteRun(id: string): void {
  $releases.set(removeRun($releases.get(), id));
}

/** Put a deleted run back where it was in the list. */
export function undeleteRun(run: ReleaseRun, index: number, wasCurrent: boolean): void {
  $releases.set(reinsertRun($releases.get(), run, index, wasCurrent));
}
