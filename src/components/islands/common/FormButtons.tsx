// A form's submit button and, when the form can be left, its Cancel button: the same pair, in the same
// order, on every form. Other ways out of the form (`children`) stand between them.
import type { ReactNode } from 'react';

interface Props {
  submitLabel: string;
  /** The submit button's classes: primary by default, `button button-start` for starting an incident. */
  submitClassName?: string;
  disabled?: boolean;
  onCancel?: (() => void) | undefined;
  children?: ReactNode;
}

export function FormButtons({
  submitLabel,
  submitClassName = 'button button-primary',
  disabled,
  onCancel,
  children,
}: Props) {
  return (
    <>
      <button type="submit" className={submitClassName} disabled={disabled}>
        {submitLabel}
      </button>
      {children}
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </>
  );
}
