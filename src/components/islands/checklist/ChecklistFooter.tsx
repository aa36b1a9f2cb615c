import type { ComponentProps, RefObject } from 'react';
import { markdownFileName } from '../../../lib/markdown/markdown-file-name.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { GitHubHandOff, GitHubIssueLink } from '../common/GitHubHandOff.tsx';
import { REPO_URL } from '../common/repository-address.ts';
import { UndoBar } from '../common/UndoBar.tsx';

interface Props {
  title: string;
  run: ReleaseRun;
  /** The checklist's Markdown in the run (loads the serialiser). */
  getMarkdown: () => Promise<string>;
  /** What the GitHub links are made again for when it changes: the checklist's states. */
  watch: unknown;
  editable: boolean;
  resetButton: RefObject<HTMLButtonElement | null>;
  onReset: () => void;
  undoBar: ComponentProps<typeof UndoBar>;
}

/** What is done with the whole checklist: export it, open it as a GitHub issue, reset it (with Undo). */
export function ChecklistFooter({
  title,
  run,
  getMarkdown,
  watch,
  editable,
  resetButton,
  onReset,
  undoBar,
}: Props) {
  return (
    <div className="checklist-footer needs-js" data-pagefind-ignore>
      <ExportButtons
        label={title.toLowerCase()}
        fileName={markdownFileName(title, run.version)}
        getMarkdown={getMarkdown}
      />
      {REPO_URL ? (
        <GitHubHandOff action="Open as GitHub issue">
          <GitHubIssueLink
            watch={watch}
            issues={async () => [{ title: `${title} · ${run.version}`, body: await getMarkdown() }]}
          />
        </GitHubHandOff>
      ) : null}
      <button
        ref={resetButton}
        type="button"
        className="button button-danger"
        disabled={!editable}
        onClick={onReset}
      >
        Reset checklist
      </button>
      <UndoBar {...undoBar} />
    </div>
  );
}
