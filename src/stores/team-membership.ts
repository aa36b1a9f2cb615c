// Membership of a team, kept in this browser only: the token, the runs and incidents mirrored from
// the team, and who the server last said the token is. This module owns the membership document;
// everything else changes it through the verbs below.
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { teamMembershipCodec, type TeamMembership } from '../lib/team/team-membership.ts';
import { persistentDocument } from './storage.ts';

// Made in team builds (and under Node, where the tests list it), so that a local-only build has none of it.
export const teamMembershipDocument =
  import.meta.env.SYNC_URL !== '' ? persistentDocument('team', teamMembershipCodec) : undefined;
const membershipStore: WritableAtom<TeamMembership> =
  teamMembershipDocument?.store ?? atom<TeamMembership>({ runs: [], incidents: [] });

/** The team token and the runs and incidents mirrored from the team. Read-only: it changes through the verbs below. */
export const $teamMembership: ReadableAtom<TeamMembership> = membershipStore;

/** Keep what the server said about the token. */
export function recordTeamIdentity(identity: TeamIdentity): void {
  const membership = $teamMembership.get();
  if (JSON.stringify(membership.identity) !== JSON.stringify(identity))
    membershipStore.set({ ...membership, identity });
}

/** Count a new run or incident as the team's (made in team mode, or shared now). */
export function adoptIntoTeam(kind: 'runs' | 'incidents', id: string): void {
  const membership = $teamMembership.get();
  if (!membership[kind].includes(id))
    membershipStore.set({ ...membership, [kind]: [...membership[kind], id] });
}

/** The runs and incidents the team has now (the connection's mirror). */
export function recordTeamIds(runs: string[], incidents: string[]): void {
  const membership = $teamMembership.get();
  if (
    membership.runs.join('\n') === runs.join('\n') &&
    membership.incidents.join('\n') === incidents.join('\n')
  )
    return;
  membershipStore.set({ ...membership, runs, incidents });
}

export function joinTeam(token: string): void {
  const { identity: _previous, ...membership } = $teamMembership.get();
  membershipStore.set({ ...membership, token: token.trim() });
}

/** Forget the token; the runs and incidents stay in this browser, as local work. */
export function leaveTeam(): void {
  membershipStore.set({ runs: [], incidents: [] });
}
