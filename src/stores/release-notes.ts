// Release-notes drafts, kept per release run, and the only way a draft changes.
import { releaseNotesCodec, type ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import { persistentDocument } from './storage.ts';

export const releaseNotesDocument = persistentDocument('release-notes', releaseNotesCodec);

/** Release notes drafts by release run. */
export const $releaseNotes = releaseNotesDocument.store;

/** Replace one run's draft; `undefined` removes it (clear, undo, the run deleted). */
export function replaceNotesDraft(runId: string, draft: ReleaseNotesDraft | undefined): void {
  const { [runId]: _old, ...others } = $releaseNotes.get();
  $releaseNotes.set(draft ? { ...others, [runId]: draft } : others);
}
