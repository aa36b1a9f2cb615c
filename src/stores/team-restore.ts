// Restoring a backup while joined to a team: into this browser only (restored runs and incidents
// the team also has are kept as copies, so the team's documents do not overwrite them), or shared
// (the restored runs written into the team's documents). The choice and its rules are in
// lib/team/restore-in-team.ts; this applies them to the stores and hands the sharing to the team.
import { restoreInTeam, type RestoreChoice } from '../lib/team/restore-in-team.ts';
import { releaseWork, restoreBackup, workValues, type DocumentValues } from './backup.ts';
import { shareIncident } from './incidents.ts';
import { newId } from './storage.ts';
import { $teamMembership, adoptIntoTeam } from './team-membership.ts';
import { canWriteToTeam, routeToTeam } from './team.ts';

/**
 * Restore a backup's values in team mode: the backup's own (replace) or this browser's work with
 * the backup merged in (merge), the same way for both choices. Returns what was replaced (for undo of "this browser only") and the copies made. */
export function restoreBackupInTeam(
  values: DocumentValues,
  choice: RestoreChoice,
): { previous: DocumentValues; copied: string[] } {
  const sharing = choice === 'share' && canWriteToTeam();
  const result = restoreInTeam(
    releaseWork(values),
    releaseWork(),
    $teamMembership.get(),
    sharing ? 'share' : 'this-browser',
    newId,
  );
  const previous = restoreBackup(workValues(result.work));
  for (const runId of result.share.runs) {
    const run = result.work.releases.runs.find((candidate) => candidate.id === runId);
    if (!run) continue;
    adoptIntoTeam('runs', runId);
    const checklists = Object.hasOwn(result.work.checklists, runId)
      ? result.work.checklists[runId]!
      : {};
    const draft = Object.hasOwn(result.work.notes, runId) ? result.work.notes[runId] : undefined;
    routeToTeam('runs', runId, (team) => team.restoreRun(run, checklists, draft));
  }
  for (const incidentId of result.share.incidents) shareIncident(incidentId);
  return { previous, copied: result.copied };
}
