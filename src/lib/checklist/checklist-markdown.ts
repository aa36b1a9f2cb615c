/** A checklist of a release run as Markdown, to paste into an issue or a PR: alone, or as a section of the run's export. */
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { describeItemStateText } from '../item-state/describe.ts';
import { historyLine } from '../team/history-text.ts';
import type { ItemAction } from '../team/item-history.ts';
import type { ChecklistItem } from './checklist-item.ts';
import {
  checklistProgress,
  type ChecklistState,
  describeProgress,
  effectiveState,
} from './checklist-state.ts';
import { describeRun, type ReleaseRun } from '../releases/release-run.ts';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { formatUtcDateTime, formatUtcTime } from '../time/format-time.ts';

export interface ChecklistExport {
  title: string;
  items: readonly ChecklistItem[];
  states: ChecklistState | undefined;
  /** A shared run's sign-off history, by item id, in history order; local runs have none. */
  history?: Readonly<Record<string, readonly ItemAction[]>> | undefined;
}

/** The item's history as a nested list, one action a line, times in UTC. */
function historyList(actions: readonly ItemAction[], exportedAt: Date): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: actions.map((action) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [text(oneLine(historyLine(action, (at) => formatUtcTime(at, exportedAt))))],
        },
      ],
    })),
  };
}

function itemLine(
  item: ChecklistItem,
  states: ChecklistState | undefined,
  run: ReleaseRun,
  exportedAt: Date,
  history: readonly ItemAction[] = [],
): ListItem {
  const state = effectiveState(item, states?.[item.id], run);
  const described = oneLine(describeItemStateText(state, (at) => formatUtcTime(at, exportedAt)));
  const phrasing: PhrasingContent[] = [
    state.status === 'na' ? { type: 'delete', children: [text(item.text)] } : text(item.text),
  ];
  if (described) phrasing.push(text(` · ${described}`));
  if (state.note) phrasing.push(text(` · Note: ${oneLine(state.note)}`));
  return {
    type: 'listItem',
    checked: state.status !== 'open',
    spread: false,
    children: [
      { type: 'paragraph', children: phrasing },
      ...(history.length > 0 ? [historyList(history, exportedAt)] : []),
    ],
  };
}

/** A checklist as Markdown nodes: heading, summary line, task list. `depth` lets a run export nest it. */
export function checklistNodes(
  checklist: ChecklistExport,
  run: ReleaseRun,
  exportedAt: Date,
  depth: 2 | 3 = 2,
): RootContent[] {
  const progress = checklistProgress(checklist.items, checklist.states, run);
  return [
    { type: 'heading', depth, children: [text(`${checklist.title} · ${describeRun(run)}`)] },
    {
      type: 'paragraph',
      children: [text(`Exported ${formatUtcDateTime(exportedAt)} · ${describeProgress(progress)}`)],
    },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: checklist.items.map((item) =>
        itemLine(
          item,
          checklist.states,
          run,
          exportedAt,
          checklist.history && Object.hasOwn(checklist.history, item.id)
            ? checklist.history[item.id]
            : undefined,
        ),
      ),
    },
  ];
}

/** One checklist of one run as GitHub-flavoured Markdown: a heading, the progress, a task list. */
export function exportChecklistMarkdown(
  checklist: ChecklistExport,
  run: ReleaseRun,
  exportedAt: Date,
): string {
  const tree: Root = { type: 'root', children: checklistNodes(checklist, run, exportedAt) };
  return toGfmMarkdown(tree);
}
