// The team connection's way into the stores: it mirrors each shared document into the stores the
// islands, exports and backups read, so that they work the same for local and shared work. Each
// store makes the change itself (its `followTeam…` verb); this module says which stores a team
// document reaches and keeps the membership's list of shared ids with them. Only the team
// connection (loaded in team mode) imports it.
import type { ChecklistState } from '../lib/checklist/checklist-state.ts';
import type { Incident } from '../lib/incident/incident.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import type { Releases } from '../lib/releases/release-run.ts';
import { followTeamRunProgress } from './checklists.ts';
import { followTeamIncidents } from './incidents.ts';
import { followTeamNotesDraft } from './release-notes.ts';
import { followTeamRuns } from './releases.ts';
import { $teamMembership, recordTeamIds } from './team-membership.ts';

/**
 * The team's list of runs: shared runs follow it, runs it no longer has leave with their work.
 * Someone who has not picked a run is shown `landOn`.
 */
export function mirrorTeamRuns(team: Releases, landOn?: string): void {
  const wasShared = new Set($teamMembership.get().runs);
  const teamIds = new Set(team.runs.map((run) => run.id));
  followTeamRuns(team, wasShared, landOn);
  for (const id of wasShared) if (!teamIds.has(id)) mirrorRunWork(id, undefined, undefined);
  recordTeamIds([...teamIds], $teamMembership.get().incidents);
}

/** One shared run's checklists and notes draft, as its document holds them. */
export function mirrorRunWork(
  runId: string,
  checklists: Record<string, ChecklistState> | undefined,
  draft: ReleaseNotesDraft | undefined,
): void {
  const progress = checklists && Object.keys(checklists).length > 0 ? checklists : undefined;
  followTeamRunProgress(runId, progress);
  followTeamNotesDraft(runId, draft);
}

/**
 * The team's incidents: `listed` are the ids in the team's list, `readable` the incidents whose
 * documents have arrived. Someone who has not picked an incident is shown `ongoing`.
 */
export function mirrorTeamIncidents(
  listed: string[],
  readable: Incident[],
  ongoing: string | undefined,
): void {
  const gone = new Set($teamMembership.get().incidents.filter((id) => !listed.includes(id)));
  followTeamIncidents(readable, gone, ongoing);
  recordTeamIds($teamMembership.get().runs, listed);
}
