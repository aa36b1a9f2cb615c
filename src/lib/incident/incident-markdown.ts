/**
 * The incident record as Markdown: the skeleton of a postmortem, to paste into an issue or a wiki.
 * What the record says goes in (impact, the rollback decision, root cause and lessons noted in
 * the timeline, follow-ups with owners); what it cannot know yet is marked "to be written".
 */
import type { List, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { describeItemStateText } from '../item-state/describe.ts';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { formatUtcDateTime } from '../time/format-time.ts';
import { formatClock } from './clock.ts';
import { timelineRows } from './incident-timeline.ts';
import {
  type Incident,
  incidentDurationMs,
  incidentTitle,
  type TimelineEntry,
} from './incident.ts';
import { isRequired, stepState } from './incident-transitions.ts';
import { isRollbackDecision, stepWording, type Playbook } from './playbook.ts';
import {
  customerUpdates,
  exportTime,
  followUps,
  lessonNotes,
  rollbackDecision,
  rootCauseNotes,
} from './postmortem.ts';

type TimeOf = (iso: string) => string;

const signedBy = (by: string | undefined) => (by && oneLine(by) ? ` by ${oneLine(by)}` : '');
const paragraph = (words: string): RootContent => ({ type: 'paragraph', children: [text(words)] });

function list(items: PhrasingContent[][], checked?: (index: number) => boolean): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children, index) => ({
      type: 'listItem',
      spread: false,
      ...(checked ? { checked: checked(index) } : {}),
      children: [{ type: 'paragraph', children }],
    })),
  };
}

const lines = (words: string[]): List => list(words.map((line) => [text(line)]));

function steps(incident: Incident, playbook: Playbook, timeOf: TimeOf): List {
  const states = playbook.steps.map((step) => stepState(incident, step));
  const items = playbook.steps.map((step, index): PhrasingContent[] => {
    const state = states[index]!;
    const described = oneLine(describeItemStateText(state, timeOf, stepWording(step)));
    const struck = state.status === 'na' && !step.decision;
    const phrasing: PhrasingContent[] = [
      struck ? { type: 'delete', children: [text(step.text)] } : text(step.text),
    ];
    if (described) phrasing.push(text(` · ${described}`));
    if (state.status === 'done' && incident.rollback && isRollbackDecision(step)) {
      phrasing.push(text(` · to ${oneLine(incident.rollback.version)}`));
    }
    if (state.status === 'open' && isRequired(step, incident))
      phrasing.push(text(' · required: customers are affected'));
    return phrasing;
  });
  return list(items, (index) => states[index]!.status !== 'open');
}

function entryCell(entry: TimelineEntry, struck: boolean): PhrasingContent[] {
  const prefix = `${entry.corrects ? 'Correction: ' : ''}${entry.kind === 'action' ? 'Action item: ' : ''}`;
  const words = text(`${prefix}${oneLine(entry.text)}`);
  return struck ? [{ type: 'delete', children: [words] }] : [words];
}

