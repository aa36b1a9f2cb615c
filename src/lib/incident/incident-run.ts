import * as v from 'valibot';
import {
  ItemStateSchema,
  markNotApplicable,
  tick,
  untick,
  type ItemState,
  type Signature,
} from '../checklist/checklist-state.ts';
import { markdownFileName } from '../markdown/markdown-file-name.ts';
import { oneLine } from '../markdown/markdown-text.ts';
import type { Codec } from '../storage/envelope.ts';
import { formatUtc } from '../time/format-time.ts';
import { elapsedMs, formatDuration } from './clock.ts';
import { decisionDoneLabel, isCustomerSuccessStep, type PlaybookStep } from './playbook.ts';

export const TIMELINE_KINDS = ['start', 'step', 'impact', 'note', 'action', 'resolve', 'reopen'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const textUpTo = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * One line of an incident's timeline. Entries are only ever added: a correction is a new entry
 * that `corrects` an earlier one, which then shows struck through.
 */
export const TimelineEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  at: isoTimestamp,
  by: v.optional(textUpTo(200)),
  kind: v.picklist(TIMELINE_KINDS),
  text: textUpTo(5000),
  corrects: v.optional(textUpTo(100)),
});

export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;

/** An incident worked through with the playbook (DESIGN §4, incident run). */
export const IncidentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** May be empty: under stress nobody should have to name it first. */
  title: textUpTo(200),
  startedAt: isoTimestamp,
  customerImpact: v.boolean(),
  releaseId: v.optional(textUpTo(100)),
  /** The linked release as it was described when linked, so the record reads without it. */
  release: v.optional(textUpTo(500)),
  /** Step states by step id. */
  steps: v.record(v.string(), ItemStateSchema),
  timeline: v.array(TimelineEntrySchema),
  resolvedAt: v.optional(isoTimestamp),
});

export type Incident = v.InferOutput<typeof IncidentSchema>;

export const IncidentsSchema = v.object({
  incidents: v.array(IncidentSchema),
  /** The incident on screen. */
  currentId: v.optional(v.string()),
});

export type Incidents = v.InferOutput<typeof IncidentsSchema>;

export const incidentsCodec: Codec<Incidents> = {
  label: 'incidents',
  version: 1,
  schema: IncidentsSchema,
  migrations: {},
  empty: () => ({ incidents: [] }),
};

export const TITLE_MAX = 200;
export const ENTRY_MAX = 2000;

export interface IncidentInput {
  title: string;
  customerImpact: boolean;
  release?: { id: string; description: string } | undefined;
}

function impactText(customerImpact: boolean): string {
  return customerImpact ? 'customer-impacting' : 'not customer-impacting';
}

function append(incident: Incident, signature: Signature, kind: TimelineKind, text: string, corrects?: string): Incident {
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

export function startIncident(input: IncidentInput, id: string, signature: Signature): Incident {
  const title = oneLine(input.title).slice(0, TITLE_MAX);
  const incident: Incident = {
    id,
    title,
    startedAt: signature.at,
    customerImpact: input.customerImpact,
    ...(input.release ? { releaseId: input.release.id, release: input.release.description } : {}),
    steps: {},
    timeline: [],
  };
  const release = input.release ? ` · linked to ${input.release.description}` : '';
  return append(incident, signature, 'start', `Incident started · ${impactText(input.customerImpact)}${release}`);
}

/** "Incident of 2026-11-26 14:02 UTC" when it has no title. */
export function incidentTitle(incident: Pick<Incident, 'title' | 'startedAt'>): string {
  if (incident.title.trim()) return incident.title.trim();
  return `Incident of ${formatUtc(incident.startedAt)}`;
}

/** "incident-2026-11-26-1402-checkout-errors.md" */
export function incidentFileName(incident: Pick<Incident, 'title' | 'startedAt'>): string {
  const at = new Date(incident.startedAt).toISOString();
  return markdownFileName('incident', `${at.slice(0, 10)}-${at.slice(11, 13)}${at.slice(14, 16)}`, incident.title.slice(0, 60));
}

/** Customer Success steps are required while customers are affected. */
export function isRequired(step: PlaybookStep, incident: Pick<Incident, 'customerImpact'>): boolean {
  return incident.customerImpact && isCustomerSuccessStep(step);
}

/** Steps that may be skipped with a reason: Customer Success steps of an incident that affects no customer. */
export function mayBeNotApplicable(step: PlaybookStep, incident: Pick<Incident, 'customerImpact'>): boolean {
  return !step.decision && !incident.customerImpact && isCustomerSuccessStep(step);
}

export function stepState(incident: Pick<Incident, 'steps'>, step: Pick<PlaybookStep, 'id'>): ItemState {
  return incident.steps[step.id] ?? { status: 'open' };
}

/** The first step still open: the one to do next. */
export function nextStep(steps: readonly PlaybookStep[], incident: Pick<Incident, 'steps'>): PlaybookStep | undefined {
  return steps.find((step) => stepState(incident, step).status === 'open');
}

function assertOpen(incident: Incident) {
  if (incident.resolvedAt) throw new Error('This incident is resolved: reopen it to change it.');
}

function withStep(incident: Incident, step: PlaybookStep, state: ItemState): Incident {
  return { ...incident, steps: { ...incident.steps, [step.id]: state } };
}

export function tickStep(incident: Incident, step: PlaybookStep, signature: Signature): Incident {
  assertOpen(incident);
  const text = step.decision ? `Decision: ${decisionDoneLabel(step).toLowerCase()} · ${step.text}` : `Done · ${step.text}`;
  return append(withStep(incident, step, tick(incident.steps[step.id], signature)), signature, 'step', text);
}

export function untickStep(incident: Incident, step: PlaybookStep, signature: Signature): Incident {
  assertOpen(incident);
  return append(withStep(incident, step, untick(incident.steps[step.id], signature)), signature, 'step', `Reopened · ${step.text}`);
}

/** N/A for a step that may be skipped, "not needed" for a decision; both need a reason. */
export function skipStep(incident: Incident, step: PlaybookStep, reason: string, signature: Signature): Incident {
  assertOpen(incident);
  if (!step.decision && !mayBeNotApplicable(step, incident)) {
    throw new Error(
      isRequired(step, incident)
        ? 'Customer Success steps are required while customers are affected.'
        : 'This step cannot be skipped.',
    );
  }
  const state = markNotApplicable(incident.steps[step.id], reason, signature);
  const text = `${step.decision ? 'Decision: not needed' : 'N/A'} · ${step.text} · Reason: ${state.reason}`;
  return append(withStep(incident, step, state), signature, 'step', text);
}

/**
 * Change whether customers are affected. When they become affected, Customer Success steps
 * that were marked N/A are open again: they are required now.
 */
export function setCustomerImpact(
  incident: Incident,
  customerImpact: boolean,
  steps: readonly PlaybookStep[],
  signature: Signature,
): Incident {
  assertOpen(incident);
  if (incident.customerImpact === customerImpact) return incident;
  let changed: Incident = { ...incident, customerImpact };
  const reopened = customerImpact
    ? steps.filter((step) => isCustomerSuccessStep(step) && stepState(incident, step).status === 'na')
    : [];
  for (const step of reopened) changed = withStep(changed, step, untick(changed.steps[step.id], signature));
  const note = reopened.length > 0 ? ` · Customer Success steps open again: ${reopened.map((step) => step.text).join('; ')}` : '';
  return append(changed, signature, 'impact', `Customer impact changed: ${impactText(customerImpact)}${note}`);
}

/** Why a timeline text cannot be added, or undefined when it can. */
export function entryProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Write something first.';
  if (text.length > ENTRY_MAX) return `Keep it under ${ENTRY_MAX} characters (this is ${text.length}).`;
  return undefined;
}

