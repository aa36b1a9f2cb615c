/**
 * An incident as it is stored: its schema and codec, and how the record names itself (title,
 * file name, duration). The transitions and the timeline live beside it, in
 * incident-transitions.ts and incident-timeline.ts.
 */
import * as v from 'valibot';
import { ItemStateSchema } from '../item-state/item-state.ts';
import { markdownFileName } from '../markdown/markdown-file-name.ts';
import { defineCodec } from '../storage/envelope.ts';
import { recordsOnScreenSchema, replaceOrAppend } from '../storage/records-on-screen.ts';
import { formatUtc, utcDate, utcHoursMinutes } from '../time/format-time.ts';
import { elapsedMs } from './clock.ts';

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

/** An incident worked through with the playbook: its steps signed and timed, and its timeline. */
export const IncidentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** May be empty: under stress nobody should have to name it first. */
  title: textUpTo(200),
  startedAt: isoTimestamp,
  customerImpact: v.boolean(),
  releaseId: v.optional(textUpTo(100)),
  /** The linked release as it was described when linked, so the record reads without it. */
  release: v.optional(textUpTo(500)),
  /** Step states by step id: the shared item state, so a change to it changes this format. */
  steps: v.record(v.string(), ItemStateSchema),
  timeline: v.array(TimelineEntrySchema),
  resolvedAt: v.optional(isoTimestamp),
});

export type Incident = v.InferOutput<typeof IncidentSchema>;

/** Every incident kept in this browser, and the one on screen. */
export const IncidentsSchema = recordsOnScreenSchema('incidents', IncidentSchema);

export type Incidents = v.InferOutput<typeof IncidentsSchema>;

/** Embeds `ItemStateSchema`: a change to it is a change to this format (see item-state.ts). */
export const incidentsCodec = defineCodec('incidents', IncidentsSchema, () => ({ incidents: [] }));

export const TITLE_MAX = 200;

export function assertOpen(incident: Pick<Incident, 'resolvedAt'>): void {
  if (incident.resolvedAt) throw new Error('This incident is resolved: reopen it to change it.');
}

/** "Incident of 2026-11-26 14:02 UTC" when it has no title. */
export function incidentTitle(incident: Pick<Incident, 'title' | 'startedAt'>): string {
  if (incident.title.trim()) return incident.title.trim();
  return `Incident of ${formatUtc(incident.startedAt)}`;
}

/** "incident-2026-11-26-1402-checkout-errors.md" */
export function incidentFileName(incident: Pick<Incident, 'title' | 'startedAt'>): string {
  const at = new Date(incident.startedAt);
  return markdownFileName('incident', `${utcDate(at)}-${utcHoursMinutes(at).replace(':', '')}`, incident.title.slice(0, 60));
}

/** From the start to the resolution, or to now while it is open. */
export function incidentDurationMs(incident: Pick<Incident, 'startedAt' | 'resolvedAt'>, now: Date): number {
  return elapsedMs(incident.startedAt, incident.resolvedAt ? new Date(incident.resolvedAt) : now);
}

/** The incidents with one added (or replaced, by id) and put on screen. */
export function upsertIncident(incidents: Incidents, incident: Incident): Incidents {
  return { incidents: replaceOrAppend(incidents.incidents, incident), currentId: incident.id };
}

export function currentIncident(incidents: Incidents): Incident | undefined {
  return incidents.incidents.find((incident) => incident.id === incidents.currentId);
}
