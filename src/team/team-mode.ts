/*
 * Team mode's one entry point, loaded by the islands in team builds only: it loads team mode's
 * styles, reads a join link, and loads the connection once this browser holds a token. A
 * local-only build never loads it, so its pages carry none of this.
 */
import { isJoinFragment, joinTokenFromHash } from '../lib/team/join-link.ts';
import { isSignInReturn } from '../lib/team/sign-in-address.ts';
import { $teamAccess } from '../stores/sign-in.ts';
import { $teamMembership, joinTeam } from '../stores/team-membership.ts';

/** Read a join link (`#join=<token>`) once, and take it out of the address bar and history. */
function joinFromAddress(): void {
  if (!isJoinFragment(window.location.hash)) return;
  const token = joinTokenFromHash(window.location.hash);
  // An unreadable link is dropped too: whatever it holds never stays in the address bar.
  if (token) joinTeam(token);
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search,
  );
}

let connecting: Promise<unknown> | undefined;

if (import.meta.env.SYNC_URL && typeof window !== 'undefined') {
  // Team mode's styles load in team builds only, so that a local-only build's pages stay as they were.
  void import('../styles/team.css');
  joinFromAddress();
  // Back from the identity provider (builds with an issuer only): the sign-in code loads to finish it.
  if (import.meta.env.SYNC_OIDC_ISSUER && isSignInReturn(window.location.search))
    void import('./sign-in.ts').then(({ completeSignIn }) => completeSignIn());
  // With an issuer, a sign-in's ID token serves as the token when there is no team token.
  (import.meta.env.SYNC_OIDC_ISSUER ? $teamAccess : $teamMembership).subscribe((membership) => {
    if (!membership.token || connecting) return;
    // The connection code loads only for someone in a team.
    connecting = import('./team-connection.ts').then(({ startTeamConnection }) =>
      startTeamConnection(import.meta.env.SYNC_URL),
    );
  });
}
