import { Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import { withOverride } from '../../../lib/checklist/checklist-order.ts';
import {
  checklistProgress,
  type Checklists,
  type ChecklistState,
  describeProgress,
  effectiveState,
} from '../../../lib/checklist/checklist-state.ts';
import { describeItemState } from '../../../lib/item-state/describe.ts';
import {
  type ItemState,
  markNotApplicable,
  setNote,
  tick,
  untick,
} from '../../../lib/item-state/item-state.ts';
import { NOBODY } from '../../../lib/identity/identity.ts';
import { markdownFileName } from '../../../lib/markdown/markdown-file-name.ts';
import { currentRun, NO_RUNS, UNSTARTED_RUN } from '../../../lib/releases/release-run.ts';
import { $checklists, replaceChecklist, updateItem } from '../../../stores/checklists.ts';
import { $identity } from '../../../stores/identity.ts';
import { $releases, ensureCurrentRunSaved } from '../../../stores/releases.ts';
import { checklistHistory } from '../../../lib/team/history-text.ts';
import { $itemHistories, isShared, signNowHere } from '../../../stores/team.ts';
import { CurrentRunBar } from '../common/CurrentRunBar.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { GitHubHandOff, GitHubIssueLink } from '../common/GitHubHandOff.tsx';
import { REPO_URL } from '../common/repository-address.ts';
import { IdentityBar } from '../common/IdentityBar.tsx';
import { ItemHistory } from '../common/ItemHistory.tsx';
import { ReadOnlyLine, useReadOnlyWork } from '../common/ReadOnlyLine.tsx';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { UndoBar, type UndoableChange } from '../common/UndoBar.tsx';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { useHydratedStore, useMounted } from '../common/use-hydrated-store.ts';
import type { ChecklistDialog } from './ChecklistDialogs.tsx';
import { lazyView, usePreloadWhenIdle } from '../common/lazy-view.ts';
import { ChecklistProgress } from './ChecklistProgress.tsx';
import { ChecklistRow } from './ChecklistRow.tsx';
import { useRoleFilter } from './use-role-filter.ts';
import type { ChecklistIslandProps } from './checklist-props.ts';

import { useTickQuestions } from './use-tick-questions.ts';

// The dialogs (reason, note, reset, the questions a tick asks) load when the page is idle, apart from
// its first code; the controls that open them wait for them, so a field is there the moment it opens.
const dialogsView = lazyView(() =>
  import('./ChecklistDialogs.tsx').then((module) => module.ChecklistDialogs),
);
const { View: ChecklistDialogs } = dialogsView;

const NO_STATES: Checklists = {};

/**
 * A checklist as a runbook for the current release run: tick (signed and timed), N/A with a reason,
 * notes, filter to my items, export, reset with undo. The server renders every item, readable without
 * JavaScript; the controls work once the page runs.
 */
export function ChecklistIsland({ checklist, roles, requires }: ChecklistIslandProps) {
  const releases = useHydratedStore($releases, NO_RUNS);
  const allStates = useHydratedStore($checklists, NO_STATES);
  const identity = useHydratedStore($identity, NOBODY);
  const mounted = useMounted();
  const dialogsReady = usePreloadWhenIdle(dialogsView);
  const [dialog, setDialog] = useState<ChecklistDialog>();
  const [undo, setUndo] = useState<UndoableChange | undefined>();
  const baseId = useId();
  // After a change that can be undone focus goes to Undo (a dialog's change), after undoing back to where it was made.
  const focusAfterRender = useFocusAfterRender();
  const resetButton = useRef<HTMLButtonElement>(null);
  // Work stored under the run an earlier version made up becomes that run (a one-time step, loaded later).
  useEffect(
    () =>
      void import('../../../stores/legacy-run.ts').then((module) => module.keepLegacyDefaultRun()),
    [],
  );
  const undoButton = useRef<HTMLButtonElement>(null);

  // Before anyone starts a run the page shows open items; a change asks which release it is for.
  const run = currentRun(releases) ?? UNSTARTED_RUN;
  const readOnly = useReadOnlyWork('runs', run === UNSTARTED_RUN ? undefined : run.id);
  const editable = mounted && dialogsReady && !readOnly;
  const states = allStates[run.id]?.[checklist.id] ?? {};
  const progress = checklistProgress(checklist.items, states, run);
  const myRole = roles.find((role) => role.id === identity.roleId);
  const { onlyMine, filtered, setOnlyMine } = useRoleFilter(checklist.items, roles, myRole);
  const roleName = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);
  const checkboxId = (item: ChecklistItem) => `${baseId}-${item.id}`;
  const checklistName = checklist.title.toLowerCase();
  // Times are relative to now, which the server cannot know: shown once the page runs.
  const now = mounted ? new Date() : undefined;

  /** Applies a change to an item of the current run (saved first if it was only shown) and returns that run's id. */
  function change(
    item: ChecklistItem,
    transition: (state: ItemState | undefined) => ItemState,
  ): string {
    const saved = ensureCurrentRunSaved();
    updateItem(saved.id, checklist.id, item.id, transition);
    setUndo(undefined);
    return saved.id;
  }
  // Read at the moment of the change: a name given in the tick's question signs that very tick.
  const signature = () => signNowHere($identity.get(), roles);
  const { withRun, askThenTick, answers } = useTickQuestions({
    checklist,
    requires,
    dialog,
    setDialog,
    signature,
    tickNow,
  });

  /** A tick, with what was still open if it was made ahead of what it waits for. */
  function tickNow(item: ChecklistItem, open: string[]) {
    const before = states[item.id];
    const runId = change(item, (state) => withOverride(tick(state, signature()), open));
    // Ticking an item marked N/A replaces its reason: it can be had back.
    if (before?.status === 'na') {
      setUndo({
        message: `Marked done: ${item.text} (it was N/A: ${before.reason ?? 'no reason given'}).`,
        undo: () => updateItem(runId, checklist.id, item.id, () => before),
        focus: { current: document.getElementById(checkboxId(item)) },
      });
    }
  }

  // The serialiser loads on first export; a shared run's export carries each item's sign-off history.
  async function checklistMarkdown() {
    const { exportChecklistMarkdown } =
      await import('../../../lib/checklist/checklist-markdown.ts');
    const shared = import.meta.env.SYNC_URL && isShared('runs', run.id);
    const history = shared
      ? checklistHistory(
          $itemHistories.get()[`run:${run.id}`],
          checklist.id,
          checklist.items.map((item) => item.id),
        )
      : undefined;
    return exportChecklistMarkdown(
      { title: checklist.title, items: checklist.items, states, history },
      run,
      new Date(),
    );
  }

  function reset() {
    const runId = run.id;
    setUndo({
      message: `The ${checklistName} was reset.`,
      undo: () => replaceChecklist(runId, checklist.id, states),
      focus: resetButton,
    });
    replaceChecklist(runId, checklist.id, {});
    setDialog(undefined);
    focusAfterRender(undoButton);
  }

  const requiredProgress =
    requires && checklistProgress(requires.items, allStates[run.id]?.[requires.id], run);

  return (
    <section className="checklist" aria-label={checklist.title} data-checklist={checklist.id}>
      <div className="checklist-tools needs-js" data-pagefind-ignore>
        <StorageNotices />
        <CurrentRunBar />
        <IdentityBar
          roles={roles}
          viewing={import.meta.env.SYNC_URL ? `run:${run.id}` : undefined}
        />
        <ReadOnlyLine readOnly={readOnly} />
        {requires && requiredProgress && (
          <p
            className={`requires ${requiredProgress.complete ? 'requires-complete' : 'requires-open'}`}
          >
            <a href={requires.href}>{requires.title}</a>:{' '}
            {requiredProgress.complete
              ? `complete (${describeProgress(requiredProgress)}).`
              : `not complete yet: ${describeProgress(requiredProgress)}, ${requiredProgress.open} open.`}
          </p>
        )}
      </div>

      {checklist.ownerLine && (
        <p className="owner-line">
          <em>{checklist.ownerLine}</em>
        </p>
      )}

      <ChecklistProgress
        progress={progress}
        myRole={myRole}
        onlyMine={onlyMine}
        filtered={filtered}
        onOnlyMineChange={setOnlyMine}
      />

      <ul className="checklist-items">
        {checklist.items.map((item) => (
          <ChecklistRow
            key={item.id}
            item={item}
            state={effectiveState(item, states[item.id], run)}
            checkboxId={checkboxId(item)}
            roleName={roleName}
            hidden={!filtered.shown.includes(item)}
            mounted={editable}
            now={now}
            onToggle={(checked) =>
              checked ? askThenTick(item) : change(item, (state) => untick(state, signature()))
            }
            onUndoNotApplicable={() => change(item, (state) => untick(state, signature()))}
            onMarkNotApplicable={() => withRun(() => setDialog({ kind: 'na', item }))}
            onEditNote={() => withRun(() => setDialog({ kind: 'note', item }))}
            history={
              import.meta.env.SYNC_URL ? (
                <ItemHistory documentName={`run:${run.id}`} list={checklist.id} item={item.id} />
              ) : undefined
            }
          />
        ))}
      </ul>

      <div className="checklist-footer needs-js" data-pagefind-ignore>
        <ExportButtons
          label={checklistName}
          fileName={markdownFileName(checklist.title, run.version)}
          getMarkdown={checklistMarkdown}
        />
        {REPO_URL ? (
          <GitHubHandOff action="Open as GitHub issue">
            <GitHubIssueLink
              watch={states}
              issues={async () => [
                { title: `${checklist.title} · ${run.version}`, body: await checklistMarkdown() },
              ]}
            />
          </GitHubHandOff>
        ) : null}
        <button
          ref={resetButton}
          type="button"
          className="button button-danger"
          disabled={!editable}
          onClick={() => setDialog({ kind: 'reset' })}
        >
          Reset checklist
        </button>
        <UndoBar
          message={undo?.message}
          onUndo={() => {
            undo?.undo();
            setUndo(undefined);
            if (undo) focusAfterRender(undo.focus);
          }}
          undoButton={undoButton}
        />
      </div>

      <Suspense fallback={null}>
        <ChecklistDialogs
          dialog={dialog}
          checklistName={checklistName}
          version={run.version}
          note={dialog?.kind === 'note' ? (states[dialog.item.id]?.note ?? '') : ''}
          roles={roles}
          runs={releases.runs}
          {...answers}
          onNotApplicable={(item, reason) => {
            change(item, (state) => markNotApplicable(state, reason, signature()));
            setDialog(undefined);
          }}
          onNote={(item, note) => {
            change(item, (state) => setNote(state, note, signature()));
            setDialog(undefined);
          }}
          onReset={reset}
          onClose={() => setDialog(undefined)}
        />
      </Suspense>
    </section>
  );
}
