/*
 * Restoring a backup while joined to a team. The team's runs and incidents are mirrored from its
 * documents, so a plain restore would be overwritten by them at the next change. Two choices:
 *
 * - "this browser only": the team's work stays as the team has it, and a restored run or incident
 *   the team also has is kept as a copy under a new id (its name says so), which the team's
 *   documents never touch;
 * - "share": restored runs are written into the team's documents (their checklists restored item
 *   by item, so each item's history says who restored it), restored incidents the team does not
 *   have are shared; an incident the team has keeps the team's record (a timeline is never
 *   rewritten).
 *
 * Work kept only in this browser and not in the backup is replaced, as a replace does; a merge
 * hands in this browser's work with the backup merged in (merge-backup.ts), so nothing is dropped.
 */
import { ownEntry, type ReleaseWork } from '../backup/release-work.ts';
import type { Checklists } from '../checklist/checklist-state.ts';
import { incidentTitle, type Incident } from '../incident/incident.ts';
import type { ReleaseNotesDrafts } from '../release-notes/release-notes-draft.ts';
import { describeRun, type ReleaseRun } from '../releases/release-run.ts';
import { compareStrings, compareTimes } from './team-documents.ts';

export type { ReleaseWork };

export type RestoreChoice = 'this-browser' | 'share';

export interface TeamRestore {
  /** What the stores hold after the restore. */
  work: ReleaseWork;
  /** Restored runs and incidents kept as copies beside the team's ("this browser only"), as people read them. */
  copied: string[];
  /** Ids to write into the team's documents ("share"). */
  share: { runs: string[]; incidents: string[] };
}

const COPY = ' (restored copy)';

function byCreation(a: ReleaseRun, b: ReleaseRun): number {
  return compareTimes(a.createdAt, b.createdAt) || compareStrings(a.id, b.id);
}

/** `team` lists the ids the team has now; `newId` makes the id of a copy. */
export function restoreInTeam(
  restored: ReleaseWork,
  current: ReleaseWork,
  team: { runs: readonly string[]; incidents: readonly string[] },
  choice: RestoreChoice,
  newId: (kind: 'run' | 'incident') => string,
): TeamRestore {
  const teamRuns = new Set(team.runs);
  const teamIncidents = new Set(team.incidents);
  const copied: string[] = [];
  const runIds = new Map<string, string>();
  const checklists: Checklists = {};
  const notes: ReleaseNotesDrafts = {};
  const put = (id: string, from: ReleaseWork, fromId = id) => {
    const progress = ownEntry(from.checklists, fromId);
    const draft = ownEntry(from.notes, fromId);
    if (progress)
      Object.defineProperty(checklists, id, {
        value: progress,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    if (draft)
      Object.defineProperty(notes, id, {
        value: draft,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  };

  const runs: ReleaseRun[] = [];
  for (const run of restored.releases.runs) {
    if (teamRuns.has(run.id) && choice === 'this-browser') {
      const id = newId('run');
      runIds.set(run.id, id);
      copied.push(describeRun(run));
      runs.push({
        ...run,
        id,
        name: `${(run.name ?? '').slice(0, 200 - COPY.length)}${COPY}`.trim(),
      });
      put(id, restored, run.id);
    } else {
      runs.push(run);
      put(run.id, restored);
    }
  }
  const restoredRunIds = new Set(restored.releases.runs.map((run) => run.id));
  for (const run of current.releases.runs) {
    if (!teamRuns.has(run.id) || (choice === 'share' && restoredRunIds.has(run.id))) continue;
    runs.push(run);
    put(run.id, current);
  }

  const incidents: Incident[] = [];
  const restoredIncidentIds = new Set(restored.incidents.incidents.map((incident) => incident.id));
  for (const incident of restored.incidents.incidents) {
    const releaseId =
      incident.releaseId !== undefined
        ? (runIds.get(incident.releaseId) ?? incident.releaseId)
        : undefined;
    const relinked = releaseId !== undefined ? { ...incident, releaseId } : incident;
    if (!teamIncidents.has(incident.id)) incidents.push(relinked);
    else if (choice === 'this-browser') {
      copied.push(incidentTitle(incident));
      incidents.push({
        ...relinked,
        id: newId('incident'),
        title: `${incidentTitle(incident).slice(0, 200 - COPY.length)}${COPY}`,
      });
    }
  }
  // The team's incidents stay as the team has them, in both choices.
  for (const incident of current.incidents.incidents)
    if (teamIncidents.has(incident.id)) incidents.push(incident);

  const currentRunId =
    restored.releases.currentId !== undefined
      ? (runIds.get(restored.releases.currentId) ?? restored.releases.currentId)
      : undefined;
  const shown = (id: string | undefined) =>
    id !== undefined && incidents.some((incident) => incident.id === id) ? id : undefined;
  const shownIncident = shown(restored.incidents.currentId) ?? shown(current.incidents.currentId);
  return {
    work: {
      releases: {
        runs: runs.sort(byCreation),
        ...(currentRunId !== undefined ? { currentId: currentRunId } : {}),
      },
      checklists,
      notes,
      incidents: {
        incidents,
        ...(shownIncident !== undefined ? { currentId: shownIncident } : {}),
      },
    },
    copied,
    share:
      choice === 'share'
        ? {
            runs: restored.releases.runs.map((run) => run.id),
            incidents: [...restoredIncidentIds].filter((id) => !teamIncidents.has(id)),
          }
        : { runs: [], incidents: [] },
  };
}