/** Add a note, or a follow-up action item, to the timeline. */
export function addEntry(incident: Incident, kind: 'note' | 'action', text: string, signature: Signature): Incident {
  assertOpen(incident);
  const problem = entryProblem(text);
  if (problem) throw new Error(problem);
  return append(incident, signature, kind, text.trim());
}

/** The entries that a correction points at: they show struck through. */
export function correctedIds(timeline: readonly TimelineEntry[]): Set<string> {
  return new Set(timeline.flatMap((entry) => (entry.corrects ? [entry.corrects] : [])));
}

export function mayCorrect(entry: TimelineEntry, timeline: readonly TimelineEntry[]): boolean {
  return (entry.kind === 'note' || entry.kind === 'action') && !correctedIds(timeline).has(entry.id);
}

/** Strike a note or action item and add its corrected text. The old text stays in the record. */
export function correctEntry(incident: Incident, entryId: string, text: string, signature: Signature): Incident {
  assertOpen(incident);
  const entry = incident.timeline.find((candidate) => candidate.id === entryId);
  if (!entry || !mayCorrect(entry, incident.timeline)) throw new Error('Only the latest version of a note or an action item can be corrected.');
  const problem = entryProblem(text);
  if (problem) throw new Error(problem);
  return append(incident, signature, entry.kind, text.trim(), entry.id);
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
    if (entry.corrects && ids.has(entry.corrects)) corrections.set(entry.corrects, [...(corrections.get(entry.corrects) ?? []), entry]);
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

/** The follow-up action items, in their latest wording. */
export function actionItems(incident: Pick<Incident, 'timeline'>): TimelineEntry[] {
  const corrected = correctedIds(incident.timeline);
  return timelineRows(incident.timeline)
    .map((row) => row.entry)
    .filter((entry) => entry.kind === 'action' && !corrected.has(entry.id));
}

export function resolveIncident(incident: Incident, signature: Signature): Incident {
  assertOpen(incident);
  const resolved = { ...incident, resolvedAt: signature.at };
  return append(resolved, signature, 'resolve', `Incident resolved · duration ${formatDuration(elapsedMs(incident.startedAt, new Date(signature.at)))}`);
}

export function reopenIncident(incident: Incident, signature: Signature): Incident {
  if (!incident.resolvedAt) return incident;
  const { resolvedAt: _resolvedAt, ...open } = incident;
  return append(open, signature, 'reopen', 'Incident reopened');
}

/** From the start to the resolution, or to now while it is open. */
export function incidentDurationMs(incident: Pick<Incident, 'startedAt' | 'resolvedAt'>, now: Date): number {
  return elapsedMs(incident.startedAt, incident.resolvedAt ? new Date(incident.resolvedAt) : now);
}

/** The incidents with one added (or replaced, by id) and put on screen. */
export function upsertIncident(incidents: Incidents, incident: Incident): Incidents {
  const exists = incidents.incidents.some((existing) => existing.id === incident.id);
  const list = exists
    ? incidents.incidents.map((existing) => (existing.id === incident.id ? incident : existing))
    : [...incidents.incidents, incident];
  return { incidents: list, currentId: incident.id };
}

export function currentIncident(incidents: Incidents): Incident | undefined {
  return incidents.incidents.find((incident) => incident.id === incidents.currentId);
}
