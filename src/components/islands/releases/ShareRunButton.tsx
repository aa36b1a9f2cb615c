import { describeRun, type ReleaseRun } from '../../../lib/releases/release-run.ts';
import { shareReleaseRun } from '../../../stores/release-run-changes.ts';
import { useTeamMembership } from '../common/use-hydrated-store.ts';

/**
 * In team mode, a run made before joining stays in this browser until its owner shares it (team
 * builds only): then its progress and notes become the team's, signed as they were.
 */
export function ShareRunButton({ run }: { run: ReleaseRun }) {
  const membership = useTeamMembership();
  if (!membership.token) return null;
  if (membership.runs.includes(run.id))
    return <span className="run-shared-badge">Shared with the team</span>;
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => shareReleaseRun(run.id)}
      aria-label={`Share with the team: ${describeRun(run)}`}
    >
      Share with the team
    </button>
  );
}
