// Asked before the notes are copied or downloaded while the form flags something the export would
// otherwise carry without a word. Its own chunk: it appears only after an export is asked for.
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';

interface Props {
  open: boolean;
  warnings: readonly { field: NotesField; message: string }[];
  /** The button that asked, as its text reads: "Download Markdown". */
  action: string;
  onGoOn: () => void;
  onCancel: () => void;
}

export default function ExportCheck({ open, warnings, action, onGoOn, onCancel }: Props) {
  return (
    <ConfirmDialog
      title="Export the notes as they are?"
      open={open}
      confirmLabel={`${action} anyway`}
      tone="primary"
      onConfirm={onGoOn}
      onCancel={onCancel}
    >
      <p>Before the notes go out, check what the form flags:</p>
      <ul className="export-warnings">
        {warnings.map(({ field, message }) => (
          <li key={field.id}>
            <strong>{field.title}:</strong> {message}
          </li>
        ))}
      </ul>
      <p>Cancel to fix them, or go on: a line that is not a link goes out as plain text.</p>
    </ConfirmDialog>
  );
}
