/**
 * The differences between this browser's work and a backup as lines a person reads before
 * restoring: "2.4.0 · Deploy to production: Done 14:02 by Dana here → open in the backup", with
 * what a merge does with each and whether a replace would drop something of this browser's.
 */
import type { Incident } from '../incident/incident.ts';
import { describeItemStateText } from '../item-state/describe.ts';
import { OPEN, type ItemState } from '../item-state/item-state.ts';
import { LEGACY_DEFAULT_RUN } from '../releases/legacy-run.ts';
import { describeRun, type ReleaseRun, UNSTARTED_RUN } from '../releases/release-run.ts';
import type { BackupDifference, ItemPlace } from './backup-diff.ts';
import { inChecklistOrder, type DifferenceLabels } from './difference-order.ts';
import { mergeIncident } from './merge-backup.ts';
import type { ReleaseWork } from './release-work.ts';

export type { DifferenceLabels };

export type MergeOutcome = 'adds it' | 'keeps this browser’s' | 'takes the backup’s' | 'keeps both';

export interface DifferenceLine {
  text: string;
  merge: MergeOutcome;
  /** A replace drops something this browser has: its own newer change, or what the backup lacks. */
  replaceLoses: boolean;
}

const HERE = 'here';
const THERE = 'in the backup';

function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length > 60 ? `${line.slice(0, 59)}…` : line}”`;
}

/** "Deploy-to-production" → "Deploy to production": for a step or item the page does not list. */
function fromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

function runLabel(run: Pick<ReleaseRun, 'id' | 'version' | 'name'>): string {
  if (run.id === UNSTARTED_RUN.id) return 'Notes before any run';
  return run.name?.trim() ? `${run.version} “${run.name.trim()}”` : run.version;
}

function incidentLabel(
  incident: Pick<Incident, 'title' | 'startedAt'>,
  formatTime: (iso: string) => string,
): string {
  return incident.title.trim() || `Incident of ${formatTime(incident.startedAt)}`;
}

/** One line per difference: runs, then each run's items in checklist order and its notes, then incidents. */
export function describeDifferences(
  differences: readonly BackupDifference[],
  here: ReleaseWork,
  backup: ReleaseWork,
  labels: DifferenceLabels,
  formatTime: (iso: string) => string,
): DifferenceLine[] {
  const runs = new Map(
    [LEGACY_DEFAULT_RUN, UNSTARTED_RUN, ...backup.releases.runs, ...here.releases.runs].map(
      (run) => [run.id, run],
    ),
  );
  const incidents = new Map(
    [...backup.incidents.incidents, ...here.incidents.incidents].map((incident) => [
      incident.id,
      incident,
    ]),
  );
  const run = (runId: string) => {
    const found = runs.get(runId);
    return found ? runLabel(found) : `Run ${runId}`;
  };
  const incident = (incidentId: string) => {
    const found = incidents.get(incidentId);
    return found ? incidentLabel(found, formatTime) : `Incident ${incidentId}`;
  };
  const item = (place: ItemPlace, itemId: string) => {
    if ('incidentId' in place) return `${incident(place.incidentId)} · ${fromId(itemId)}`;
    const text = labels.checklists
      .find((checklist) => checklist.id === place.checklistId)
      ?.items.find((each) => each.id === itemId)?.text;
    return `${run(place.runId)} · ${text ?? fromId(itemId)}`;
  };
  const state = (value: ItemState | undefined) =>
    describeItemStateText(value ?? OPEN, formatTime) || 'open';
  const note = (value: ItemState | undefined) =>
    value?.note ? `note ${quoted(value.note)}` : 'no note';
  const time = (iso: string | undefined, none: string) =>
    iso ? `${none === 'ongoing' ? 'resolved ' : ''}${formatTime(iso)}` : none;

  return inChecklistOrder(differences, labels).map((difference): DifferenceLine => {
    switch (difference.kind) {
      case 'run':
        return difference.side === 'backup'
          ? {
              text: `${describeRun(difference.run)}: only in the backup`,
              merge: 'adds it',
              replaceLoses: false,
            }
          : {
              text: `${describeRun(difference.run)}: only in this browser`,
              merge: 'keeps this browser’s',
              replaceLoses: true,
            };
      case 'run details':
        return {
          text: `${describeRun(difference.here)} ${HERE} → ${describeRun(difference.backup)} ${THERE}`,
          merge: 'keeps this browser’s',
          replaceLoses: true,
        };
      case 'item': {
        const { here: mine, backup: theirs } = difference;
        const states =
          state(mine) === state(theirs)
            ? `${note(mine)} ${HERE} → ${note(theirs)} ${THERE}`
            : `${state(mine)} ${HERE} → ${state(theirs)} ${THERE}`;
        const text = `${item(difference.place, difference.itemId)}: ${states}`;
        if (!mine || difference.newer === 'backup')
          return { text, merge: 'takes the backup’s', replaceLoses: false };
        // Same time, a note on the backup's side only: the merge keeps this browser's state and adds the note.
        const addsNote = difference.newer === 'same time' && !mine.note && Boolean(theirs?.note);
        return {
          text,
          merge: addsNote ? 'keeps both' : 'keeps this browser’s',
          replaceLoses: true,
        };
      }
      case 'notes field': {
        const title =
          labels.notesFields.find((field) => field.id === difference.fieldId)?.title ??
          fromId(difference.fieldId);
        const text = (value: string | undefined) => (value ? quoted(value) : 'empty');
        const keepsHere = Boolean(difference.here);
        return {
          text: `${run(difference.runId)} · Release notes, ${title}: ${text(difference.here)} ${HERE} → ${text(difference.backup)} ${THERE}`,
          merge: keepsHere ? 'keeps this browser’s' : 'takes the backup’s',
          replaceLoses: keepsHere,
        };
      }
      case 'incident':
        return difference.side === 'backup'
          ? {
              text: `Incident ${quoted(incidentLabel(difference.incident, formatTime))}: only in the backup`,
              merge: 'adds it',
              replaceLoses: false,
            }
          : {
              text: `Incident ${quoted(incidentLabel(difference.incident, formatTime))}: only in this browser`,
              merge: 'keeps this browser’s',
              replaceLoses: true,
            };
      case 'incident details': {
        const { here: mine, backup: theirs } = difference;
        const describe = (value: Incident) =>
          [
            mine.title !== theirs.title ? quoted(incidentLabel(value, formatTime)) : '',
            mine.customerImpact !== theirs.customerImpact
              ? value.customerImpact
                ? 'customers affected'
                : 'no customer impact'
              : '',
            mine.resolvedAt !== theirs.resolvedAt ? time(value.resolvedAt, 'ongoing') : '',
          ]
            .filter(Boolean)
            .join(', ');
        const merged = mergeIncident(mine, theirs);
        const keepsHere =
          merged.resolvedAt === mine.resolvedAt &&
          merged.title === mine.title &&
          merged.customerImpact === mine.customerImpact;
        return {
          text: `${incident(mine.id)}: ${describe(mine)} ${HERE} → ${describe(theirs)} ${THERE}`,
          merge: keepsHere ? 'keeps this browser’s' : 'takes the backup’s',
          replaceLoses: keepsHere,
        };
      }
      case 'timeline': {
        const count =
          difference.entries.length === 1
            ? '1 timeline entry'
            : `${difference.entries.length} timeline entries`;
        const where = difference.side === 'backup' ? 'only in the backup' : 'only in this browser';
        return {
          text: `${incident(difference.incidentId)} · ${count} ${where}`,
          merge: 'keeps both',
          replaceLoses: difference.side === 'here',
        };
      }
    }
  });
}
