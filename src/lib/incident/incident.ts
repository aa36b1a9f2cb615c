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

/** `customer-update`: customers were told where things stand; the customer update reminder restarts from it. */
export const TIMELINE_KINDS = [
  'start',
  'step',
  'impact',
  'note',
  'action',
  'resolve',
  'reopen',
  'customer-update',
] as const;
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

export const RESOLUTION_MAX = 300;
export const ROLLBACK_VERSION_MAX = 100;
export const REMINDER_MINUTES_MAX = 24 * 60;

const requiredText = (max: number) =>
  v.pipe(
    v.string(),
    v.check((value) => value.trim() !== '', 'must not be empty'),
    v.maxLength(max),
  );
const reminderMinutes = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(REMINDER_MINUTES_MAX),
);

/** What the rollback decision did: the version production went back to, and why. */
export const RollbackSchema = v.object({
  version: requiredText(ROLLBACK_VERSION_MAX),
  reason: requiredText(2000),
});
export type Rollback = v.InferOutput<typeof RollbackSchema>;

/** How often customers hear from us while affected, and how long the next step may wait before a nudge. */
export const ReminderSettingsSchema = v.object({
  customerUpdateMinutes: reminderMinutes,
  stepNudgeMinutes: reminderMinutes,
});
export type ReminderSettings = v.InferOutput<typeof ReminderSettingsSchema>;

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
  /** The one line said when it was resolved; gone again when it is reopened. */
  resolution: v.optional(requiredText(RESOLUTION_MAX)),
  /** Set while the rollback decision reads "rolled back". */
  rollback: v.optional(RollbackSchema),
  /** Without it, the defaults of reminders.ts. */
  reminders: v.optional(ReminderSettingsSchema),
});

export type Incident = v.InferOutput<typeof IncidentSchema>;

/** Every incident kept in this browser, and the one on screen. */
export const IncidentsSchema = recordsOnScreenSchema('incidents', IncidentSchema);

export type Incidents = v.InferOutput<typeof IncidentsSchema>;

/**
 * Embeds `ItemStateSchema`: a change to it is a change to this format (see item-state.ts).
 * Version 2 added the resolution summary, the rollback's version and reason, the reminder
 * settings and customer update entries. Every version 1 incident is a valid version 2 incident
 * as it is; the version still changes so that an older copy of the site refuses the newer data
 * with a clear message instead of misreading it.
 */
export const incidentsCodec = defineCodec('incidents', IncidentsSchema, () => ({ incidents: [] }), {
  version: 2,
  migrations: { 1: (data) => data },
});

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
  return markdownFileName(
    'incident',
    `${utcDate(at)}-${utcHoursMinutes(at).replace(':', '')}`,
    incident.title.slice(0, 60),
  );
}

/** From the start to the resolution, or to now while it is open. */
export function incidentDurationMs(
  incident: Pick<Incident, 'startedAt' | 'resolvedAt'>,
  now: Date,
): number {
  return elapsedMs(incident.startedAt, incident.resolvedAt ? new Date(incident.resolvedAt) : now);
}

/** The incidents with one added (or replaced, by id) and put on screen. */
export function upsertIncident(incidents: Incidents, incident: Incident): Incidents {
  return { incidents: replaceOrAppend(incidents.incidents, incident), currentId: incident.id };
}

export function currentIncident(incidents: Incidents): Incident | undefined {
  return incidents.incidents.find((incident) => incident.id === incidents.currentId);
}
