import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { ItemTextForm } from '../common/ItemTextForm.tsx';
import { Modal } from '../common/Modal.tsx';

export type ChecklistDialog = { kind: 'na' | 'note'; item: ChecklistItem } | { kind: 'reset' } | undefined;

interface Props {
  dialog: ChecklistDialog;
  /** "deployment checklist", for the reset question. */
  checklistName: string;
  version: string;
  /** The note of the item whose note dialog is open. */
  note: string;
  onNotApplicable: (item: ChecklistItem, reason: string) => void;
  onNote: (item: ChecklistItem, note: string) => void;
  onReset: () => void;
  onClose: () => void;
}

/**
 * The questions a checklist asks: why an item does not apply, an item's note, and whether to reset.
 * The forms are part of the page, not loaded on first open, so what is typed at once is kept.
 */
export function ChecklistDialogs({ dialog, checklistName, version, note, onNotApplicable, onNote, onReset, onClose }: Props) {
  const item = dialog && dialog.kind !== 'reset' ? dialog.item : undefined;
  return (
    <>
      <Modal title="Mark as not applicable" open={dialog?.kind === 'na'} onClose={onClose}>
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
            onSubmit={(reason) => onNotApplicable(item, reason)}
          />
        )}
      </Modal>
      <Modal title="Note" open={dialog?.kind === 'note'} onClose={onClose}>
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
            onSubmit={(text) => onNote(item, text)}
          />
        )}
      </Modal>
      <ConfirmDialog title="Reset checklist?" open={dialog?.kind === 'reset'} confirmLabel="Reset" tone="danger" onConfirm={onReset} onCancel={onClose}>
        <p>
          Every item of the {checklistName} for {version} goes back to open, and notes are cleared. You can undo this right after.
        </p>
      </ConfirmDialog>
    </>
  );
}
