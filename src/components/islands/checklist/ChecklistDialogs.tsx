import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import type { ReleaseRun, RunInput } from '../../../lib/releases/release-run.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { ItemTextForm } from '../common/ItemTextForm.tsx';
import { Modal } from '../common/Modal.tsx';
import { RunForm } from '../releases/RunForm.tsx';
import { SignTickForm } from './SignTickForm.tsx';

export type ChecklistDialog =
  | { kind: 'na' | 'note' | 'sign'; item: ChecklistItem }
  | { kind: 'reset' }
  /** No run yet: which release this work is for, then `then`. */
  | { kind: 'start'; then: (run: ReleaseRun) => void }
  /** A tick ahead of what the item waits for (`open`). */
  | { kind: 'order'; item: ChecklistItem; open: string[] }
  | undefined;

interface Props {
  dialog: ChecklistDialog;
  /** "deployment checklist", for the reset question. */
  checklistName: string;
  version: string;
  /** The note of the item whose note dialog is open. */
  note: string;
  roles: readonly Role[];
  runs: readonly ReleaseRun[];
  onNotApplicable: (item: ChecklistItem, reason: string) => void;
  onNote: (item: ChecklistItem, note: string) => void;
  onReset: () => void;
  onStartRun: (input: RunInput) => void;
  onSign: (item: ChecklistItem, name: string, roleId: string) => void;
  onTickUnsigned: (item: ChecklistItem) => void;
  onTickAnyway: (item: ChecklistItem, open: string[]) => void;
  onClose: () => void;
}

/**
 * The questions a checklist asks: why an item does not apply, an item's note, whether to reset, and
 * what a tick may need first (a run, a name, a go-ahead). The forms are part of the page, not
 * loaded on first open, so what is typed at once is kept.
 */
export function ChecklistDialogs({
  dialog,
  checklistName,
  version,
  note,
  roles,
  runs,
  onClose,
  ...answers
}: Props) {
  const item = dialog && 'item' in dialog ? dialog.item : undefined;
  // A dialog that closes because the next question opened must not close that one too.
  const closeIf = (kind: NonNullable<ChecklistDialog>['kind']) => () => {
    if (dialog?.kind === kind) onClose();
  };
  return (
    <>
      <Modal title="Mark as not applicable" open={dialog?.kind === 'na'} onClose={closeIf('na')}>
        {item && (
          <ItemTextForm
            item={item}
            label="Why does this item not apply?"
            initial=""
            required
            maxLength={2000}
            multiline={false}
            submitLabel="Mark N/A"
            onCancel={onClose}
            onSubmit={(reason) => answers.onNotApplicable(item, reason)}
          />
        )}
      </Modal>
      <Modal title="Note" open={dialog?.kind === 'note'} onClose={closeIf('note')}>
        {item && (
          <ItemTextForm
            item={item}
            label="Note for this item"
            initial={note}
            required={false}
            maxLength={5000}
            multiline
            submitLabel="Save note"
            onCancel={onClose}
            onSubmit={(text) => answers.onNote(item, text)}
          />
        )}
      </Modal>
      <Modal title="Start a release run" open={dialog?.kind === 'start'} onClose={closeIf('start')}>
        <p>Progress is kept per release run, and there is none yet. Which release is this?</p>
        <RunForm others={runs} onCancel={onClose} onSubmit={answers.onStartRun} />
      </Modal>
      <Modal title="Who is ticking?" open={dialog?.kind === 'sign'} onClose={closeIf('sign')}>
        {item && (
          <SignTickForm
            roles={roles}
            onSign={(name, roleId) => answers.onSign(item, name, roleId)}
            onUnsigned={() => answers.onTickUnsigned(item)}
            onCancel={onClose}
          />
        )}
      </Modal>
      <ConfirmDialog
        title="Tick before what it waits for?"
        open={dialog?.kind === 'order'}
        confirmLabel="Tick anyway"
        tone="danger"
        onConfirm={() => dialog?.kind === 'order' && answers.onTickAnyway(dialog.item, dialog.open)}
        onCancel={closeIf('order')}
      >
        {dialog?.kind === 'order' && (
          <>
            <p>“{dialog.item.text}” waits for what is still open:</p>
            <ul>
              {dialog.open.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            <p>Ticking it now is recorded with the item, with what was open.</p>
          </>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        title="Reset checklist?"
        open={dialog?.kind === 'reset'}
        confirmLabel="Reset"
        tone="danger"
        onConfirm={answers.onReset}
        onCancel={closeIf('reset')}
      >
        <p>
          Every item of the {checklistName} for {version} goes back to open, and notes are cleared.
          You can undo this right after.
        </p>
      </ConfirmDialog>
    </>
  );
}
