import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
  maxLength: number;
  hint?: string;
  /** The field that takes the focus as its dialog opens (the modal's `data-autofocus`), so typing can start at once. */
  focusOnOpen?: boolean;
}

/** One line of text in an incident dialog, with its hint and its problem tied to it for screen readers. */
export function DialogField({
  label,
  value,
  onChange,
  problem,
  maxLength,
  hint,
  focusOnOpen,
}: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        value={value}
        maxLength={maxLength}
        required
        data-autofocus={focusOnOpen ? true : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
