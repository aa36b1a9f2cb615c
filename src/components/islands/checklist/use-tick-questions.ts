// What a tick may need before it is made: a release run to hold it (asked, never invented), a
// name to sign it (or the choice of none), and a go-ahead when it is ahead of what the item waits
// for. Kept apart from the island so that it reads as the order in which the questions come.
import { useRef } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import { openPrerequisites } from '../../../lib/checklist/checklist-order.ts';
import { currentRun, type ReleaseRun, type RunInput } from '../../../lib/releases/release-run.ts';
import type { Signature } from '../../../lib/item-state/item-state.ts';
import { $checklists } from '../../../stores/checklists.ts';
import { saveIdentity } from '../../../stores/identity.ts';
import { $releases, createReleaseRun } from '../../../stores/releases.ts';
import type { ChecklistDialog } from './ChecklistDialogs.tsx';
import type { ChecklistDefinitionProps, RequiredChecklistProps } from './checklist-props.ts';

interface Options {
  checklist: ChecklistDefinitionProps;
  requires: RequiredChecklistProps | undefined;
  dialog: ChecklistDialog;
  setDialog: (dialog: ChecklistDialog) => void;
  signature: () => Signature;
  /** Makes the tick, with what was still open when it was made ahead of it. */
  tickNow: (item: ChecklistItem, open: string[]) => void;
}

export function useTickQuestions({
  checklist,
  requires,
  dialog,
  setDialog,
  signature,
  tickNow,
}: Options) {
  // "Tick without a name", once chosen, holds for this page.
  const unsignedChosen = useRef(false);

  /** Goes on to `next` once a run exists; before any, asks which release the work is for. */
  function withRun(next: (run: ReleaseRun) => void) {
    const existing = currentRun($releases.get());
    if (existing) next(existing);
    else setDialog({ kind: 'start', then: next });
  }

  /** Each question in turn, then the tick. `goAhead`: what was open when the person chose to tick anyway. */
  function askThenTick(item: ChecklistItem, goAhead?: string[]) {
    withRun((run) => {
      if (!signature().by && !unsignedChosen.current) return setDialog({ kind: 'sign', item });
      const progress = $checklists.get()[run.id] ?? {};
      const waited = requires ? [{ ...requires, states: progress[requires.id] }] : [];
      const open =
        goAhead ??
        openPrerequisites(
          checklist.waits?.[item.id],
          checklist.items,
          progress[checklist.id] ?? {},
          waited,
          run,
        );
      if (open.length > 0 && !goAhead) return setDialog({ kind: 'order', item, open });
      setDialog(undefined);
      tickNow(item, open);
    });
  }

  const answers = {
    onStartRun: (input: RunInput) => {
      if (dialog?.kind === 'start') dialog.then(createReleaseRun(input));
    },
    onSign: (item: ChecklistItem, name: string, roleId: string) => {
      saveIdentity(name, roleId);
      askThenTick(item);
    },
    onTickUnsigned: (item: ChecklistItem) => {
      unsignedChosen.current = true;
      askThenTick(item);
    },
    onTickAnyway: askThenTick,
  };
  return { withRun, askThenTick, answers };
}
