// Restoring a backup while joined to a team: into this browser only (restored runs and incidents
// the team also has are kept as copies, so the team's documents do not overwrite them), or shared
// (the restored runs written into the team's documents). The choice and its rules are in
// lib/team/restore-in-team.ts; this applies them to the stores and hands the sharing to the team.
import type { Checklists } from '../lib/checklist/checklist-state.ts';
import type { Incidents } from '../lib/incident/incident.ts';
import type { ReleaseNotesDrafts } from '../lib/release-notes/release-notes-draft.ts';
import type { Releases } from '../lib/releases/release-run.ts';
import { restoreInTeam, type ReleaseWork, type RestoreChoice } from '../lib/team/restore-in-team.ts';
import { restoreBackup, type DocumentValues } from './backup.ts';
import { checklistsDocument } from './checklists.ts';
import { incidentsDocument, shareIncident } from './incidents.ts';
import { releaseNotesDocument } from './release-notes.ts';
import { releasesDocument } from './releases.ts';
import { newId } from './storage.ts';
import { $teamMembership, adoptIntoTeam, canWriteToTeam, routeToTeam } from './team.ts';

function valueOf<T>(values: DocumentValues, document: { key: string; store: { get(): T } }): T {
  return values.has(document.key) ? (values.get(document.key) as T) : document.store.get();
}

/** Restore a backup's values in team mode. Returns what was replaced (for undo of "this browser only") and the copies made. */
export function restoreBackupInTeam(values: DocumentValues, choice: RestoreChoice): { previous: DocumentValues; copied: string[] } {
  const sharing = choice === 'share' && canWriteToTeam();
  const restored: ReleaseWork = {
    releases: valueOf<Releases>(values, releasesDocument),
    checklists: valueOf<Checklists>(values, checklistsDocument),
    notes: valueOf<ReleaseNotesDrafts>(values, releaseNotesDocument),
    incidents: valueOf<Incidents>(values, incidentsDocument),
  };
  const current: ReleaseWork = {
    releases: releasesDocument.store.get(),
    checklists: checklistsDocument.store.get(),
    notes: releaseNotesDocument.store.get(),
    incidents: incidentsDocument.store.get(),
  };
  const result = restoreInTeam(restored, current, $teamMembership.get(), sharing ? 'share' : 'this-browser', newId);
  const previous = restoreBackup(
    new Map<string, unknown>([
      [releasesDocument.key, result.work.releases],
      [checklistsDocument.key, result.work.checklists],
      [releaseNotesDocument.key, result.work.notes],
      [incidentsDocument.key, result.work.incidents],
    ]),
  );
  for (const runId of result.share.runs) {
    const run = result.work.releases.runs.find((candidate) => candidate.id === runId);
    if (!run) continue;
    adoptIntoTeam('runs', runId);
    const checklists = Object.hasOwn(result.work.checklists, runId) ? result.work.checklists[runId]! : {};
    const draft = Object.hasOwn(result.work.notes, runId) ? result.work.notes[runId] : undefined;
    routeToTeam('runs', runId, (team) => team.restoreRun(run, checklists, draft));
  }
  for (const incidentId of result.share.incidents) shareIncident(incidentId);
  return { previous, copied: result.copied };
}
