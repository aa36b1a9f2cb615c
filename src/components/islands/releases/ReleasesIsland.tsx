import { useEffect, useRef, useState } from 'react';
import {
  checklistProgress,
  describeProgress,
  type Checklists,
} from '../../../lib/checklist/checklist-state.ts';
import { markdownFileName } from '../../../lib/markdown/markdown-file-name.ts';
import {
  currentRun,
  describeRun,
  NO_RUNS,
  type ReleaseRun,
} from '../../../lib/releases/release-run.ts';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { $checklists } from '../../../stores/checklists.ts';
import { $releaseNotes } from '../../../stores/release-notes.ts';
import {
  $releases,
  createReleaseRun,
  switchRun,
  updateReleaseRun,
} from '../../../stores/releases.ts';
import { deleteReleaseRun, undoRunDeletion } from '../../../stores/release-run-changes.ts';
import { checklistHistory } from '../../../lib/team/history-text.ts';
import { $itemHistories, isShared } from '../../../stores/team.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { ShareRunButton } from './ShareRunButton.tsx';
import { TeamBar } from '../common/TeamBar.tsx';
import { downloadFile } from '../common/file-actions.ts';
import type {
  ChecklistDefinitionProps,
  RequiredChecklistProps,
} from '../checklist/checklist-props.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { Modal } from '../common/Modal.tsx';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { UndoBar } from '../common/UndoBar.tsx';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { useHydratedStore, useMounted } from '../common/use-hydrated-store.ts';
import { RunForm } from './RunForm.tsx';

const NO_STATES: Checklists = {};
const NO_NOTES: Record<string, ReleaseNotesDraft> = {};

interface Props {
  checklists: RequiredChecklistProps[];
  /** The release notes template: a run's notes draft joins its Markdown export. */
  notes?: { fields: NotesField[]; href: string };
}

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; run: ReleaseRun } | undefined;

