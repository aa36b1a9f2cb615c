// A form's submit button and, when the form can be left, its Cancel button: the same pair, in the same
// order, on every form.
interface Props {
  submitLabel: string;
  /** The submit button's classes: primary by default, `button button-start` for starting an incident. */
  submitClassName?: string;
  disabled?: boolean;
  onCancel?: (() => void) | undefined;
}

export function FormButtons({ submitLabel, submitClassName = 'button button-primary', disabled, onCancel }: Props) {
  return (
    <>
      <button type="submit" className={submitClassName} disabled={disabled}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </>
  );
}
