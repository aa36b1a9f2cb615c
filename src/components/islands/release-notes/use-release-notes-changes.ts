// Every change made to a run's release notes, in one place: typing, an import of changes, clearing
// the draft (asked first), with the Undo of the last two; and which fields show their messages
// (once left, or all of them once an export was asked for).
import { useRef, useState, type RefObject } from 'react';
import type { AppliedImport } from '../../../lib/release-notes/changes/apply-import.ts';
import type { ImportTargets } from '../../../lib/release-notes/import-targets.ts';
import {
  undoOfClear,
  undoOfImport,
  type NotesUndo,
} from '../../../lib/release-notes/notes-undo.ts';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import type { ReleaseRun, ReleaseType } from '../../../lib/releases/release-run.ts';
import { replaceNotesDraft } from '../../../stores/release-notes.ts';
import { currentOrUnstartedRun } from '../../../stores/releases.ts';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';

interface Options {
  /** The run on screen (the unstarted run before any). */
  run: ReleaseRun;
  /** The draft shown (saved, or prefilled), and the saved one. */
  draft: ReleaseNotesDraft;
  saved: ReleaseNotesDraft | undefined;
  targets: ImportTargets | undefined;
}

export function useReleaseNotesChanges({ run, draft, saved, targets }: Options) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checkAll, setCheckAll] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [undo, setUndo] = useState<NotesUndo & { focus: RefObject<HTMLButtonElement | null> }>();
  const [suggestedBump, setSuggestedBump] = useState<ReleaseType | undefined>();
  // After clearing, focus goes to Undo; after undoing, back to Clear draft (the button that vanished or was disabled).
  const focusAfterRender = useFocusAfterRender();
  const undoButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);

  function change(field: NotesField, value: string) {
    replaceNotesDraft(currentOrUnstartedRun().id, { ...draft, [field.id]: value });
    setUndo(undefined);
  }

  function clear() {
    const undoClear = undoOfClear(run.id, saved);
    if (undoClear) setUndo({ ...undoClear, focus: clearButton });
    replaceNotesDraft(run.id, undefined);
    setTouched(new Set());
    setCheckAll(false);
    setConfirmClear(false);
    focusAfterRender(undoButton);
  }

  function applyImport(applied: AppliedImport) {
    const runId = currentOrUnstartedRun().id;
    replaceNotesDraft(runId, applied.draft);
    const undoImport = undoOfImport(runId, saved, applied, targets?.migration?.title);
    setUndo({ ...undoImport, focus: importButton });
    setSuggestedBump(applied.bump);
  }

  return {
    change,
    /** Whether a field shows its error: once left, or once an export was asked for. */
    showError: (field: NotesField) => checkAll || touched.has(field.id),
    leave: (field: NotesField) =>
      setTouched((before) => (before.has(field.id) ? before : new Set(before).add(field.id))),
    /** An export was asked for: every field shows its messages. */
    checkAll,
    exportAsked: () => setCheckAll(true),
    suggestedBump,
    importButton,
    applyImport,
    clearButton,
    confirmClear,
    askClear: () => setConfirmClear(true),
    cancelClear: () => setConfirmClear(false),
    clear,
    undoBar: {
      message: undo?.message,
      undoButton,
      onUndo: () => {
        if (!undo) return;
        replaceNotesDraft(undo.runId, undo.draft);
        setUndo(undefined);
        focusAfterRender(undo.focus);
      },
    },
  };
}
