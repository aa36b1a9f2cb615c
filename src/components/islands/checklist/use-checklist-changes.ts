// Every change a checklist's reader makes, in one place: ticks (after the questions a tick may ask),
// N/A, notes and reset, each signed when it is made, and the Undo of those that lose something. The
// island renders the rows and dialogs and hands them what this returns.
import { useEffect, useRef, useState } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import { withOverride } from '../../../lib/checklist/checklist-order.ts';
import type { ChecklistState } from '../../../lib/checklist/checklist-state.ts';
import { undoOfReset, undoOfTick } from '../../../lib/checklist/checklist-undo.ts';
import {
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ItemState,
} from '../../../lib/item-state/item-state.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { replaceChecklist, updateItem } from '../../../stores/checklists.ts';
import { currentOrUnstartedRun } from '../../../stores/releases.ts';
import type { UndoableChange } from '../common/UndoBar.tsx';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { useSignature } from '../common/use-signature.ts';
import type { ChecklistDialog } from './ChecklistDialogs.tsx';
import type { ChecklistDefinitionProps, RequiredChecklistProps } from './checklist-props.ts';
import { useTickQuestions } from './use-tick-questions.ts';

interface Options {
  checklist: ChecklistDefinitionProps;
  requires: RequiredChecklistProps | undefined;
  roles: readonly Role[];
  /** The run on screen (the unstarted run before any) and the checklist's states in it. */
  run: ReleaseRun;
  states: ChecklistState;
  /** The id of an item's checkbox, where focus goes back when a tick is undone. */
  checkboxId: (item: ChecklistItem) => string;
}

export function useChecklistChanges({
  checklist,
  requires,
  roles,
  run,
  states,
  checkboxId,
}: Options) {
  const signature = useSignature(roles);
  const [dialog, setDialog] = useState<ChecklistDialog>();
  const [undo, setUndo] = useState<UndoableChange | undefined>();
  // After a change that can be undone focus goes to Undo (a dialog's change), after undoing back to where it was made.
  const focusAfterRender = useFocusAfterRender();
  const undoButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const closeDialog = () => setDialog(undefined);
  // Work stored under the run an earlier version made up becomes that run (a one-time step, loaded later).
  useEffect(
    () =>
      void import('../../../stores/legacy-run.ts').then((module) => module.keepLegacyDefaultRun()),
    [],
  );

  /** Applies a change to an item of the current run and returns that run's id. */
  function change(
    item: ChecklistItem,
    transition: (state: ItemState | undefined) => ItemState,
  ): string {
    const runId = currentOrUnstartedRun().id;
    updateItem(runId, checklist.id, item.id, transition);
    setUndo(undefined);
    return runId;
  }

  /** A tick, with what was still open if it was made ahead of what it waits for. */
  function tickNow(item: ChecklistItem, open: string[]) {
    const undoTick = undoOfTick(item.text, states[item.id]);
    const runId = change(item, (state) => withOverride(tick(state, signature()), open));
    if (undoTick)
      setUndo({
        message: undoTick.message,
        undo: () => updateItem(runId, checklist.id, item.id, () => undoTick.state),
        focus: { current: document.getElementById(checkboxId(item)) },
      });
  }

  const { withRun, askThenTick, answers } = useTickQuestions({
    checklist,
    requires,
    dialog,
    setDialog,
    signature,
    tickNow,
  });
  const reopen = (item: ChecklistItem) => change(item, (state) => untick(state, signature()));

  function reset() {
    const runId = run.id;
    const undoReset = undoOfReset(checklist.title.toLowerCase(), states);
    setUndo({
      message: undoReset.message,
      undo: () => replaceChecklist(runId, checklist.id, undoReset.states),
      focus: resetButton,
    });
    replaceChecklist(runId, checklist.id, {});
    closeDialog();
    focusAfterRender(undoButton);
  }

  return {
    /** What a row's controls do. */
    rowActions: (item: ChecklistItem) => ({
      onToggle: (checked: boolean) => (checked ? askThenTick(item) : reopen(item)),
      onUndoNotApplicable: () => reopen(item),
      onMarkNotApplicable: () => withRun(() => setDialog({ kind: 'na', item })),
      onEditNote: () => withRun(() => setDialog({ kind: 'note', item })),
    }),
    /** What the dialogs show, and what their answers do. */
    dialogProps: {
      dialog,
      checklistName: checklist.title.toLowerCase(),
      version: run.version,
      note: dialog?.kind === 'note' ? (states[dialog.item.id]?.note ?? '') : '',
      roles,
      ...answers,
      onNotApplicable: (item: ChecklistItem, reason: string) => {
        change(item, (state) => markNotApplicable(state, reason, signature()));
        closeDialog();
      },
      onNote: (item: ChecklistItem, note: string) => {
        change(item, (state) => setNote(state, note, signature()));
        closeDialog();
      },
      onReset: reset,
      onClose: closeDialog,
    },
    /** The checklist's Markdown in the run, for Export and the GitHub issue (its code loads then). */
    getMarkdown: () =>
      import('./checklist-export.ts').then((module) =>
        module.checklistMarkdown(checklist, states, run),
      ),
    askReset: () => setDialog({ kind: 'reset' }),
    resetButton,
    /** The Undo bar's message and action. */
    undoBar: {
      message: undo?.message,
      undoButton,
      onUndo: () => {
        undo?.undo();
        setUndo(undefined);
        if (undo) focusAfterRender(undo.focus);
      },
    },
  };
}
