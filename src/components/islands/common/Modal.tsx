import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  /** The id of the element inside that says what the dialog is about (a confirmation's message). */
  describedBy?: string | undefined;
  children: ReactNode;
}

/**
 * A native modal dialog: focus is trapped, Esc closes it, focus returns to where it was. Its content
 * is in the page the moment it opens, so that nothing typed right away is lost; the element marked
 * `data-autofocus` takes the focus, or else the browser's choice, the first control.
 */
export function Modal({ title, open, onClose, describedBy, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Two islands of one kind on a page (two checklists) must not repeat an id.
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={open ? describedBy : undefined}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
