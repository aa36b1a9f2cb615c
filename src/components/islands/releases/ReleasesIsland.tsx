import type { Checklists } from '../../../lib/checklist/checklist-state.ts';
import type { ReleaseNotesDrafts } from '../../../lib/release-notes/release-notes-draft.ts';
import { currentRun, describeRun, NO_RUNS } from '../../../lib/releases/release-run.ts';
import { $checklists } from '../../../stores/checklists.ts';
import { $releaseNotes } from '../../../stores/release-notes.ts';
import { $releases } from '../../../stores/releases.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { Modal } from '../common/Modal.tsx';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { TeamBar } from '../common/TeamBar.tsx';
import { UndoBar } from '../common/UndoBar.tsx';
import { useHydratedStore, useMounted } from '../common/use-hydrated-store.ts';
import { BackupPanel } from './BackupPanel.tsx';
import type { ReleasesIslandProps } from './releases-props.ts';
import { RunCard } from './RunCard.tsx';
import { RunForm } from './RunForm.tsx';
import { useReleasesChanges } from './use-releases-changes.ts';

const NO_STATES: Checklists = {};
const NO_NOTES: ReleaseNotesDrafts = {};

/** The release runs kept in this browser: progress, switch, edit, export, delete (with undo), backup and restore. */
export function ReleasesIsland(props: ReleasesIslandProps) {
  const { checklists, notes } = props;
  const releases = useHydratedStore($releases, NO_RUNS);
  const states = useHydratedStore($checklists, NO_STATES);
  const drafts = useHydratedStore($releaseNotes, NO_NOTES);
  const mounted = useMounted();
  const { newRunButton, undoBar, dialog, deleting, ...changes } = useReleasesChanges();
  const current = currentRun(releases);

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
          onClick={changes.askNew}
        >
          New release run
        </button>
      </div>
      <UndoBar {...undoBar} />
      {releases.runs.length === 0 ? (
        <p className="releases-empty">
          No release runs in this browser yet. Tick an item of a checklist and a first run is
          created, or start one with “New release run”.
        </p>
      ) : (
        <ul className="run-list">
          {[...releases.runs].reverse().map((run) => (
            <RunCard
              key={run.id}
              {...props}
              {...{ run, states, drafts }}
              current={run.id === current?.id}
              onEdit={() => changes.askEdit(run)}
              onDownload={() =>
                void import('./run-export.ts').then((module) =>
                  module.downloadRunMarkdown(run, props, states, drafts),
                )
              }
              onDelete={() => changes.askDelete(run)}
            />
          ))}
        </ul>
      )}

      <BackupPanel
        labels={{ checklists, notesFields: notes?.fields ?? [] }}
        onRestored={changes.restored}
      />

      <Modal
        title={dialog?.kind === 'edit' ? 'Edit release run' : 'New release run'}
        open={dialog?.kind === 'new' || dialog?.kind === 'edit'}
        onClose={changes.closeDialog}
      >
        <RunForm
          run={dialog?.kind === 'edit' ? dialog.run : undefined}
          others={releases.runs}
          onCancel={changes.closeDialog}
          onSubmit={changes.submitRun}
        />
      </Modal>
      <ConfirmDialog
        title="Delete release run?"
        open={deleting !== undefined}
        confirmLabel="Delete"
        tone="danger"
        onConfirm={() => deleting && changes.remove(deleting)}
        onCancel={changes.closeDialog}
      >
        <p>
          {deleting && describeRun(deleting)} is deleted from this browser, with its checklist
          progress and release notes draft. You can undo this right after.
        </p>
      </ConfirmDialog>
    </div>
  );
}
