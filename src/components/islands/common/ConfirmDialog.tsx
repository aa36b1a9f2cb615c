import { useId, type ReactNode } from 'react';
import { Modal } from './Modal.tsx';

interface Props {
  /** The question: "Reset checklist?" */
  title: string;
  open: boolean;
  /** The button that does it: "Reset", "Delete", "Restore". */
  confirmLabel: string;
  /** Danger for what removes work (undoable or not); primary for what only replaces it. */
  tone: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  /** What will happen, and whether it can be undone; read out as the dialog's description. */
  children: ReactNode;
}

/**
 * The one confirmation asked before a destructive action. The action comes first, so that Enter on
 * the button that opened the dialog and Enter again confirms, as keyboard users expect; Esc cancels.
 */
export function ConfirmDialog({
  title,
  open,
  confirmLabel,
  tone,
  onConfirm,
  onCancel,
  children,
}: Props) {
  const messageId = useId();
  return (
    <Modal title={title} open={open} onClose={onCancel} describedBy={messageId}>
      <div id={messageId}>{children}</div>
      <div className="form-actions">
        <button type="button" className={`button button-${tone}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
