/** A whole release run as one Markdown document, for the releases page's export. */
import type { Root, RootContent } from 'mdast';
import { describeRun, type ReleaseRun } from './release-run.ts';
import { checklistNodes, type ChecklistExport } from '../checklist/checklist-markdown.ts';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import { text } from '../markdown/markdown-text.ts';
import { formatUtcDateTime } from '../time/format-time.ts';

/** A whole release run as one Markdown document: its checklists, then any further sections (the notes). */
export function exportRunMarkdown(
  run: ReleaseRun,
  checklists: readonly ChecklistExport[],
  exportedAt: Date,
  moreSections: readonly RootContent[] = [],
): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(describeRun(run))] },
      {
        type: 'paragraph',
        children: [
          text(
            `Created ${formatUtcDateTime(new Date(run.createdAt))} · exported ${formatUtcDateTime(exportedAt)}`,
          ),
        ],
      },
      ...checklists.flatMap((checklist) => checklistNodes(checklist, run, exportedAt)),
      ...moreSections,
    ],
  };
  return toGfmMarkdown(tree);
}
