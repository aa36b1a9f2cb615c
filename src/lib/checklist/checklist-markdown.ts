import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { ChecklistItem } from './checklist-item.ts';
import { checklistProgress, describeProgress, effectiveState, type ChecklistState } from './checklist-state.ts';
import { describeRun, type ReleaseRun } from '../releases/release-run.ts';
import { formatUtcDateTime, formatUtcTime, oneLine, text, toGfmMarkdown } from '../markdown/gfm-markdown.ts';

export interface ChecklistExport {
  title: string;
  items: readonly ChecklistItem[];
  states: ChecklistState | undefined;
}

function itemLine(item: ChecklistItem, states: ChecklistState | undefined, run: ReleaseRun, exportedAt: Date): ListItem {
  const state = effectiveState(item, states?.[item.id], run);
  const who = state.by ? oneLine(state.by) : '';
  const when = state.at ? formatUtcTime(state.at, exportedAt) : '';
  const phrasing: PhrasingContent[] = [];
  if (state.status === 'na') {
    phrasing.push({ type: 'delete', children: [text(item.text)] }, text(` · N/A: ${oneLine(state.reason ?? '')}`));
    if (who && !state.automatic) phrasing.push(text(` · ${who}`));
  } else {
    phrasing.push(text(item.text));
    if (state.status === 'done') phrasing.push(text(` · done${when ? ` ${when}` : ''}${who ? ` by ${who}` : ''}`));
    else if (state.at) phrasing.push(text(` · reopened ${when}${who ? ` by ${who}` : ''}`));
  }
  if (state.note) phrasing.push(text(` · Note: ${oneLine(state.note)}`));
  return {
    type: 'listItem',
    checked: state.status !== 'open',
    spread: false,
    children: [{ type: 'paragraph', children: phrasing }],
  };
}

/** A checklist as Markdown nodes: heading, summary line, task list. `depth` lets a run export nest it. */
export function checklistNodes(checklist: ChecklistExport, run: ReleaseRun, exportedAt: Date, depth: 2 | 3 = 2): RootContent[] {
  const progress = checklistProgress(checklist.items, checklist.states, run);
  return [
    { type: 'heading', depth, children: [text(`${checklist.title} · ${describeRun(run)}`)] },
    { type: 'paragraph', children: [text(`Exported ${formatUtcDateTime(exportedAt)} · ${describeProgress(progress)}`)] },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: checklist.items.map((item) => itemLine(item, checklist.states, run, exportedAt)),
    },
  ];
}

/** One checklist of one run as GitHub-flavoured Markdown (DESIGN §5). */
export function exportChecklistMarkdown(checklist: ChecklistExport, run: ReleaseRun, exportedAt: Date): string {
  const tree: Root = { type: 'root', children: checklistNodes(checklist, run, exportedAt) };
  return toGfmMarkdown(tree);
}
