/**
 * The incident record as Markdown: the skeleton of a postmortem, to paste into an issue or a wiki.
 * What the record says goes in (impact, the rollback decision, root cause and lessons noted in
 * the timeline, follow-ups with owners); what it cannot know yet is marked "to be written".
 */
import type { List, Root, RootContent } from 'mdast';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { formatUtcDateTime } from '../time/format-time.ts';
import { formatClock } from './clock.ts';
import {
  type Incident,
  incidentDurationMs,
  incidentTitle,
  type TimelineEntry,
} from './incident.ts';
import {
  entrySigner,
  list,
  steps,
  timelineTable,
  type SharedIncidentRecord,
  type TimeOf,
} from './incident-record-markdown.ts';
import type { Playbook } from './playbook.ts';
import {
  customerUpdates,
  exportTime,
  followUps,
  lessonNotes,
  rollbackDecision,
  rootCauseNotes,
} from './postmortem.ts';

const signedBy = (by: string | undefined) => (by && oneLine(by) ? ` by ${oneLine(by)}` : '');
const paragraph = (words: string): RootContent => ({ type: 'paragraph', children: [text(words)] });

const lines = (words: string[]): List => list(words.map((line) => [text(line)]));

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
  shared: SharedIncidentRecord | undefined,
  placeholder: string,
): RootContent {
  if (notes.length === 0) return paragraph(placeholder);
  return lines(
    notes.map(
      ({ entry, text: words }) =>
        `${words} · noted ${timeOf(entry.at)}${signedBy(entrySigner(entry, shared))}`,
    ),
  );
}

function actionList(
  incident: Incident,
  timeOf: TimeOf,
  shared: SharedIncidentRecord | undefined,
): RootContent {
  const items = followUps(incident);
  if (items.length === 0) return paragraph('None noted.');
  return list(
    items.map(({ entry, action, owner }) => [
      text(
        `${action} · owner: ${owner ?? 'to be assigned'} · noted ${timeOf(entry.at)}${signedBy(entrySigner(entry, shared))}`,
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
  /** A shared incident's witnesses: then who did what is the server's word. */
  shared?: SharedIncidentRecord,
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
        shared,
        'To be written. (A timeline note that starts with “Root cause:” is copied here.)',
      ),
      heading(3, 'Steps'),
      ...(playbook.trigger ? [paragraph(playbook.trigger)] : []),
      steps(incident, playbook, timeOf, shared),
      heading(3, 'Timeline'),
      timelineTable(incident, timeOf, shared),
      heading(3, 'Action items'),
      actionList(incident, timeOf, shared),
      heading(3, 'Lessons'),
      notesOrPlaceholder(
        lessonNotes(incident),
        timeOf,
        shared,
        'To be written: what went well, what did not, where we were lucky. (A timeline note that starts with “Lesson:” is copied here.)',
      ),
    ],
  };
  return toGfmMarkdown(tree);
}
