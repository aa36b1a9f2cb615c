import { releaseNotesCodec, type ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import { persistentDocument } from './storage.ts';

/** Release notes drafts by release run. */
export const $releaseNotes = persistentDocument('release-notes', releaseNotesCodec);

/** Replace one run's draft; `undefined` removes it (clear, undo). */
export function replaceNotesDraft(runId: string, draft: ReleaseNotesDraft | undefined): void {
  const { [runId]: _old, ...others } = $releaseNotes.get();
  $releaseNotes.set(draft ? { ...others, [runId]: draft } : others);
}