function timelineTable(incident: Incident, timeOf: TimeOf): RootContent {
  const cell = (children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
  const header: TableRow = {
    type: 'tableRow',
    children: [cell([text('Time')]), cell([text('Who')]), cell([text('Entry')])],
  };
  const rows: TableRow[] = timelineRows(incident.timeline).map(({ entry, struck }) => ({
    type: 'tableRow',
    children: [
      cell([text(timeOf(entry.at))]),
      cell(entry.by ? [text(oneLine(entry.by))] : []),
      cell(entryCell(entry, struck)),
    ],
  }));
  return { type: 'table', align: [null, null, null], children: [header, ...rows] };
}

function facts(incident: Incident): RootContent {
  return lines([
    ...(incident.release ? [`Linked release: ${oneLine(incident.release)}`] : []),
    `Started: ${formatUtcDateTime(new Date(incident.startedAt))}`,
    incident.resolvedAt
      ? `Resolved: ${formatUtcDateTime(new Date(incident.resolvedAt))}`
      : 'Resolved: not yet',
    ...(incident.resolvedAt && incident.resolution
      ? [`Resolution: ${oneLine(incident.resolution)}`]
      : []),
  ]);
}

/** Customer-facing or not, and for how long: the duration as the incident clock shows it. */
function impact(
  incident: Incident,
  playbook: Playbook,
  exportedAt: Date,
  timeOf: TimeOf,
): RootContent {
  const updates = customerUpdates(incident, playbook);
  const last = updates.at(-1);
  return lines([
    `Customer-facing: ${incident.customerImpact ? 'yes' : 'no'}`,
    `${incident.resolvedAt ? 'Duration' : 'Duration so far'}: ${formatClock(incidentDurationMs(incident, exportedAt))}`,
    ...(incident.customerImpact || last
      ? [
          `Customer updates sent: ${updates.length}${last ? `, the last at ${timeOf(last.at)}` : ''}`,
        ]
      : []),
  ]);
}

function rollbackSection(incident: Incident, playbook: Playbook, timeOf: TimeOf): RootContent[] {
  const decision = rollbackDecision(incident, playbook);
  if (!decision) return [];
  const signed = (at: string | undefined, by: string | undefined) =>
    `${at ? ` · ${timeOf(at)}` : ''}${signedBy(by)}`;
  let words = 'Not decided yet.';
  if (decision.decided === 'rolled-back') {
    const { rollback, state } = decision;
    const what = rollback
      ? `Rolled back to ${oneLine(rollback.version)}`
      : 'Rolled back (version not recorded)';
    words = `${what}${signed(state.at, state.by)}${rollback ? ` · Reason: ${oneLine(rollback.reason)}` : ''}`;
  } else if (decision.decided === 'not-needed') {
    words = `Not needed${signed(decision.state.at, decision.state.by)} · Reason: ${oneLine(decision.reason)}`;
  }
  return [heading(3, 'Rollback decision'), paragraph(words)];
}

function notesOrPlaceholder(
  notes: { entry: TimelineEntry; text: string }[],
  timeOf: TimeOf,
  placeholder: string,
): RootContent {
  if (notes.length === 0) return paragraph(placeholder);
  return lines(
    notes.map(
      ({ entry, text: words }) => `${words} · noted ${timeOf(entry.at)}${signedBy(entry.by)}`,
    ),
  );
}

function actionList(incident: Incident, timeOf: TimeOf): RootContent {
  const items = followUps(incident);
  if (items.length === 0) return paragraph('None noted.');
  return list(
    items.map(({ entry, action, owner }) => [
      text(
        `${action} · owner: ${owner ?? 'to be assigned'} · noted ${timeOf(entry.at)}${signedBy(entry.by)}`,
      ),
    ]),
    () => false,
  );
}

const heading = (depth: 2 | 3, words: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(words)],
});

/**
 * The incident record as GitHub-flavoured Markdown, the skeleton of a postmortem. Times are UTC;
 * once the incident spans two days every time carries its date.
 */
export function exportIncidentMarkdown(
  incident: Incident,
  playbook: Playbook,
  exportedAt: Date,
): string {
  const timeOf = exportTime(incident, exportedAt);
  const tree: Root = {
    type: 'root',
    children: [
      heading(2, `Incident: ${oneLine(incidentTitle(incident))}`),
      paragraph(`Exported ${formatUtcDateTime(exportedAt)}`),
      facts(incident),
      heading(3, 'Impact'),
      impact(incident, playbook, exportedAt, timeOf),
      ...rollbackSection(incident, playbook, timeOf),
      heading(3, 'Root cause'),
      notesOrPlaceholder(
        rootCauseNotes(incident),
        timeOf,
        'To be written. (A timeline note that starts with “Root cause:” is copied here.)',
      ),
      heading(3, 'Steps'),
      ...(playbook.trigger ? [paragraph(playbook.trigger)] : []),
      steps(incident, playbook, timeOf),
      heading(3, 'Timeline'),
      timelineTable(incident, timeOf),
      heading(3, 'Action items'),
      actionList(incident, timeOf),
      heading(3, 'Lessons'),
      notesOrPlaceholder(
        lessonNotes(incident),
        timeOf,
        'To be written: what went well, what did not, where we were lucky. (A timeline note that starts with “Lesson:” is copied here.)',
      ),
    ],
  };
  return toGfmMarkdown(tree);
}
