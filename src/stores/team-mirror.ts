// The team connection's way into the stores: it mirrors each shared document into the stores the
// islands, exports and backups read, so that they work the same for local and shared work. Only the
// team connection (loaded in team mode) imports this module.
import type { ChecklistState } from '../lib/checklist/checklist-state.ts';
import type { Incident } from '../lib/incident/incident.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import type { Releases } from '../lib/releases/release-run.ts';
import { mergeTeamIncidents, mergeTeamRuns, withEntry } from '../lib/team/team-mirror.ts';
import { $checklists, checklistsDocument } from './checklists.ts';
import { $incidents, incidentsDocument } from './incidents.ts';
import { $releaseNotes, releaseNotesDocument } from './release-notes.ts';
import { $releases, releasesDocument } from './releases.ts';
import { $teamMembership, recordTeamIds } from './team.ts';

/**
 * The team's list of runs: shared runs follow it, runs it no longer has leave with their work.
 * Someone who has not picked a run is shown `landOn`.
 */
export function mirrorTeamRuns(team: Releases, landOn?: string): void {
  const wasShared = new Set($teamMembership.get().runs);
  const teamIds = new Set(team.runs.map((run) => run.id));
  const merged = mergeTeamRuns($releases.get(), team, wasShared, landOn);
  if (JSON.stringify(merged) !== JSON.stringify($releases.get()))
    releasesDocument.store.set(merged);
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
  if (JSON.stringify($checklists.get()[runId]) !== JSON.stringify(progress)) {
    checklistsDocument.store.set(withEntry($checklists.get(), runId, progress));
  }
  if (JSON.stringify($releaseNotes.get()[runId]) !== JSON.stringify(draft)) {
    releaseNotesDocument.store.set(withEntry($releaseNotes.get(), runId, draft));
  }
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
  const merged = mergeTeamIncidents($incidents.get(), readable, gone, ongoing);
  if (JSON.stringify(merged) !== JSON.stringify($incidents.get()))
    incidentsDocument.store.set(merged);
  recordTeamIds($teamMembership.get().runs, listed);
}
