import { withRunVersion } from '../../../lib/release-notes/notes-run-version.ts';
import { useId, useMemo } from 'react';
import { previousRunVersion } from '../../../lib/releases/next-version.ts';
import {
  currentRun,
  describeRun,
  NO_RUNS,
  UNSTARTED_RUN,
} from '../../../lib/releases/release-run.ts';
import { importTargets } from '../../../lib/release-notes/import-targets.ts';
import {
  prefilledDraft,
  withVersion,
  type ReleaseNotesDraft,
  type ReleaseNotesDrafts,
} from '../../../lib/release-notes/release-notes-draft.ts';
import { notesProblems } from '../../../lib/release-notes/release-notes-problems.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { runDocumentName } from '../../../lib/team/team-documents.ts';
import { localIsoDate } from '../../../lib/time/format-time.ts';
import { $releaseNotes } from '../../../stores/release-notes.ts';
import { $releases } from '../../../stores/releases.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { CurrentRunBar } from '../common/CurrentRunBar.tsx';
import { usePreloadWhenIdle } from '../common/lazy-view.ts';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { TeamBar } from '../common/TeamBar.tsx';
import { useHydratedStore, useMounted, useNow } from '../common/use-hydrated-store.ts';
import { ImportChanges, ImportChangesDialog } from './ImportChanges.tsx';
import { NotesActions } from './NotesActions.tsx';
import { NotesPreviewSection } from './NotesPreviewSection.tsx';
import type { ReleaseNotesIslandProps } from './release-notes-props.ts';
import { ReleaseNotesField } from './ReleaseNotesField.tsx';
import { useReleaseNotesChanges } from './use-release-notes-changes.ts';
import { VersionHelper } from './VersionHelper.tsx';

const NO_DRAFTS: ReleaseNotesDrafts = {};
const EMPTY_DRAFT: ReleaseNotesDraft = {};

/** The release-notes generator: the template's fields as a form, saved per run as you type, with a live preview. */
export function ReleaseNotesIsland({ fields }: ReleaseNotesIslandProps) {
  const releases = useHydratedStore($releases, NO_RUNS);
  const drafts = useHydratedStore($releaseNotes, NO_DRAFTS);
  const mounted = useMounted();
  const now = useNow();
  usePreloadWhenIdle(ImportChangesDialog);
  const id = useId();
  const fieldId = (field: NotesField) => `${id}-${field.id}`;

  const run = currentRun(releases) ?? UNSTARTED_RUN;
  const saved = drafts[run.id];
  // A new draft is prefilled with today's date, which the server cannot know: once the page runs.
  const draft = saved ?? (now ? prefilledDraft(fields, run, localIsoDate(now)) : EMPTY_DRAFT);
  const problems = notesProblems(fields, draft, run);
  const releaseField = fields.find((field) => field.purpose === 'release');
  const targets = useMemo(() => importTargets(fields), [fields]);
  const changes = useReleaseNotesChanges({ run, draft, saved, targets });

  return (
    // A button keeps the focus where it is when pressed: the field being left would otherwise show
    // its message on blur, move the button from under the pointer, and the click would be lost.
    // The handler only catches the mousedown bubbling up from the buttons inside, each a native
    // button reachable by keyboard; the div itself does nothing, so it has no role to take.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="notes-generator"
      onMouseDown={(event) => {
        if ((event.target as Element).closest('button, summary')) event.preventDefault();
      }}
    >
      <div className="notes-tools needs-js" data-pagefind-ignore>
        <StorageNotices />
        <CurrentRunBar />
        {/* In a team build, the team's status, as above the checklists and the playbook. */}
        {import.meta.env.SYNC_URL && <TeamBar viewing={runDocumentName(run.id)} />}
      </div>
      <div className="notes-columns">
        <form
          className="notes-form"
          aria-label="Release notes"
          noValidate
          onSubmit={(event) => event.preventDefault()}
        >
          {fields.map((field) => (
            <ReleaseNotesField
              key={field.id}
              field={field}
              id={fieldId(field)}
              value={draft[field.id] ?? ''}
              problems={mounted ? (problems[field.id] ?? {}) : {}}
              showError={changes.showError(field)}
              readOnly={!mounted}
              onChange={(value) => changes.change(field, value)}
              onBlur={() => changes.leave(field)}
            >
              {field === releaseField && (
                <VersionHelper
                  defaultPrevious={previousRunVersion(releases.runs, run) ?? ''}
                  firstRun={releases.runs.every((other) => other.id === run.id)}
                  defaultType={run.type}
                  suggested={changes.suggestedBump}
                  target={field.title}
                  disabled={!mounted}
                  onUse={(version) =>
                    changes.change(field, withVersion(draft[field.id] ?? '', version))
                  }
                />
              )}
              {field === targets?.changes && (
                <ImportChanges
                  targets={targets}
                  draft={draft}
                  disabled={!mounted}
                  buttonRef={changes.importButton}
                  onApply={changes.applyImport}
                />
              )}
            </ReleaseNotesField>
          ))}

          <NotesActions
            fields={fields}
            draft={draft}
            saved={saved}
            run={run}
            problems={problems}
            checkAll={changes.checkAll}
            fieldId={fieldId}
            onExport={changes.exportAsked}
            clearButton={changes.clearButton}
            onClear={changes.askClear}
            undoBar={changes.undoBar}
          />
        </form>

        <NotesPreviewSection
          id={`${id}-preview`}
          fields={fields}
          draft={withRunVersion(fields, draft, run)}
        />
      </div>

      <ConfirmDialog
        title="Clear the release notes draft?"
        open={changes.confirmClear}
        confirmLabel="Clear draft"
        tone="danger"
        onConfirm={changes.clear}
        onCancel={changes.cancelClear}
      >
        <p>
          Everything typed in the release notes for {describeRun(run)} is removed, and the draft
          starts afresh. You can undo this right after.
        </p>
      </ConfirmDialog>
    </div>
  );
}
