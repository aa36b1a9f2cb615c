import { sharesWithTeam } from '../../../lib/team/team-role.ts';
import { useTeamMembership, useTeamStatus } from './use-hydrated-store.ts';

/**
 * Where work is kept, in a team build: `team`'s words while the page shares its work with a team,
 * else `local`'s. Islands render it only when `import.meta.env.SYNC_URL` is set, so that a local-only
 * build keeps its own words and none of these.
 */
export function KeptWhere({ local, team }: { local: string; team: string }) {
  return sharesWithTeam(useTeamMembership(), useTeamStatus()) ? team : local;
}
