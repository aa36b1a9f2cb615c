/**
 * The playbook's own reminders, worked out in the browser with no server: while customers are
 * affected, when the next customer update is due; and whether the next step has waited too long.
 * Everything is computed from the stored record and the instant given, like the incident clock,
 * so it is right after a reload, a sleeping laptop or a throttled background tab.
 *
 * A customer update is recorded as a timeline entry of its own kind: the record (and the
 * postmortem) then says when customers heard from us, and in team mode every responder's
 * countdown restarts from the same entry.
 */
import type { Signature } from '../item-state/item-state.ts';
import { twoDigits } from '../time/format-time.ts';
import {
  assertOpen,
  type Incident,
  type ReminderSettings,
  REMINDER_MINUTES_MAX,
  type TimelineKind,
} from './incident.ts';
import { appendEntry } from './incident-timeline.ts';
import { nextStep } from './incident-transitions.ts';
import type { PlaybookStep } from './playbook.ts';

const MINUTE = 60_000;

/** Customers every 30 minutes, as status pages promise; a step that waits 10 minutes is worth a look. */
export const DEFAULT_REMINDERS: ReminderSettings = Object.freeze({
  customerUpdateMinutes: 30,
  stepNudgeMinutes: 10,
});

export const CUSTOMER_UPDATE_TEXT = 'Customer update sent';

export function reminderSettings(incident: Pick<Incident, 'reminders'>): ReminderSettings {
  return incident.reminders ?? DEFAULT_REMINDERS;
}

/** Why a number of minutes cannot be a reminder interval, or undefined when it can. */
export function reminderMinutesProblem(minutes: number): string | undefined {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > REMINDER_MINUTES_MAX) {
    return `Give a whole number of minutes from 1 to ${REMINDER_MINUTES_MAX}.`;
  }
  return undefined;
}

export function setReminderSettings(incident: Incident, settings: ReminderSettings): Incident {
  assertOpen(incident);
  const problem =
    reminderMinutesProblem(settings.customerUpdateMinutes) ??
    reminderMinutesProblem(settings.stepNudgeMinutes);
  if (problem) throw new Error(problem);
  return {
    ...incident,
    reminders: {
      customerUpdateMinutes: settings.customerUpdateMinutes,
      stepNudgeMinutes: settings.stepNudgeMinutes,
    },
  };
}

/** "Customer update sent": the countdown to the next one starts again. */
export function recordCustomerUpdate(incident: Incident, signature: Signature): Incident {
  assertOpen(incident);
  return appendEntry(incident, signature, 'customer-update', CUSTOMER_UPDATE_TEXT);
}

/** The latest moment among the entries of these kinds (timeline order is not time order in team mode). */
function latestOf(
  incident: Pick<Incident, 'startedAt' | 'timeline'>,
  kinds: readonly TimelineKind[],
): number {
  let latest = Date.parse(incident.startedAt);
  for (const entry of incident.timeline) {
    const at = Date.parse(entry.at);
    if (kinds.includes(entry.kind) && at > latest) latest = at;
  }
  return latest;
}

export interface CustomerUpdateDue {
  /** Since when customers have waited: the last update, or the moment they became affected. */
  sinceIso: string;
  dueAtIso: string;
  /** Negative once it is overdue. */
  msLeft: number;
}

/**
 * When customers should next hear from us, while they are affected and the incident is open.
 * The impact changes only with a timeline entry, so the latest one of kind `impact` of an
 * incident that affects customers now is the moment they became affected.
 */
export function customerUpdateDue(incident: Incident, now: Date): CustomerUpdateDue | undefined {
  if (!incident.customerImpact || incident.resolvedAt) return undefined;
  const since = latestOf(incident, ['impact', 'customer-update', 'reopen']);
  if (!Number.isFinite(since)) return undefined;
  const dueAt = since + reminderSettings(incident).customerUpdateMinutes * MINUTE;
  return {
    sinceIso: new Date(since).toISOString(),
    dueAtIso: new Date(dueAt).toISOString(),
    msLeft: dueAt - now.getTime(),
  };
}

export interface StepWaiting {
  step: PlaybookStep;
  sinceIso: string;
  waitedMs: number;
  /** Waited longer than the incident's nudge interval. */
  nudge: boolean;
}

/** How long the next step has waited: since the last change to any step, the impact, or the start. */
export function nextStepWaiting(
  incident: Incident,
  steps: readonly PlaybookStep[],
  now: Date,
): StepWaiting | undefined {
  if (incident.resolvedAt) return undefined;
  const step = nextStep(steps, incident);
  const since = latestOf(incident, ['step', 'impact', 'reopen']);
  if (!step || !Number.isFinite(since)) return undefined;
  const waitedMs = Math.max(0, now.getTime() - since);
  return {
    step,
    sinceIso: new Date(since).toISOString(),
    waitedMs,
    nudge: waitedMs >= reminderSettings(incident).stepNudgeMinutes * MINUTE,
  };
}

/** A countdown as "mm:ss", minutes counting past 59 ("90:00"); rounded up, so it reads 30:00 at the start and 00:00 when due. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  return `${twoDigits(Math.floor(seconds / 60))}:${twoDigits(seconds % 60)}`;
}

/** A reminder that has come due, once: `key` changes when the reminder starts again. */
export interface DueReminder {
  key: string;
  title: string;
  body: string;
}

/** The reminders due now, for a browser notification: each is shown once, by its key. */
export function dueReminders(
  incident: Incident,
  steps: readonly PlaybookStep[],
  now: Date,
): DueReminder[] {
  const due: DueReminder[] = [];
  const update = customerUpdateDue(incident, now);
  if (update && update.msLeft <= 0) {
    due.push({
      key: `customer-update:${incident.id}:${update.sinceIso}`,
      title: 'Customer update due',
      body: 'Customers are affected: tell them where things stand.',
    });
  }
  const waiting = nextStepWaiting(incident, steps, now);
  if (waiting?.nudge) {
    const minutes = Math.floor(waiting.waitedMs / MINUTE);
    due.push({
      key: `step:${incident.id}:${waiting.step.id}:${waiting.sinceIso}`,
      title: `Next step waiting ${minutes} min`,
      body: waiting.step.text,
    });
  }
  return due;
}
