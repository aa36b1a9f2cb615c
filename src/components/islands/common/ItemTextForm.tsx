import { useId, useState, type SubmitEvent } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import { FormButtons } from './FormButtons.tsx';

interface Props {
  item: ChecklistItem;
  label: string;
  initial: string;
  required: boolean;
  maxLength: number;
  /** A note may take several lines; a reason is one line, and Enter submits it. */
  multiline: boolean;
  submitLabel: string;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/** A one-field form for an item: the N/A reason (required) or a note. */
export function ItemTextForm({
  item,
  label,
  initial,
  required,
  maxLength,
  multiline,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState('');
  const id = useId();

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (required && text.trim() === '') {
      setProblem('Give a reason: the export and the team see it.');
      document.getElementById(id)?.focus();
      return;
    }
    onSubmit(text);
  }

  const fieldProps = {
    maxLength,
    // Focused as the dialog opens: typing can start at once.
    'data-autofocus': true,
    required,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="modal-item">{item.text}</p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {multiline ? (
          <textarea id={id} value={text} rows={3} {...fieldProps} />
        ) : (
          <input id={id} value={text} {...fieldProps} />
        )}
        {problem && (
          <p id={`${id}-problem`} className="field-problem">
            {problem}
          </p>
        )}
      </div>
      <div className="form-actions">
        <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
      </div>
    </form>
  );
}
