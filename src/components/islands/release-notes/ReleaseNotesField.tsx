import { useEffect, useRef, type ReactNode } from 'react';
import type { FieldProblems } from '../../../lib/release-notes/release-notes-problems.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';

const KIND_HINTS: Record<NotesField['kind'], string> = {
  date: '',
  text: '',
  paragraph: 'Leave a blank line between paragraphs.',
  list: 'One entry per line.',
  links: 'One link per line: “Title — https://…” or a bare https:// address.',
};

/** What the writer needs to know before typing: required or not, what an empty field becomes, the format. */
function hintOf(field: NotesField): string {
  const presence = field.required
    ? 'Required.'
    : field.optional
      ? 'Optional: left out of the notes when empty.'
      : 'Shows as “None.” when empty.';
  return [presence, KIND_HINTS[field.kind]].filter(Boolean).join(' ');
}

interface Props {
  field: NotesField;
  id: string;
  value: string;
  problems: FieldProblems;
  /** Errors show once the writer has left the field, or asked for the notes. */
  showError: boolean;
  readOnly: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
  children?: ReactNode;
}

/** One field of the notes: its label exactly as the template writes it, the input, hint and messages. */
export function ReleaseNotesField({
  field,
  id,
  value,
  problems,
  showError,
  readOnly,
  onChange,
  onBlur,
  children,
}: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  // A textarea is left to the browser while the writer types (a controlled one has React rewrite
  // its whole default text on every keystroke: slow on a long summary). Changes made elsewhere
  // (another tab, clear, undo) are written in here.
  useEffect(() => {
    if (textarea.current && textarea.current.value !== value) textarea.current.value = value;
  }, [value]);
  const error = showError ? problems.error : undefined;
  const describedBy = [`${id}-hint`, error && `${id}-error`, problems.warning && `${id}-warning`]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    readOnly,
    dir: 'auto',
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onBlur,
  };
  return (
    <div className={`field notes-field notes-field-${field.kind}`} data-field={field.id}>
      <label htmlFor={id}>{field.label}</label>
      <p className="field-hint" id={`${id}-hint`} data-pagefind-ignore>
        {hintOf(field)}
      </p>
      {field.kind === 'date' || field.kind === 'text' ? (
        <input
          {...common}
          value={value}
          type={field.kind}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <textarea
          {...common}
          ref={textarea}
          defaultValue={value}
          rows={field.kind === 'paragraph' ? 6 : 4}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p className="field-problem" id={`${id}-error`}>
          {error}
        </p>
      )}
      {problems.warning && (
        <p className="field-warning" id={`${id}-warning`}>
          {problems.warning}
        </p>
      )}
      {children}
    </div>
  );
}
