import { Suspense, type ComponentProps } from 'react';
import { lazyView } from '../common/lazy-view.ts';

// "Import changes…" comes with its dialog, loaded when the page is idle; until then its button shows
// disabled, so the dialog's textarea is there the moment it opens.
export const ImportChangesDialog = lazyView(() =>
  import('./ImportChangesDialog.tsx').then((module) => module.ImportChangesDialog),
);

/** "Import changes…" beside the list of changes: the dialog's button, disabled until its code is there. */
export function ImportChanges(props: ComponentProps<typeof ImportChangesDialog>) {
  return (
    <Suspense
      fallback={
        <button type="button" className="button button-small import-changes-open needs-js" disabled>
          Import changes…
        </button>
      }
    >
      <ImportChangesDialog {...props} />
    </Suspense>
  );
}
