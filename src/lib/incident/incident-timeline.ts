/**
 * An incident's timeline: entries are only ever added. An edit (stored as a correction) strikes an
 * earlier note or action item and adds its new wording, so the record keeps what was first written;
 * the record reads each correction after the entry it corrects, the screen newest first.
 */
import type { Signature } from '../item-state/item-state.ts';
import { assertOpen, type Incident, type TimelineEntry, type TimelineKind } from './incident.ts';

export const ENTRY_MAX = 2000;

/** The incident with one entry added at the end of its timeline, signed. */
export function appendEntry(
  incident: Incident,
  signature: Signature,
  kind: TimelineKind,
  text: string,
  corrects?: string,
): Incident {
  const entry: TimelineEntry = {
    id: `e${incident.timeline.length + 1}`,
    at: signature.at,
    ...(signature.by ? { by: signature.by } : {}),
    kind,
    text,
    ...(corrects ? { corrects } : {}),
  };
  return { ...incident, timeline: [...incident.timeline, entry] };
}

/** Why a timeline text cannot be added, or undefined when it can. */
export function entryProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Write something first.';
  if (text.length > ENTRY_MAX)
    return `Keep it under ${ENTRY_MAX} characters (this is ${text.length}).`;
  return undefined;
}

/** Add a note, or a follow-up action item, to the timeline. */
export function addEntry(
  incident: Incident,
  kind: 'note' | 'action',
  text: string,
  signature: Signature,
): Incident {
  assertOpen(incident);
  const problem = entryProblem(text);
  if (problem) throw new Error(problem);
  return appendEntry(incident, signature, kind, text.trim());
}

/** The entries that a correction points at: they show struck through. */
export function correctedIds(timeline: readonly TimelineEntry[]): Set<string> {
  return new Set(timeline.flatMap((entry) => (entry.corrects ? [entry.corrects] : [])));
}

export function mayCorrect(entry: TimelineEntry, timeline: readonly TimelineEntry[]): boolean {
  return (
    (entry.kind === 'note' || entry.kind === 'action') && !correctedIds(timeline).has(entry.id)
  );
}

/** Strike a note or action item and add its corrected text. The old text stays in the record. */
export function correctEntry(
  incident: Incident,
  entryId: string,
  text: string,
  signature: Signature,
): Incident {
  assertOpen(incident);
  const entry = incident.timeline.find((candidate) => candidate.id === entryId);
  if (!entry || !mayCorrect(entry, incident.timeline))
    throw new Error('Only the latest version of a note or an action item can be edited.');
  const problem = entryProblem(text);
  if (problem) throw new Error(problem);
  return appendEntry(incident, signature, entry.kind, text.trim(), entry.id);
}

export interface TimelineRow {
  entry: TimelineEntry;
  /** Corrected by a later entry: show it struck through. */
  struck: boolean;
}

/**
 * The timeline in the order it was written, each correction right after the entry it corrects.
 * Every entry shows exactly once, whatever the stored data says (two corrections of one entry,
 * a correction of an unknown entry).
 */
export function timelineRows(timeline: readonly TimelineEntry[]): TimelineRow[] {
  const ids = new Set(timeline.map((entry) => entry.id));
  const corrected = correctedIds(timeline);
  const corrections = new Map<string, TimelineEntry[]>();
  for (const entry of timeline) {
    if (entry.corrects && ids.has(entry.corrects))
      corrections.set(entry.corrects, [...(corrections.get(entry.corrects) ?? []), entry]);
  }
  const rows: TimelineRow[] = [];
  const shown = new Set<TimelineEntry>();
  const show = (entry: TimelineEntry) => {
    if (shown.has(entry)) return;
    shown.add(entry);
    rows.push({ entry, struck: corrected.has(entry.id) });
    for (const correction of corrections.get(entry.id) ?? []) show(correction);
  };
  for (const entry of timeline) if (!entry.corrects || !ids.has(entry.corrects)) show(entry);
  for (const entry of timeline) show(entry); // corrections that loop back on each other
  return rows;
}

/**
 * The timeline as the screen shows it, next to the input: newest first, and each entry's latest
 * wording above its earlier, struck ones. An edited entry keeps the place of the entry it edits.
 */
export function timelineRowsNewestFirst(timeline: readonly TimelineEntry[]): TimelineRow[] {
  const groups: TimelineRow[][] = [];
  for (const row of timelineRows(timeline)) {
    const group = groups.at(-1);
    if (
      group &&
      row.entry.corrects !== undefined &&
      group.some((earlier) => earlier.entry.id === row.entry.corrects)
    )
      group.push(row);
    else groups.push([row]);
  }
  return groups.reverse().flatMap((group) => group.reverse());
}

/** The follow-up action items, in their latest wording. */
export function actionItems(incident: Pick<Incident, 'timeline'>): TimelineEntry[] {
  const corrected = correctedIds(incident.timeline);
  return timelineRows(incident.timeline)
    .map((row) => row.entry)
    .filter((entry) => entry.kind === 'action' && !corrected.has(entry.id));
}
