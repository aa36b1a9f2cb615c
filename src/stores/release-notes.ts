// Release-notes drafts, kept per release run, and the only way a draft changes.
import {
  releaseNotesCodec,
  type ReleaseNotesDraft,
  type ReleaseNotesDrafts,
} from '../lib/release-notes/release-notes-draft.ts';
import { withEntry } from '../lib/team/team-mirror.ts';
import type { ReadableAtom } from 'nanostores';
import { persistentDocument } from './storage.ts';
import { routeToTeam } from './team.ts';

export const releaseNotesDocument = persistentDocument('release-notes', releaseNotesCodec);

/** Release notes drafts by release run. Read-only: drafts change through `replaceNotesDraft`. */
export const $releaseNotes: ReadableAtom<ReleaseNotesDrafts> = releaseNotesDocument.store;

/** Replace one run's draft; `undefined` removes it (clear, undo, the run deleted). */
export function replaceNotesDraft(runId: string, draft: ReleaseNotesDraft | undefined): void {
  if (
    import.meta.env.SYNC_URL &&
    routeToTeam('runs', runId, (team) => team.replaceNotesDraft(runId, draft))
  )
    return;
  const { [runId]: _old, ...others } = $releaseNotes.get();
  releaseNotesDocument.store.set(draft ? { ...others, [runId]: draft } : others);
}

/** One shared run's draft as its team document holds it; made here, never routed back to the team. */
export function followTeamNotesDraft(runId: string, draft: ReleaseNotesDraft | undefined): void {
  if (JSON.stringify($releaseNotes.get()[runId]) === JSON.stringify(draft)) return;
  releaseNotesDocument.store.set(withEntry($releaseNotes.get(), runId, draft));
}
