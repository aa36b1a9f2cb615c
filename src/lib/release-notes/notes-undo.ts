// Which release-notes changes can be taken back, what Undo says, and the draft it puts back. Typing
// needs no Undo; clearing the draft and importing changes replace much at once: those two can be
// undone right after.
import type { AppliedImport } from './changes/apply-import.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';

export interface NotesUndo {
  runId: string;
  /** The run's draft before the change (none, when there was none). */
  draft: ReleaseNotesDraft | undefined;
  message: string;
}

/** The Undo of clearing the run's draft; none when nothing was saved (there is nothing to give back). */
export function undoOfClear(
  runId: string,
  saved: ReleaseNotesDraft | undefined,
): NotesUndo | undefined {
  return saved && { runId, draft: saved, message: 'The draft was cleared.' };
}

/** The Undo of an import: the draft as it was, and how many changes went where. */
export function undoOfImport(
  runId: string,
  before: ReleaseNotesDraft | undefined,
  applied: Pick<AppliedImport, 'added' | 'migrationAdded'>,
  migrationTitle: string | undefined,
): NotesUndo {
  const also =
    applied.migrationAdded > 0
      ? ` and ${applied.migrationAdded} to complete in ${migrationTitle}`
      : '';
  const changes = applied.added === 1 ? 'change' : 'changes';
  return { runId, draft: before, message: `Imported ${applied.added} ${changes}${also}.` };
}
