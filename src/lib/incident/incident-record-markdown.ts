/*
 * The incident export's steps and timeline, and who signed what. In a shared incident the names are
 * the server's word, worded by lib/team/incident-witnesses.ts: who wrote each timeline entry, and
 * each step's sign-off history under it, as a shared checklist's export has them; local work keeps
 * its signatures.
 */
import type { List, PhrasingContent, RootContent, TableRow } from 'mdast';
import { describeItemStateText } from '../item-state/describe.ts';
import { oneLine, text } from '../markdown/markdown-text.ts';
import type { Incident, TimelineEntry } from './incident.ts';
import { timelineRows } from './incident-timeline.ts';
import { isRequired, stepState } from './incident-transitions.ts';
import { isRollbackDecision, stepWording, type Playbook } from './playbook.ts';

export type TimeOf = (iso: string) => string;

/** What the team's document says of a shared incident, in words: each step's history, who wrote each entry. */
export interface SharedIncidentRecord {
  /** One line per action, by step id. */
  steps: Readonly<Record<string, readonly string[]>>;
  /** Who wrote each timeline entry, by entry id. */
  timeline: Readonly<Record<string, string>>;
}

/** Who wrote a timeline entry: in a shared incident, the server's word; else its signature. */
export function entrySigner(
  entry: TimelineEntry,
  shared: SharedIncidentRecord | undefined,
): string {
  const who =
    shared && Object.hasOwn(shared.timeline, entry.id) ? shared.timeline[entry.id] : entry.by;
  return who ? oneLine(who) : '';
}

export function list(items: PhrasingContent[][], checked?: (index: number) => boolean): List {
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

export function steps(
  incident: Incident,
  playbook: Playbook,
  timeOf: TimeOf,
  shared: SharedIncidentRecord | undefined,
): List {
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
  const tree = list(items, (index) => states[index]!.status !== 'open');
  tree.children.forEach((item, index) => {
    const id = playbook.steps[index]!.id;
    const history = shared && Object.hasOwn(shared.steps, id) ? shared.steps[id] : undefined;
    if (history?.length) item.children.push(list(history.map((line) => [text(oneLine(line))])));
  });
  return tree;
}

function entryCell(entry: TimelineEntry, struck: boolean): PhrasingContent[] {
  const prefix = `${entry.corrects ? 'Correction: ' : ''}${entry.kind === 'action' ? 'Action item: ' : ''}`;
  const words = text(`${prefix}${oneLine(entry.text)}`);
  return struck ? [{ type: 'delete', children: [words] }] : [words];
}

export function timelineTable(
  incident: Incident,
  timeOf: TimeOf,
  shared: SharedIncidentRecord | undefined,
): RootContent {
  const cell = (children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
  const header: TableRow = {
    type: 'tableRow',
    children: [cell([text('Time')]), cell([text('Who')]), cell([text('Entry')])],
  };
  const rows: TableRow[] = timelineRows(incident.timeline).map(({ entry, struck }) => {
    const who = entrySigner(entry, shared);
    return {
      type: 'tableRow',
      children: [
        cell([text(timeOf(entry.at))]),
        cell(who ? [text(who)] : []),
        cell(entryCell(entry, struck)),
      ],
    };
  });
  return { type: 'table', align: [null, null, null], children: [header, ...rows] };
}
