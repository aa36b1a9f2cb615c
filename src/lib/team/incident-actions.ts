/*
 * The incident actions of the incident page, one function each, on a shared incident document:
 * each runs the same pure transition of incident-run as a local incident does, so the rules and
 * the timeline's wording cannot drift between local and team mode.
 */
import type * as Y from 'yjs';
import { addEntry, correctEntry } from '../incident/incident-timeline.ts';
import type { ReminderSettings, Rollback } from '../incident/incident.ts';
import {
  reopenIncident,
  setCustomerImpact,
  skipStep,
  startIncident,
  tickStep,
  untickStep,
  type IncidentInput,
} from '../incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../incident/incident-decisions.ts';
import type { PlaybookStep } from '../incident/playbook.ts';
import { recordCustomerUpdate, setReminderSettings } from '../incident/reminders.ts';
import { importIncident, updateIncidentDocument } from './incident-document.ts';
import type { TeamSignature } from './team-documents.ts';

export function startSharedIncident(
  doc: Y.Doc,
  input: IncidentInput,
  id: string,
  signature: TeamSignature,
): void {
  importIncident(doc, startIncident(input, id, signature), signature);
}

export function tickIncidentStep(doc: Y.Doc, step: PlaybookStep, signature: TeamSignature): void {
  updateIncidentDocument(doc, (incident) => tickStep(incident, step, signature), signature);
}

export function untickIncidentStep(doc: Y.Doc, step: PlaybookStep, signature: TeamSignature): void {
  updateIncidentDocument(doc, (incident) => untickStep(incident, step, signature), signature);
}

/** N/A for a step that may be skipped, "not needed" for a decision; both need a reason. */
export function skipIncidentStep(
  doc: Y.Doc,
  step: PlaybookStep,
  reason: string,
  signature: TeamSignature,
): void {
  updateIncidentDocument(doc, (incident) => skipStep(incident, step, reason, signature), signature);
}

export function setSharedCustomerImpact(
  doc: Y.Doc,
  customerImpact: boolean,
  steps: readonly PlaybookStep[],
  signature: TeamSignature,
): void {
  updateIncidentDocument(
    doc,
    (incident) => setCustomerImpact(incident, customerImpact, steps, signature),
    signature,
  );
}

export function addTimelineEntry(
  doc: Y.Doc,
  kind: 'note' | 'action',
  text: string,
  signature: TeamSignature,
): void {
  updateIncidentDocument(doc, (incident) => addEntry(incident, kind, text, signature), signature);
}

export function correctTimelineEntry(
  doc: Y.Doc,
  entryId: string,
  text: string,
  signature: TeamSignature,
): void {
  updateIncidentDocument(
    doc,
    (incident) => correctEntry(incident, entryId, text, signature),
    signature,
  );
}

/** "Rolled back": the version production went back to, and why. */
export function decideSharedRollback(
  doc: Y.Doc,
  step: PlaybookStep,
  rollback: Rollback,
  signature: TeamSignature,
): void {
  updateIncidentDocument(
    doc,
    (incident) => decideRollback(incident, step, rollback, signature),
    signature,
  );
}

export function resolveSharedIncident(doc: Y.Doc, summary: string, signature: TeamSignature): void {
  updateIncidentDocument(
    doc,
    (incident) => resolveIncident(incident, summary, signature),
    signature,
  );
}

/** `undone`: the undo of a resolve just made. */
export function reopenSharedIncident(doc: Y.Doc, signature: TeamSignature, undone = false): void {
  updateIncidentDocument(doc, (incident) => reopenIncident(incident, signature, undone), signature);
}

export function recordSharedCustomerUpdate(doc: Y.Doc, signature: TeamSignature): void {
  updateIncidentDocument(doc, (incident) => recordCustomerUpdate(incident, signature), signature);
}

export function setSharedReminderSettings(
  doc: Y.Doc,
  settings: ReminderSettings,
  signature: TeamSignature,
): void {
  updateIncidentDocument(doc, (incident) => setReminderSettings(incident, settings), signature);
}
