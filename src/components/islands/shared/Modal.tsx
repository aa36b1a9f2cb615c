import { Suspense, useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** A native modal dialog: focus is trapped, Esc closes it, focus returns to where it was. Its content may load lazily. */
export function Modal({ title, open, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${title.replace(/\W+/g, '-').toLowerCase()}-dialog-title`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {open && <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>}
    </dialog>
  );
}
