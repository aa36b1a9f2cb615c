// Every change made from the releases page, in one place: a run created, edited or deleted (asked
// first), a backup restored, and the Undo of a deletion or a restore, with where the focus goes.
import { useEffect, useRef, useState } from 'react';
import { describeRun, type ReleaseRun, type RunInput } from '../../../lib/releases/release-run.ts';
import { deleteReleaseRun, undoRunDeletion } from '../../../stores/release-run-changes.ts';
import { createReleaseRun, updateReleaseRun } from '../../../stores/releases.ts';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';

export type RunDialog = { kind: 'new' } | { kind: 'edit' | 'delete'; run: ReleaseRun } | undefined;

export function useReleasesChanges() {
  const [dialog, setDialog] = useState<RunDialog>();
  const [undo, setUndo] = useState<{ message: string; apply: () => void } | undefined>();
  // The Delete button that was used is gone with its run: focus goes to Undo, and after undoing to
  // "New release run".
  const focusAfterRender = useFocusAfterRender();
  const undoButton = useRef<HTMLButtonElement>(null);
  const newRunButton = useRef<HTMLButtonElement>(null);
  const closeDialog = () => setDialog(undefined);
  // Work stored under the run an earlier version made up becomes that run (a one-time step, loaded later).
  useEffect(
    () =>
      void import('../../../stores/legacy-run.ts').then((module) => module.keepLegacyDefaultRun()),
    [],
  );

  function remove(run: ReleaseRun) {
    // Undo puts back this run alone, so that it cannot revert work done since (here or in another tab).
    const deleted = deleteReleaseRun(run.id);
    if (deleted)
      setUndo({
        message: `Deleted ${describeRun(deleted.run)}.`,
        apply: () => undoRunDeletion(deleted),
      });
    closeDialog();
    focusAfterRender(undoButton);
  }

  return {
    dialog,
    closeDialog,
    askNew: () => setDialog({ kind: 'new' }),
    askEdit: (run: ReleaseRun) => setDialog({ kind: 'edit', run }),
    askDelete: (run: ReleaseRun) => setDialog({ kind: 'delete', run }),
    newRunButton,
    /** The run form's answer: the run edited, or a new one. */
    submitRun: (input: RunInput) => {
      if (dialog?.kind === 'edit') updateReleaseRun(dialog.run.id, input);
      else createReleaseRun(input);
      closeDialog();
    },
    /** The run being asked about in the delete question. */
    deleting: dialog?.kind === 'delete' ? dialog.run : undefined,
    remove,
    /** A restore's Undo (none when the restore was shared with the team). */
    restored: (undoRestore: (() => void) | undefined, message: string) =>
      setUndo(undoRestore && { message, apply: undoRestore }),
    undoBar: {
      message: undo?.message,
      undoButton,
      onUndo: () => {
        undo?.apply();
        setUndo(undefined);
        focusAfterRender(newRunButton);
      },
    },
  };
}
