import { lazy, Suspense, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { previousRunVersion } from '../../../lib/releases/next-version.ts';
import {
  currentRun,
  describeRun,
  NO_RUNS,
  UNSTARTED_RUN,
  type ReleaseType,
} from '../../../lib/releases/release-run.ts';
import type { AppliedImport } from '../../../lib/release-notes/changes/apply-import.ts';
import { importTargets } from '../../../lib/release-notes/import-targets.ts';
import {
  prefilledDraft,
  releaseNotesFileName,
  withVersion,
  type ReleaseNotesDraft,
  type ReleaseNotesDrafts,
} from '../../../lib/release-notes/release-notes-draft.ts';
import { localIsoDate } from '../../../lib/time/format-time.ts';
import {
  exportWarnings,
  notesProblems,
} from '../../../lib/release-notes/release-notes-problems.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { $releaseNotes, replaceNotesDraft } from '../../../stores/release-notes.ts';
import { $releases, ensureCurrentRunSaved } from '../../../stores/releases.ts';
import { CurrentRunBar } from '../common/CurrentRunBar.tsx';
import { NotesExport } from './NotesExport.tsx';
import { ReleaseNotesField } from './ReleaseNotesField.tsx';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { VersionHelper } from './VersionHelper.tsx';
import { lazyView, usePreloadWhenIdle } from '../common/lazy-view.ts';
import { notesMarkdown } from './notes-markdown.ts';
import { GitHubHandOff } from '../common/GitHubHandOff.tsx';
import { REPO_URL } from '../common/repository-address.ts';
import { UndoBar } from '../common/UndoBar.tsx';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { useHydratedStore, useMounted } from '../common/use-hydrated-store.ts';

// Loaded when "Create GitHub release" is pressed; marked pure so that a build without REPO_URL drops it.
const GitHubReleaseLink = /*#__PURE__*/ lazy(() => import('./GitHubReleaseLink.tsx'));
// The preview is hidden without JavaScript: its code loads as the island mounts, apart from the first load.
const NotesPreview = lazy(() => import('./NotesPreview.tsx'));
// "Import changes…" comes with its dialog, loaded when the page is idle; until then its button shows
// disabled, so the dialog's textarea is there the moment it opens.
const importView = lazyView(() =>
  import('./ImportChangesDialog.tsx').then((module) => module.ImportChangesDialog),
);
const { View: ImportChangesDialog } = importView;
const NO_DRAFTS: ReleaseNotesDrafts = {};
const EMPTY_DRAFT: ReleaseNotesDraft = {};

/** The release-notes generator: the template's fields as a form, saved per run as you type, with a live preview. */
export function ReleaseNotesIsland({ fields }: { fields: NotesField[] }) {
  const releases = useHydratedStore($releases, NO_RUNS);
  const drafts = useHydratedStore($releaseNotes, NO_DRAFTS);
  const mounted = useMounted();
  usePreloadWhenIdle(importView);
  // The server renders no date (it would be the build's); today is known once mounted.
  const today = mounted ? localIsoDate(new Date()) : undefined;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checkAll, setCheckAll] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  // What Undo puts back: the run's draft before the change (none, when there was none).
  const [undo, setUndo] = useState<
    | {
        runId: string;
        draft: ReleaseNotesDraft | undefined;
        message: string;
        focus: RefObject<HTMLButtonElement | null>;
      }
    | undefined
  >();
  const [suggestedBump, setSuggestedBump] = useState<ReleaseType | undefined>();
  const id = useId();
  // After clearing, focus goes to Undo; after undoing, back to Clear draft (the button that vanished or was disabled).
  const focusAfterRender = useFocusAfterRender();
  const undoButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);

  const run = currentRun(releases) ?? UNSTARTED_RUN;
  const saved = drafts[run.id];
  const draft = saved ?? (today ? prefilledDraft(fields, run, today) : EMPTY_DRAFT);
  const problems = notesProblems(fields, draft, run);

  const releaseField = fields.find((field) => field.purpose === 'release');
  const targets = useMemo(() => importTargets(fields), [fields]);
  const fieldId = (field: NotesField) => `${id}-${field.id}`;

  function change(field: NotesField, value: string) {
    const savedRun = ensureCurrentRunSaved();
    replaceNotesDraft(savedRun.id, { ...draft, [field.id]: value });
    setUndo(undefined);
  }

  function clear() {
    if (saved)
      setUndo({
        runId: run.id,
        draft: saved,
        message: 'The draft was cleared.',
        focus: clearButton,
      });
    replaceNotesDraft(run.id, undefined);
    setTouched(new Set());
    setCheckAll(false);
    setConfirmClear(false);
    focusAfterRender(undoButton);
  }

  function restore(before: NonNullable<typeof undo>) {
    replaceNotesDraft(before.runId, before.draft);
    setUndo(undefined);
    focusAfterRender(before.focus);
  }

  function applyImport(applied: AppliedImport) {
    const savedRun = ensureCurrentRunSaved();
    replaceNotesDraft(savedRun.id, applied.draft);
    const also =
      applied.migrationAdded > 0
        ? ` and ${applied.migrationAdded} to complete in ${targets?.migration?.title}`
        : '';
    setUndo({
      runId: savedRun.id,
      draft: saved,
      message: `Imported ${applied.added} ${applied.added === 1 ? 'change' : 'changes'}${also}.`,
      focus: importButton,
    });
    setSuggestedBump(applied.bump);
  }

  const unfinished = checkAll ? fields.filter((field) => problems[field.id]?.error) : [];

  return (
    // A button keeps the focus where it is when pressed: the field being left would otherwise show
    // its message on blur, move the button from under the pointer, and the click would be lost.
    <div
      className="notes-generator"
      onMouseDown={(event) => {
        if ((event.target as Element).closest('button, summary')) event.preventDefault();
      }}
    >
      <div className="notes-tools needs-js" data-pagefind-ignore>
        <StorageNotices />
        <CurrentRunBar />
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
              showError={checkAll || touched.has(field.id)}
              readOnly={!mounted}
              onChange={(value) => change(field, value)}
              onBlur={() =>
                setTouched((before) =>
                  before.has(field.id) ? before : new Set(before).add(field.id),
                )
              }
            >
              {field === releaseField && (
                <VersionHelper
                  defaultPrevious={previousRunVersion(releases.runs, run) ?? ''}
                  defaultType={run.type}
                  suggested={suggestedBump}
                  target={field.title}
                  disabled={!mounted}
                  onUse={(version) => change(field, withVersion(draft[field.id] ?? '', version))}
                />
              )}
              {field === targets?.changes && (
                <Suspense
                  fallback={
                    <button
                      type="button"
                      className="button button-small import-changes-open needs-js"
                      disabled
                    >
                      Import changes…
                    </button>
                  }
                >
                  <ImportChangesDialog
                    targets={targets}
                    draft={draft}
                    disabled={!mounted}
                    buttonRef={importButton}
                    onApply={applyImport}
                  />
                </Suspense>
              )}
            </ReleaseNotesField>
          ))}

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
              onExport={() => setCheckAll(true)}
              getMarkdown={() => notesMarkdown(fields, draft)}
            />
            {REPO_URL ? (
              <GitHubHandOff action="Create GitHub release">
                <GitHubReleaseLink
                  fields={fields}
                  draft={draft}
                  run={run}
                  getMarkdown={() => notesMarkdown(fields, draft)}
                />
              </GitHubHandOff>
            ) : null}
            <button
              ref={clearButton}
              type="button"
              className="button button-danger"
              disabled={!saved}
              onClick={() => setConfirmClear(true)}
            >
              Clear draft
            </button>
            <UndoBar
              message={undo?.message}
              onUndo={() => undo && restore(undo)}
              undoButton={undoButton}
            />
          </div>
        </form>

        <section
          className="notes-preview needs-js"
          aria-labelledby={`${id}-preview`}
          data-pagefind-ignore
        >
          <h2 id={`${id}-preview`} className="notes-preview-title">
            Preview
          </h2>
          <div className="notes-preview-body">
            <Suspense fallback={null}>
              <NotesPreview fields={fields} draft={draft} />
            </Suspense>
          </div>
        </section>
      </div>

      <ConfirmDialog
        title="Clear the release notes draft?"
        open={confirmClear}
        confirmLabel="Clear draft"
        tone="danger"
        onConfirm={clear}
        onCancel={() => setConfirmClear(false)}
      >
        <p>
          Everything typed in the release notes for {describeRun(run)} is removed, and the draft
          starts afresh. You can undo this right after.
        </p>
      </ConfirmDialog>
    </div>
  );
}
