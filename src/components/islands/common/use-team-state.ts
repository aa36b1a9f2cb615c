// Team mode's state as islands read it, with what the server's HTML shows (no team, not connected).
// Read the same way in every build: a local-only build's team stores never change, so nothing of
// team mode shows there.
import type { TeamMembership } from '../../../lib/team-sync/team-membership.ts';
import type { TeamStatus } from '../../../lib/team-sync/team-status.ts';
import { $teamMembership, $teamStatus } from '../../../stores/team.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

const NOT_IN_A_TEAM: TeamMembership = { runs: [], incidents: [] };
const STARTING: TeamStatus = { kind: 'off' };

/** The team token and the runs and incidents that are the team's. */
export function useTeamMembership(): TeamMembership {
  return useHydratedStore($teamMembership, NOT_IN_A_TEAM);
}

/** The connection to the team's server, as it last was. */
export function useTeamStatus(): TeamStatus {
  return useHydratedStore($teamStatus, STARTING);
}
