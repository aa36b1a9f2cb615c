// "Import changes…": paste what was merged, see it grouped, then put it into the notes. The dialog and
// its textarea come with the page, so that nothing typed the moment it opens is lost; the reader of
// the pasted text and its preview load the first time the dialog opens.
import { lazy, Suspense, useId, useState, type Ref } from 'react';
import type { AppliedImport } from '../../../lib/release-notes/changes/apply-import.ts';
import type { ImportTargets } from '../../../lib/release-notes/import-targets.ts';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import { Modal } from '../common/Modal.tsx';

const ImportChangesPreview = lazy(() => import('./ImportChangesPreview.tsx'));

interface Props {
  targets: ImportTargets;
  draft: ReleaseNotesDraft;
  disabled: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onApply: (applied: AppliedImport) => void;
}

export function ImportChangesDialog({ targets, draft, disabled, buttonRef, onApply }: Props) {
  const [open, setOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const id = useId();
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-small import-changes-open needs-js"
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        Import changes…
      </button>
      <Modal title="Import changes" open={open} onClose={() => setOpen(false)}>
        <div className="import-changes">
          <label htmlFor={`${id}-pasted`}>Pasted changes</label>
          <p className="field-hint" id={`${id}-hint`}>
            A git log, GitHub’s generated release notes, changesets or pull request titles: the
            format is recognised by itself.
          </p>
          <textarea
            id={`${id}-pasted`}
            data-autofocus
            rows={8}
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <Suspense fallback={<p role="status">Loading the change reader…</p>}>
            <ImportChangesPreview
              pasted={pasted}
              targets={targets}
              draft={draft}
              onApply={(applied) => {
                onApply(applied);
                setPasted('');
                setOpen(false);
              }}
              onCancel={() => setOpen(false)}
            />
          </Suspense>
        </div>
      </Modal>
    </>
  );
}
