import { lazy, Suspense } from 'react';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';

// The preview is hidden without JavaScript: its code loads as the island mounts, apart from the first load.
const NotesPreview = lazy(() => import('./NotesPreview.tsx'));

/** The notes as they will read, beside the form; `id` names its heading. */
export function NotesPreviewSection({
  id,
  fields,
  draft,
}: {
  id: string;
  fields: NotesField[];
  draft: ReleaseNotesDraft;
}) {
  return (
    <section className="notes-preview needs-js" aria-labelledby={id} data-pagefind-ignore>
      <h2 id={id} className="notes-preview-title">
        Preview
      </h2>
      <div className="notes-preview-body">
        <Suspense fallback={null}>
          <NotesPreview fields={fields} draft={draft} />
        </Suspense>
      </div>
    </section>
  );
}