/** The release runs kept in this browser: progress, switch, edit, export, delete (with undo), backup and restore. */
export function ReleasesIsland({ checklists, notes }: Props) {
  const releases = useHydratedStore($releases, NO_RUNS);
  const states = useHydratedStore($checklists, NO_STATES);
  const drafts = useHydratedStore($releaseNotes, NO_NOTES);
  const [dialog, setDialog] = useState<Dialog>();
  const [undo, setUndo] = useState<{ message: string; apply: () => void } | undefined>();
  const mounted = useMounted();
  useEffect(
    () =>
      void import('../../../stores/legacy-run.ts').then((module) => module.keepLegacyDefaultRun()),
    [],
  );
  // The Delete button that was used is gone with its run: focus goes to Undo, and after undoing to
  // "New release run".
  const focusAfterRender = useFocusAfterRender();
  const undoButton = useRef<HTMLButtonElement>(null);
  const newRunButton = useRef<HTMLButtonElement>(null);
  const current = currentRun(releases);
  const deleting = dialog?.kind === 'delete' ? dialog.run : undefined;

  async function downloadRun(run: ReleaseRun) {
    const [{ exportRunMarkdown }, { releaseNotesNodes }] = await Promise.all([
      import('../../../lib/releases/run-markdown.ts'),
      import('../../../lib/release-notes/release-notes-markdown.ts'),
    ]);
    const draft = drafts[run.id];
    const notesSections = notes && draft ? releaseNotesNodes(notes.fields, draft, 2) : [];
    const histories =
      import.meta.env.SYNC_URL && isShared('runs', run.id)
        ? $itemHistories.get()[`run:${run.id}`]
        : undefined;
    const exports = checklists.map((checklist: ChecklistDefinitionProps) => ({
      title: checklist.title,
      items: checklist.items,
      states: states[run.id]?.[checklist.id],
      // A shared run's export carries each item's sign-off history; a local run's has none.
      history:
        histories &&
        checklistHistory(
          histories,
          checklist.id,
          checklist.items.map((item) => item.id),
        ),
    }));
    downloadFile(
      markdownFileName('release', run.version, run.name ?? ''),
      exportRunMarkdown(run, exports, new Date(), notesSections),
    );
  }

  function remove(run: ReleaseRun) {
    // Undo puts back this run alone, so that it cannot revert work done since (here or in another tab).
    const deleted = deleteReleaseRun(run.id);
    if (deleted)
      setUndo({
        message: `Deleted ${describeRun(deleted.run)}.`,
        apply: () => undoRunDeletion(deleted),
      });
    setDialog(undefined);
    focusAfterRender(undoButton);
  }

  return (
    <div className="releases needs-js">
      <StorageNotices />
      {import.meta.env.SYNC_URL && <TeamBar />}
      <div className="releases-actions">
        <button
          ref={newRunButton}
          type="button"
          className="button button-primary"
          disabled={!mounted}
          onClick={() => setDialog({ kind: 'new' })}
        >
          New release run
        </button>
      </div>
      <UndoBar
        message={undo?.message}
        onUndo={() => {
          undo?.apply();
          setUndo(undefined);
          focusAfterRender(newRunButton);
        }}
        undoButton={undoButton}
      />
      {releases.runs.length === 0 ? (
        <p className="releases-empty">
          No release runs in this browser yet. Tick an item of a checklist and a first run is
          created, or start one with “New release run”.
        </p>
      ) : (
        <ul className="run-list">
          {[...releases.runs].reverse().map((run) => (
            <li
              key={run.id}
              className={`run-card${run.id === current?.id ? ' is-current' : ''}`}
              aria-current={run.id === current?.id ? 'true' : undefined}
            >
              <h2 className="run-title">
                {describeRun(run)}
                {run.id === current?.id && <span className="run-current-badge">Current</span>}
              </h2>
              <ul className="run-progress">
                {checklists.map((checklist) => (
                  <li key={checklist.id}>
                    <a href={checklist.href}>{checklist.title}</a>:{' '}
                    {describeProgress(
                      checklistProgress(checklist.items, states[run.id]?.[checklist.id], run),
                    )}
                  </li>
                ))}
                {notes && (
                  <li>
                    <a href={notes.href}>Release notes</a>:{' '}
                    {drafts[run.id] ? 'draft saved' : 'not started'}
                  </li>
                )}
              </ul>
              <div className="run-actions">
                {run.id !== current?.id && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => switchRun(run.id)}
                    aria-label={`Make current: ${describeRun(run)}`}
                  >
                    Make current
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setDialog({ kind: 'edit', run })}
                  aria-label={`Edit: ${describeRun(run)}`}
                >
                  Edit
                </button>
                {import.meta.env.SYNC_URL && <ShareRunButton run={run} />}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => downloadRun(run)}
                  aria-label={`Download Markdown: ${describeRun(run)}`}
                >
                  Download Markdown
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => setDialog({ kind: 'delete', run })}
                  aria-label={`Delete: ${describeRun(run)}`}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <BackupPanel
        labels={{ checklists, notesFields: notes?.fields ?? [] }}
        onRestored={(undoRestore, message) =>
          setUndo(undoRestore && { message, apply: undoRestore })
        }
      />

      <Modal
        title={dialog?.kind === 'edit' ? 'Edit release run' : 'New release run'}
        open={dialog?.kind === 'new' || dialog?.kind === 'edit'}
        onClose={() => setDialog(undefined)}
      >
        <RunForm
          run={dialog?.kind === 'edit' ? dialog.run : undefined}
          others={releases.runs}
          onCancel={() => setDialog(undefined)}
          onSubmit={(input) => {
            if (dialog?.kind === 'edit') updateReleaseRun(dialog.run.id, input);
            else createReleaseRun(input);
            setDialog(undefined);
          }}
        />
      </Modal>
      <ConfirmDialog
        title="Delete release run?"
        open={deleting !== undefined}
        confirmLabel="Delete"
        tone="danger"
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDialog(undefined)}
      >
        <p>
          {deleting && describeRun(deleting)} is deleted from this browser, with its checklist
          progress and release notes draft. You can undo this right after.
        </p>
      </ConfirmDialog>
    </div>
  );
}
