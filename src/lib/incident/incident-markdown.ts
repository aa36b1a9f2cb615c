/** The incident record as Markdown: the skeleton of a postmortem, to paste into an issue or a wiki. */
import type { ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { describeItemStateText } from '../item-state/describe.ts';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { formatUtcDateTime, formatUtcTime } from '../time/format-time.ts';
import { formatDuration } from './clock.ts';
import { actionItems, timelineRows } from './incident-timeline.ts';
import { type Incident, incidentDurationMs, incidentTitle, type TimelineEntry } from './incident.ts';
import { isRequired, stepState } from './incident-transitions.ts';
import { stepWording, type Playbook, type PlaybookStep } from './playbook.ts';

const signedBy = (by: string | undefined) => (by && oneLine(by) ? ` by ${oneLine(by)}` : '');

function stepLine(step: PlaybookStep, incident: Incident, reference: Date): ListItem {
  const state = stepState(incident, step);
  const described = oneLine(describeItemStateText(state, (at) => formatUtcTime(at, reference), stepWording(step)));
  const struck = state.status === 'na' && !step.decision;
  const phrasing: PhrasingContent[] = [struck ? { type: 'delete', children: [text(step.text)] } : text(step.text)];
  if (described) phrasing.push(text(` · ${described}`));
  if (state.status === 'open' && isRequired(step, incident)) phrasing.push(text(' · required: customers are affected'));
  return { type: 'listItem', checked: state.status !== 'open', spread: false, children: [{ type: 'paragraph', children: phrasing }] };
}

function entryCell(entry: TimelineEntry, struck: boolean): PhrasingContent[] {
  const prefix = `${entry.corrects ? 'Correction: ' : ''}${entry.kind === 'action' ? 'Action item: ' : ''}`;
  const words = text(`${prefix}${oneLine(entry.text)}`);
  return struck ? [{ type: 'delete', children: [words] }] : [words];
}

function timelineTable(incident: Incident, reference: Date): RootContent {
  const cell = (children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
  const header: TableRow = { type: 'tableRow', children: [cell([text('Time')]), cell([text('Who')]), cell([text('Entry')])] };
  const rows: TableRow[] = timelineRows(incident.timeline).map(({ entry, struck }) => ({
    type: 'tableRow',
    children: [cell([text(formatUtcTime(entry.at, reference))]), cell(entry.by ? [text(oneLine(entry.by))] : []), cell(entryCell(entry, struck))],
  }));
  return { type: 'table', align: [null, null, null], children: [header, ...rows] };
}

function facts(incident: Incident, exportedAt: Date): RootContent {
  const lines = [
    ...(incident.release ? [`Linked release: ${oneLine(incident.release)}`] : []),
    `Started: ${formatUtcDateTime(new Date(incident.startedAt))}`,
    incident.resolvedAt ? `Resolved: ${formatUtcDateTime(new Date(incident.resolvedAt))}` : 'Resolved: not yet',
    `${incident.resolvedAt ? 'Duration' : 'Duration so far'}: ${formatDuration(incidentDurationMs(incident, exportedAt))}`,
    `Customer impact: ${incident.customerImpact ? 'yes' : 'no'}`,
  ];
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: lines.map((line) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(line)] }] })),
  };
}

function actionList(incident: Incident, reference: Date): RootContent {
  const items = actionItems(incident);
  if (items.length === 0) return { type: 'paragraph', children: [text('None noted.')] };
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((entry) => ({
      type: 'listItem',
      checked: false,
      spread: false,
      children: [{ type: 'paragraph', children: [text(`${oneLine(entry.text)} · noted ${formatUtcTime(entry.at, reference)}${signedBy(entry.by)}`)] }],
    })),
  };
}

/**
 * The incident record as GitHub-flavoured Markdown: the facts, the steps with their
 * times, the timeline as a table and the follow-up action items, the skeleton of a postmortem.
 * Times are UTC, with the date where it is not the day the incident started.
 */
export function exportIncidentMarkdown(incident: Incident, playbook: Playbook, exportedAt: Date): string {
  const reference = new Date(incident.startedAt);
  const heading = (depth: 2 | 3, words: string): RootContent => ({ type: 'heading', depth, children: [text(words)] });
  const tree: Root = {
    type: 'root',
    children: [
      heading(2, `Incident: ${oneLine(incidentTitle(incident))}`),
      { type: 'paragraph', children: [text(`Exported ${formatUtcDateTime(exportedAt)}`)] },
      facts(incident, exportedAt),
      heading(3, 'Steps'),
      ...(playbook.trigger ? [{ type: 'paragraph', children: [text(playbook.trigger)] } as RootContent] : []),
      { type: 'list', ordered: false, spread: false, children: playbook.steps.map((step) => stepLine(step, incident, reference)) },
      heading(3, 'Timeline'),
      timelineTable(incident, reference),
      heading(3, 'Follow-up action items'),
      actionList(incident, reference),
    ],
  };
  return toGfmMarkdown(tree);
}
