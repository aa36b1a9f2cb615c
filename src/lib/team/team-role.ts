/**
 * What joining a team changes for the page: the role that narrows "Show only my items" is the one
 * the server named for the token (there is no "who are you" to pick one from), and the work is
 * shared with the team, with a copy here, while the token is held and not refused.
 */
import type { Role } from '../roles/roles.ts';
import type { TeamIdentity } from './identity-message.ts';
import type { TeamMembership } from './team-membership.ts';
import type { TeamStatus } from './team-status.ts';

const key = (text: string) => text.trim().toLowerCase();

/** The guide's role the server named (by its name or its id), or undefined. */
export function teamRole(
  roles: readonly Role[],
  identity: TeamIdentity | undefined,
): Role | undefined {
  const named = identity?.role && key(identity.role);
  return named ? roles.find((role) => key(role.name) === named || role.id === named) : undefined;
}

/** A refused token leaves the page working in this browser only. */
export function sharesWithTeam(membership: TeamMembership, status: TeamStatus): boolean {
  return Boolean(membership.token) && status.kind !== 'refused';
}
