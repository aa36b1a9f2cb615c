import { withRunVersion } from '../../../lib/release-notes/notes-run-version.ts';
import { lazy, type ComponentProps, type RefObject } from 'react';
import {
  releaseNotesFileName,
  type ReleaseNotesDraft,
} from '../../../lib/release-notes/release-notes-draft.ts';
import {
  exportWarnings,
  type FieldProblems,
} from '../../../lib/release-notes/release-notes-problems.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { GitHubHandOff } from '../common/GitHubHandOff.tsx';
import { REPO_URL } from '../common/repository-address.ts';
import { UndoBar } from '../common/UndoBar.tsx';
import { notesMarkdown } from './notes-markdown.ts';
import { NotesExport } from './NotesExport.tsx';

// Loaded when "Create GitHub release" is pressed; marked pure so that a build without REPO_URL drops it.
const GitHubReleaseLink = /*#__PURE__*/ lazy(() => import('./GitHubReleaseLink.tsx'));

interface Props {
  fields: NotesField[];
  draft: ReleaseNotesDraft;
  saved: ReleaseNotesDraft | undefined;
  run: ReleaseRun;
  problems: Record<string, FieldProblems>;
  /** An export was asked for: the fields that still need attention are listed. */
  checkAll: boolean;
  fieldId: (field: NotesField) => string;
  onExport: () => void;
  clearButton: RefObject<HTMLButtonElement | null>;
  onClear: () => void;
  undoBar: ComponentProps<typeof UndoBar>;
}

/** Below the form: what still needs attention, Copy and Download, the GitHub release, Clear draft and its Undo. */
export function NotesActions({
  fields,
  draft,
  saved,
  run,
  problems,
  checkAll,
  fieldId,
  onExport,
  clearButton,
  onClear,
  undoBar,
}: Props) {
  const unfinished = checkAll ? fields.filter((field) => problems[field.id]?.error) : [];
  return (
    <div className="notes-actions needs-js" data-pagefind-ignore>
      <p className="notes-check" role="status">
        {unfinished.length > 0 && (
          <>
            {unfinished.length === 1 ? 'One field needs' : `${unfinished.length} fields need`}{' '}
            attention before you publish:{' '}
            {unfinished.map((field, index) => (
              <span key={field.id}>
                {index > 0 && ', '}
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {field.title}
                </a>
              </span>
            ))}
            .
          </>
        )}
      </p>
      <NotesExport
        fileName={releaseNotesFileName(fields, draft, run)}
        draftKey={JSON.stringify(saved ?? null)}
        warnings={exportWarnings(fields, problems)}
        onExport={onExport}
        getMarkdown={() => notesMarkdown(fields, withRunVersion(fields, draft, run))}
      >
        {REPO_URL ? (
          <GitHubHandOff action="Create GitHub release">
            <GitHubReleaseLink
              fields={fields}
              draft={draft}
              run={run}
              getMarkdown={() => notesMarkdown(fields, withRunVersion(fields, draft, run))}
            />
          </GitHubHandOff>
        ) : null}
      </NotesExport>
      <button
        ref={clearButton}
        type="button"
        className="button button-danger"
        disabled={!saved}
        onClick={onClear}
      >
        Clear draft
      </button>
      <UndoBar {...undoBar} />
    </div>
  );
}
