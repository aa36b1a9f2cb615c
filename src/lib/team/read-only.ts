/**
 * Which work a read-only token may not change, so that the page disables those controls and says
 * why instead of letting a click be refused. New work made in team mode would be the team's, so it
 * counts as shared; runs and incidents kept from before joining stay this browser's to change.
 */
import type { TeamMembership } from './team-membership.ts';
import type { TeamStatus } from './team-status.ts';

export const READ_ONLY_LINE = 'Read-only: you can follow the team’s work but not change it.';

/** Whether the server said (now, or last time when offline) that the token is read-only. */
export function tokenIsReadOnly(membership: TeamMembership, status: TeamStatus): boolean {
  if (!membership.token || status.kind === 'refused') return false;
  const identity = status.kind === 'connected' ? status.identity : membership.identity;
  return identity?.access === 'read-only';
}

/** `id` is the run or incident on screen, or undefined for one not made yet. */
export function isReadOnlyWork(
  membership: TeamMembership,
  status: TeamStatus,
  kind: 'runs' | 'incidents',
  id: string | undefined,
): boolean {
  if (!tokenIsReadOnly(membership, status)) return false;
  return id === undefined || membership[kind].includes(id);
}
