// The notes' Copy and Download (and the GitHub release given as children), which ask first about what the form flags (a link line that is not a link,
// a version other than the current run's) and forget "Downloaded …" once the draft changes.
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';

// Fetched on the first question (the offline worker has it cached).
const ExportCheck = lazy(() => import('./ExportCheck.tsx'));

interface Props {
  fileName: string;
  /** Changes with the saved draft: "Downloaded …" speaks of the draft as it was, and goes when it changes. */
  draftKey: string;
  /** What the form flags that the export would carry silently; asked about before it goes. */
  warnings: readonly { field: NotesField; message: string }[];
  /** An export was asked for: the form shows every field's messages. */
  onExport: () => void;
  getMarkdown: () => Promise<string>;
  /** Another way the notes go out (the GitHub release): asked about the same way. */
  children?: ReactNode;
}

/**
 * "Copy Markdown" and "Download Markdown" of the notes, which ask first while there are warnings:
 * the button's click waits for the answer, and goes through when the writer goes on.
 */
export function NotesExport({
  fileName,
  draftKey,
  warnings,
  onExport,
  getMarkdown,
  children,
}: Props) {
  const [asking, setAsking] = useState<HTMLButtonElement | undefined>();
  // Mounted on the first question and kept, so that closing it returns the focus natively.
  const [checkShown, setCheckShown] = useState(false);
  const goingOn = useRef(false);
  return (
    <>
      <div
        className="notes-export"
        onClickCapture={(event) => {
          const button = (event.target as Element).closest('button');
          if (!button) return;
          // Every way out shows what still needs attention, as Copy and Download do.
          onExport();
          if (goingOn.current || warnings.length === 0) return void (goingOn.current = false);
          event.stopPropagation();
          setCheckShown(true);
          setAsking(button);
        }}
      >
        <ExportButtons
          key={draftKey}
          label="release notes"
          fileName={fileName}
          getMarkdown={() => {
            onExport();
            return getMarkdown();
          }}
        />
        {children}
      </div>
      {checkShown && (
        <Suspense fallback={null}>
          <ExportCheck
            open={asking !== undefined}
            warnings={warnings}
            action={asking?.textContent ?? ''}
            onCancel={() => setAsking(undefined)}
            onGoOn={() => {
              goingOn.current = true;
              asking?.click();
              setAsking(undefined);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
