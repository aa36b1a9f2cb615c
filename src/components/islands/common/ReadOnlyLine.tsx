import { isReadOnlyWork, READ_ONLY_LINE } from '../../../lib/team/read-only.ts';
import type { TeamMembership } from '../../../lib/team/team-membership.ts';
import type { TeamStatus } from '../../../lib/team/team-status.ts';
import { $teamMembership, $teamStatus } from '../../../stores/team.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

const NOT_IN_A_TEAM: TeamMembership = { runs: [], incidents: [] };
const STARTING: TeamStatus = { kind: 'off' };

/**
 * True when the work on screen (`id`; undefined for work not made yet) is the team's and the
 * token is read-only: the islands then disable what would change it. Always false in a local-only
 * build (a build-time constant: the same hooks run on every render of a given build).
 */
export function useReadOnlyWork(kind: 'runs' | 'incidents', id: string | undefined): boolean {
  if (!import.meta.env.SYNC_URL) return false;
  const membership = useHydratedStore($teamMembership, NOT_IN_A_TEAM);
  const status = useHydratedStore($teamStatus, STARTING);
  return isReadOnlyWork(membership, status, kind, id);
}

/** Why the controls are disabled, shown where they are. */
export function ReadOnlyLine({ readOnly }: { readOnly: boolean }) {
  // A local-only build never shows it, and so carries neither the line nor its words.
  if (!import.meta.env.SYNC_URL || !readOnly) return null;
  return <p className="team-read-only">{READ_ONLY_LINE}</p>;
}
