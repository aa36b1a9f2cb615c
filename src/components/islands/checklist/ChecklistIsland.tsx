import { Suspense, useId, useMemo } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import {
  checklistProgress,
  type Checklists,
  effectiveState,
} from '../../../lib/checklist/checklist-state.ts';
import { NOBODY } from '../../../lib/identity/identity.ts';
import { markdownFileName } from '../../../lib/markdown/markdown-file-name.ts';
import { currentRun, NO_RUNS, UNSTARTED_RUN } from '../../../lib/releases/release-run.ts';
import { runDocumentName } from '../../../lib/team/team-documents.ts';
import { $checklists } from '../../../stores/checklists.ts';
import { $identity } from '../../../stores/identity.ts';
import { $releases } from '../../../stores/releases.ts';
import { CurrentRunBar } from '../common/CurrentRunBar.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { GitHubHandOff, GitHubIssueLink } from '../common/GitHubHandOff.tsx';
import { IdentityBar } from '../common/IdentityBar.tsx';
import { ItemHistory } from '../common/ItemHistory.tsx';
import { lazyView, usePreloadWhenIdle } from '../common/lazy-view.ts';
import { ReadOnlyLine, useReadOnlyWork } from '../common/ReadOnlyLine.tsx';
import { REPO_URL } from '../common/repository-address.ts';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { UndoBar } from '../common/UndoBar.tsx';
import { useHydratedStore, useMounted, useNow } from '../common/use-hydrated-store.ts';
import type { ChecklistIslandProps } from './checklist-props.ts';
import { ChecklistProgress } from './ChecklistProgress.tsx';
import { ChecklistRow } from './ChecklistRow.tsx';
import { RequiredProgress } from './RequiredProgress.tsx';
import { useChecklistChanges } from './use-checklist-changes.ts';
import { useRoleFilter } from './use-role-filter.ts';

// The dialogs (reason, note, reset, the questions a tick asks) load when the page is idle, apart from
// its first code; the controls that open them wait for them, so a field is there the moment it opens.
const ChecklistDialogs = lazyView(() =>
  import('./ChecklistDialogs.tsx').then((module) => module.ChecklistDialogs),
);

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
  const now = useNow();
  const dialogsReady = usePreloadWhenIdle(ChecklistDialogs);
  const baseId = useId();
  const checkboxId = (item: ChecklistItem) => `${baseId}-${item.id}`;

  // Before anyone starts a run the page shows open items; a change asks which release it is for.
  const run = currentRun(releases) ?? UNSTARTED_RUN;
  const readOnly = useReadOnlyWork('runs', run === UNSTARTED_RUN ? undefined : run.id);
  const editable = mounted && dialogsReady && !readOnly;
  const states = allStates[run.id]?.[checklist.id] ?? {};
  const options = { checklist, requires, roles, run, states, checkboxId };
  const { dialogProps, rowActions, getMarkdown, askReset, resetButton, undoBar } =
    useChecklistChanges(options);
  const mine = useRoleFilter(checklist.items, roles, identity);
  // Team mode: the run's shared document, for presence and each item's sign-off history.
  const teamDocument = import.meta.env.SYNC_URL ? runDocumentName(run.id) : undefined;
  const roleName = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);

  return (
    <section className="checklist" aria-label={checklist.title} data-checklist={checklist.id}>
      <div className="checklist-tools needs-js" data-pagefind-ignore>
        <StorageNotices />
        <CurrentRunBar />
        <IdentityBar roles={roles} viewing={teamDocument} />
        <ReadOnlyLine readOnly={readOnly} />
        {requires && <RequiredProgress requires={requires} run={run} allStates={allStates} />}
      </div>

      {checklist.ownerLine && (
        <p className="owner-line">
          <em>{checklist.ownerLine}</em>
        </p>
      )}

      <ChecklistProgress
        progress={checklistProgress(checklist.items, states, run)}
        myRole={mine.myRole}
        onlyMine={mine.onlyMine}
        filtered={mine.filtered}
        onOnlyMineChange={mine.setOnlyMine}
      />

      <ul className="checklist-items">
        {checklist.items.map((item) => (
          <ChecklistRow
            key={item.id}
            item={item}
            state={effectiveState(item, states[item.id], run)}
            checkboxId={checkboxId(item)}
            roleName={roleName}
            hidden={!mine.filtered.shown.includes(item)}
            mounted={editable}
            now={now}
            {...rowActions(item)}
            history={
              teamDocument && (
                <ItemHistory documentName={teamDocument} list={checklist.id} item={item.id} />
              )
            }
          />
        ))}
      </ul>

      <div className="checklist-footer needs-js" data-pagefind-ignore>
        <ExportButtons
          label={checklist.title.toLowerCase()}
          fileName={markdownFileName(checklist.title, run.version)}
          getMarkdown={getMarkdown}
        />
        {REPO_URL ? (
          <GitHubHandOff action="Open as GitHub issue">
            <GitHubIssueLink
              watch={states}
              issues={async () => [
                { title: `${checklist.title} · ${run.version}`, body: await getMarkdown() },
              ]}
            />
          </GitHubHandOff>
        ) : null}
        <button
          ref={resetButton}
          type="button"
          className="button button-danger"
          disabled={!editable}
          onClick={askReset}
        >
          Reset checklist
        </button>
        <UndoBar {...undoBar} />
      </div>

      <Suspense fallback={null}>
        <ChecklistDialogs runs={releases.runs} {...dialogProps} />
      </Suspense>
    </section>
  );
}
