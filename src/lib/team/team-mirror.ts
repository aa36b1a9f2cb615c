/*
 * Team runs and incidents are mirrored into the browser's own stores, so that every island, export
 * and backup reads them as it reads local ones. These merges decide what the stores hold: local
 * work never shared stays as it is, shared work follows the team documents, and work the team
 * removed leaves. Which run or incident is on screen stays this browser's choice.
 */
import type { Incident, Incidents } from '../incident/incident.ts';
import type { Releases } from '../releases/release-run.ts';
import { compareStrings, compareTimes } from './team-documents.ts';

/**
 * The stored runs with the team's: a run in `team` replaces the stored one; a run that was shared
 * (`wasShared`) and is no longer in the team leaves; other stored runs stay. Oldest first. Someone
 * who has not picked a run (or whose run left) is shown `landOn`, else the newest.
 */
export function mergeTeamRuns(
  stored: Releases,
  team: Releases,
  wasShared: ReadonlySet<string>,
  landOn?: string,
): Releases {
  const teamIds = new Set(team.runs.map((run) => run.id));
  const local = stored.runs.filter((run) => !teamIds.has(run.id) && !wasShared.has(run.id));
  const runs = [...local, ...team.runs].sort(
    (a, b) => compareTimes(a.createdAt, b.createdAt) || compareStrings(a.id, b.id),
  );
  const picked =
    stored.currentId !== undefined && runs.some((run) => run.id === stored.currentId)
      ? stored.currentId
      : undefined;
  const currentId =
    picked ?? (landOn !== undefined && runs.some((run) => run.id === landOn) ? landOn : undefined);
  return { runs, ...(currentId !== undefined ? { currentId } : {}) };
}

/**
 * The stored incidents with the team's (read whole from their documents); one shared before and
 * gone from the team leaves. Someone who has not picked an incident is shown `landOn` (the ongoing one),
 * and so is someone viewing a resolved incident when `landOn` has just arrived in this browser.
 */
export function mergeTeamIncidents(
  stored: Incidents,
  team: readonly Incident[],
  wasShared: ReadonlySet<string>,
  landOn: string | undefined,
): Incidents {
  const byId = new Map(team.map((incident) => [incident.id, incident]));
  const kept = stored.incidents.flatMap((incident) => {
    const shared = byId.get(incident.id);
    byId.delete(incident.id);
    if (shared) return [shared];
    return wasShared.has(incident.id) ? [] : [incident];
  });
  const incidents = [...kept, ...byId.values()];
  const shown = incidents.find((incident) => incident.id === stored.currentId);
  // A new ongoing incident takes the screen over a resolved one (the page offers the way back).
  const arrived =
    landOn !== undefined &&
    team.some((incident) => incident.id === landOn) &&
    !stored.incidents.some((incident) => incident.id === landOn);
  const currentId = shown && !(shown.resolvedAt && arrived) ? shown.id : landOn;
  return { incidents, ...(currentId !== undefined ? { currentId } : {}) };
}

/** A record with one key replaced, or removed when `value` is undefined. */
export function withEntry<T>(
  record: Record<string, T>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const { [key]: _old, ...others } = record;
  return value === undefined ? others : { ...others, [key]: value };
}
