/**
 * Merging a backup into this browser's work instead of replacing it: the newest change of each
 * checklist item and incident step wins (by the time its state was set), runs and incidents only
 * one side has are kept, incident timelines keep every entry of both. What has no time to compare
 * (a run's details, a release-notes field) keeps this browser's text when it has one; the
 * comparison (backup-diff.ts) lists each of those so that nothing is dropped without being shown.
 */
import type { ChecklistState } from '../checklist/checklist-state.ts';
import type { Incident, Incidents } from '../incident/incident.ts';
import type { ItemState } from '../item-state/item-state.ts';
import type { ReleaseNotesDraft } from '../release-notes/release-notes-draft.ts';
import type { Releases } from '../releases/release-run.ts';
import { ownEntry, unionKeys, type ReleaseWork } from './release-work.ts';

export type Newer = 'here' | 'backup' | 'same time';

function timeOf(iso: string | undefined): number {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Which side set its state last; a state never set (no time) is older than any set one. */
export function newerSide(here: string | undefined, backup: string | undefined): Newer {
  const [a, b] = [timeOf(here), timeOf(backup)];
  return a > b ? 'here' : b > a ? 'backup' : 'same time';
}

/**
 * The newest state wins whole. A note typed without a new tick carries no time of its own: at the
 * same time, a note on one side only is kept rather than dropped.
 */
export function mergeItemState(
  here: ItemState | undefined,
  backup: ItemState | undefined,
): ItemState | undefined {
  if (!here || !backup) return here ?? backup;
  const newer = newerSide(here.at, backup.at);
  if (newer === 'backup') return backup;
  if (newer === 'here' || here.note || !backup.note) return here;
  return { ...here, note: backup.note };
}

function mergeRecords<T>(
  here: Readonly<Record<string, T>> | undefined,
  backup: Readonly<Record<string, T>> | undefined,
  merge: (a: T | undefined, b: T | undefined) => T | undefined,
): Record<string, T> {
  const entries: [string, T][] = [];
  for (const key of unionKeys(here, backup)) {
    const merged = merge(ownEntry(here, key), ownEntry(backup, key));
    if (merged !== undefined) entries.push([key, merged]);
  }
  return Object.fromEntries(entries);
}

const mergeChecklist = (here: ChecklistState | undefined, backup: ChecklistState | undefined) =>
  mergeRecords(here, backup, mergeItemState);

/** A field this browser has written keeps its text; an empty or missing one takes the backup's. */
function mergeDraft(
  here: ReleaseNotesDraft | undefined,
  backup: ReleaseNotesDraft | undefined,
): ReleaseNotesDraft | undefined {
  if (!here || !backup) return here ?? backup;
  return mergeRecords(here, backup, (mine, theirs) => (mine ? mine : (theirs ?? mine)));
}

function lastActivity(incident: Incident): string | undefined {
  let latest: string | undefined;
  for (const entry of incident.timeline)
    if (newerSide(entry.at, latest) === 'here') latest = entry.at;
  return latest;
}

/**
 * Steps merge like checklist items and the timeline keeps every entry of both (entries are only
 * ever added); the title, impact and resolution follow the side whose timeline moved last.
 */
export function mergeIncident(here: Incident, backup: Incident): Incident {
  const base = newerSide(lastActivity(here), lastActivity(backup)) === 'backup' ? backup : here;
  const known = new Set(here.timeline.map((entry) => entry.id));
  const added = backup.timeline.filter((entry) => !known.has(entry.id));
  return {
    ...base,
    steps: mergeRecords(here.steps, backup.steps, mergeItemState),
    timeline:
      added.length > 0
        ? inTimeOrder([...here.timeline, ...added], (entry) => entry.at)
        : here.timeline,
  };
}

/** Entries by time; entries of the same time keep their order. */
function inTimeOrder<T>(entries: readonly T[], time: (entry: T) => string): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => timeOf(time(a.entry)) - timeOf(time(b.entry)) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Records of both, by id; the backup's own ones join in the order of `time` (runs are listed by creation). */
function mergeList<T extends { id: string }>(
  here: readonly T[],
  backup: readonly T[],
  merge: (a: T, b: T) => T,
  time: (record: T) => string,
): T[] {
  const fromBackup = new Map(backup.map((record) => [record.id, record]));
  const ids = new Set(here.map((record) => record.id));
  const merged = here.map((record) =>
    fromBackup.has(record.id) ? merge(record, fromBackup.get(record.id)!) : record,
  );
  const added = backup.filter((record) => !ids.has(record.id));
  return added.length > 0 ? inTimeOrder([...merged, ...added], time) : merged;
}

function mergeReleases(here: Releases, backup: Releases): Releases {
  // A run's details have no time: this browser's stay (the comparison shows the backup's).
  const runs = mergeList(
    here.runs,
    backup.runs,
    (mine) => mine,
    (run) => run.createdAt,
  );
  const currentId = here.currentId ?? backup.currentId;
  return { runs, ...(currentId !== undefined ? { currentId } : {}) };
}

function mergeIncidents(here: Incidents, backup: Incidents): Incidents {
  const currentId = here.currentId ?? backup.currentId;
  return {
    incidents: mergeList(
      here.incidents,
      backup.incidents,
      mergeIncident,
      (incident) => incident.startedAt,
    ),
    ...(currentId !== undefined ? { currentId } : {}),
  };
}

/** This browser's work with the backup merged in. Merging the same backup again changes nothing. */
export function mergeReleaseWork(here: ReleaseWork, backup: ReleaseWork): ReleaseWork {
  return {
    releases: mergeReleases(here.releases, backup.releases),
    checklists: mergeRecords(here.checklists, backup.checklists, (mine, theirs) =>
      mine && theirs ? mergeRecords(mine, theirs, mergeChecklist) : (mine ?? theirs),
    ),
    notes: mergeRecords(here.notes, backup.notes, mergeDraft),
    incidents: mergeIncidents(here.incidents, backup.incidents),
  };
}
