/**
 * What a postmortem reads from an incident's record, apart from how it is written out: the
 * rollback decision, the root cause and lessons noted in the timeline, the follow-ups with their
 * owners, the customer updates sent, and how times must be written when the incident crosses
 * midnight.
 *
 * Responders write the root cause and lessons as timeline notes that begin with "Root cause:"
 * or "Lesson:", and give an action item an owner with "owner: Sam"; the export picks them up.
 */
import { oneLine } from '../markdown/markdown-text.ts';
import { formatUtc, formatUtcTime, utcDate } from '../time/format-time.ts';
import { actionItems, correctedIds } from './incident-timeline.ts';
import { stepState } from './incident-transitions.ts';
import type { Incident, Rollback, TimelineEntry } from './incident.ts';
import { isCustomerUpdateStep, isRollbackDecision, type Playbook } from './playbook.ts';
import type { ItemState } from '../item-state/item-state.ts';

const ROOT_CAUSE = /^\s*(?:root cause|cause)\s*[:–—-]\s*/i;
const LESSON = /^\s*lessons?(?: learned)?\s*[:–—-]\s*/i;
const OWNER = /\s*[([]?\bowners?\s*:\s*([^()[\]]+?)[)\]]?\s*$/i;

/** How the export writes a moment: with its date on every line once the incident spans two UTC days. */
export function exportTime(
  incident: Pick<Incident, 'startedAt' | 'resolvedAt'>,
  exportedAt: Date,
): (iso: string) => string {
  const start = new Date(incident.startedAt);
  const end = incident.resolvedAt ? new Date(incident.resolvedAt) : exportedAt;
  const crossesMidnight =
    !Number.isNaN(start.getTime()) &&
    !Number.isNaN(end.getTime()) &&
    utcDate(start) !== utcDate(end);
  return crossesMidnight ? formatUtc : (iso) => formatUtcTime(iso, start);
}

/** A note in its latest wording whose text starts with the marker, the marker taken off. */
function markedNotes(
  incident: Pick<Incident, 'timeline'>,
  marker: RegExp,
): { entry: TimelineEntry; text: string }[] {
  const corrected = correctedIds(incident.timeline);
  return incident.timeline
    .filter((entry) => entry.kind === 'note' && !corrected.has(entry.id) && marker.test(entry.text))
    .map((entry) => ({ entry, text: oneLine(entry.text.replace(marker, '')) }))
    .filter((note) => note.text !== '');
}

export function rootCauseNotes(incident: Pick<Incident, 'timeline'>) {
  return markedNotes(incident, ROOT_CAUSE);
}

export function lessonNotes(incident: Pick<Incident, 'timeline'>) {
  return markedNotes(incident, LESSON);
}

/** "Alert on errors (owner: Sam)" → the action and its owner; no owner when none is named. */
export function actionWithOwner(text: string): { action: string; owner?: string } {
  const line = oneLine(text);
  const match = OWNER.exec(line);
  const owner = match?.[1] ? oneLine(match[1]) : '';
  const action = match ? line.slice(0, match.index).trim() : line;
  return owner && action ? { action, owner } : { action: line };
}

export function followUps(incident: Pick<Incident, 'timeline'>) {
  return actionItems(incident).map((entry) => ({ entry, ...actionWithOwner(entry.text) }));
}

/** The rollback decision as the record holds it: taken (with what was rolled back to), not needed, or still open. */
export type RollbackDecision =
  | { decided: 'rolled-back'; state: ItemState; rollback?: Rollback | undefined }
  | { decided: 'not-needed'; state: ItemState; reason: string }
  | { decided: 'open' };

/** Undefined when the playbook has no rollback decision. */
export function rollbackDecision(
  incident: Incident,
  playbook: Playbook,
): RollbackDecision | undefined {
  const step = playbook.steps.find(isRollbackDecision);
  if (!step) return undefined;
  const state = stepState(incident, step);
  if (state.status === 'done')
    return { decided: 'rolled-back', state, rollback: incident.rollback };
  if (state.status === 'na') return { decided: 'not-needed', state, reason: state.reason ?? '' };
  return { decided: 'open' };
}

/** A customer update sent: when, and by whom when the record says. */
export interface CustomerUpdate {
  at: string;
  by?: string;
}

/** Two records of one update: "Customer update sent" pressed and the step ticked within a minute. */
const SAME_UPDATE_MS = 60_000;

/**
 * The customer updates sent, oldest first: the timeline's "Customer update sent" entries, and the
 * playbook's "Update customers" step once it is done (unless an entry already records that update).
 */
export function customerUpdates(
  incident: Pick<Incident, 'timeline' | 'steps'>,
  playbook: Pick<Playbook, 'steps'>,
): CustomerUpdate[] {
  const updates: CustomerUpdate[] = incident.timeline
    .filter((entry) => entry.kind === 'customer-update')
    .map((entry) => (entry.by ? { at: entry.at, by: entry.by } : { at: entry.at }));
  for (const step of playbook.steps.filter(isCustomerUpdateStep)) {
    const { status, at, by } = stepState(incident, step);
    if (status !== 'done' || !at) continue;
    const recorded = updates.some(
      (update) => Math.abs(Date.parse(update.at) - Date.parse(at)) < SAME_UPDATE_MS,
    );
    if (!recorded) updates.push(by ? { at, by } : { at });
  }
  return updates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
