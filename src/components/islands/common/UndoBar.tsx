import type { Ref, RefObject } from 'react';

/** A change that can be taken back, and where focus goes once it is. */
export interface UndoableChange {
  message: string;
  undo: () => void;
  focus: RefObject<HTMLElement | null>;
}

interface Props {
  /** What was just done ("The draft was cleared."); nothing shows without it. */
  message: string | undefined;
  onUndo: () => void;
  undoButton?: Ref<HTMLButtonElement>;
}

/**
 * "Deleted …. Undo" after a destructive action. The live region is always in the page, so that
 * screen readers announce the message when it appears.
 */
export function UndoBar({ message, onUndo, undoButton }: Props) {
  return (
    <p className="undo-bar" role="status">
      {message && (
        <>
          {message}{' '}
          <button ref={undoButton} type="button" className="button button-small" onClick={onUndo}>
            Undo
          </button>
        </>
      )}
    </p>
  );
}
