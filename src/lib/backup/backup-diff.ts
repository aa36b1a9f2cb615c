/**
 * What a restore would change, item by item: each difference between this browser's work and a
 * backup's, with the side whose change is newer where states carry a time. The restore dialog
 * reads it before anything is changed; merge-backup.ts decides the same cases the same way.
 */
import type { ChecklistState } from '../checklist/checklist-state.ts';
import type { Incident, TimelineEntry } from '../incident/incident.ts';
import type { ItemState } from '../item-state/item-state.ts';
import type { ReleaseRun } from '../releases/release-run.ts';
import { newerSide, type Newer } from './merge-backup.ts';
import { ownEntry, unionKeys, type ReleaseWork } from './release-work.ts';

export type ItemPlace = { runId: string; checklistId: string } | { incidentId: string };

export type BackupDifference =
  | { kind: 'run'; side: 'here' | 'backup'; run: ReleaseRun }
  | { kind: 'run details'; here: ReleaseRun; backup: ReleaseRun }
  | {
      kind: 'item';
      place: ItemPlace;
      itemId: string;
      here?: ItemState | undefined;
      backup?: ItemState | undefined;
      newer: Newer;
    }
  | {
      kind: 'notes field';
      runId: string;
      fieldId: string;
      here?: string | undefined;
      backup?: string | undefined;
    }
  | { kind: 'incident'; side: 'here' | 'backup'; incident: Incident }
  | { kind: 'incident details'; here: Incident; backup: Incident }
  | { kind: 'timeline'; incidentId: string; side: 'here' | 'backup'; entries: TimelineEntry[] };

export function sameItemState(a: ItemState | undefined, b: ItemState | undefined): boolean {
  return (
    (a?.status ?? 'open') === (b?.status ?? 'open') &&
    a?.at === b?.at &&
    a?.by === b?.by &&
    a?.reason === b?.reason &&
    a?.note === b?.note
  );
}

function itemDifferences(
  place: ItemPlace,
  here: ChecklistState | undefined,
  backup: ChecklistState | undefined,
): BackupDifference[] {
  return unionKeys(here, backup).flatMap((itemId) => {
    const [mine, theirs] = [ownEntry(here, itemId), ownEntry(backup, itemId)];
    return sameItemState(mine, theirs)
      ? []
      : [
          {
            kind: 'item' as const,
            place,
            itemId,
            here: mine,
            backup: theirs,
            newer: newerSide(mine?.at, theirs?.at),
          },
        ];
  });
}

function sameRunDetails(a: ReleaseRun, b: ReleaseRun): boolean {
  return (
    a.version === b.version &&
    (a.name ?? '') === (b.name ?? '') &&
    a.type === b.type &&
    a.customerFacing === b.customerFacing
  );
}

function runDifferences(here: ReleaseWork, backup: ReleaseWork): BackupDifference[] {
  const mine = new Map(here.releases.runs.map((run) => [run.id, run]));
  const theirs = new Map(backup.releases.runs.map((run) => [run.id, run]));
  const differences: BackupDifference[] = [];
  for (const run of backup.releases.runs)
    if (!mine.has(run.id)) differences.push({ kind: 'run', side: 'backup', run });
  for (const run of here.releases.runs)
    if (!theirs.has(run.id)) differences.push({ kind: 'run', side: 'here', run });
  // A run only one side has is one line; the work of every other run (a run without a record
  // included, such as the first run of a fresh browser) is compared item by item.
  const onOneSide = (runId: string) => mine.has(runId) !== theirs.has(runId);
  const recordless = [here.checklists, backup.checklists, here.notes, backup.notes]
    .flatMap((byRun) => Object.keys(byRun))
    .sort();
  for (const runId of new Set([...mine.keys(), ...theirs.keys(), ...recordless])) {
    if (onOneSide(runId)) continue;
    const [runHere, runBackup] = [mine.get(runId), theirs.get(runId)];
    if (runHere && runBackup && !sameRunDetails(runHere, runBackup))
      differences.push({ kind: 'run details', here: runHere, backup: runBackup });
    const [checklistsHere, checklistsBackup] = [
      ownEntry(here.checklists, runId),
      ownEntry(backup.checklists, runId),
    ];
    for (const checklistId of unionKeys(checklistsHere, checklistsBackup)) {
      differences.push(
        ...itemDifferences(
          { runId, checklistId },
          ownEntry(checklistsHere, checklistId),
          ownEntry(checklistsBackup, checklistId),
        ),
      );
    }
    const [draftHere, draftBackup] = [ownEntry(here.notes, runId), ownEntry(backup.notes, runId)];
    for (const fieldId of unionKeys(draftHere, draftBackup)) {
      const [textHere, textBackup] = [ownEntry(draftHere, fieldId), ownEntry(draftBackup, fieldId)];
      if ((textHere ?? '') !== (textBackup ?? ''))
        differences.push({
          kind: 'notes field',
          runId,
          fieldId,
          here: textHere,
          backup: textBackup,
        });
    }
  }
  return differences;
}

function incidentDifferences(here: ReleaseWork, backup: ReleaseWork): BackupDifference[] {
  const theirs = new Map(backup.incidents.incidents.map((incident) => [incident.id, incident]));
  const mine = new Set(here.incidents.incidents.map((incident) => incident.id));
  const differences: BackupDifference[] = backup.incidents.incidents
    .filter((incident) => !mine.has(incident.id))
    .map((incident) => ({ kind: 'incident', side: 'backup', incident }));
  for (const incident of here.incidents.incidents) {
    const other = theirs.get(incident.id);
    if (!other) {
      differences.push({ kind: 'incident', side: 'here', incident });
      continue;
    }
    if (
      incident.title !== other.title ||
      incident.customerImpact !== other.customerImpact ||
      incident.resolvedAt !== other.resolvedAt
    ) {
      differences.push({ kind: 'incident details', here: incident, backup: other });
    }
    differences.push(...itemDifferences({ incidentId: incident.id }, incident.steps, other.steps));
    const [idsHere, idsBackup] = [
      new Set(incident.timeline.map((entry) => entry.id)),
      new Set(other.timeline.map((entry) => entry.id)),
    ];
    const onlyHere = incident.timeline.filter((entry) => !idsBackup.has(entry.id));
    const onlyBackup = other.timeline.filter((entry) => !idsHere.has(entry.id));
    if (onlyHere.length > 0)
      differences.push({
        kind: 'timeline',
        incidentId: incident.id,
        side: 'here',
        entries: onlyHere,
      });
    if (onlyBackup.length > 0)
      differences.push({
        kind: 'timeline',
        incidentId: incident.id,
        side: 'backup',
        entries: onlyBackup,
      });
  }
  return differences;
}

/** Every difference between this browser's work and the backup's; none when they hold the same. */
export function compareWithBackup(here: ReleaseWork, backup: ReleaseWork): BackupDifference[] {
  return [...runDifferences(here, backup), ...incidentDifferences(here, backup)];
}
