/*
 * A join link on a page without islands (`/`, `/guide/`, `/roles/`, in team builds only): the token is
 * kept as joining from the team bar keeps it, so the next page with the team's work connects with it,
 * and the link leaves the address bar and history at once, so the token lands in no screenshot. Pages
 * with islands read the link in team mode itself (team/team-mode.ts). Loaded only when the address
 * holds a join link, so no page carries it on a first visit.
 */
import { isJoinFragment, joinTokenFromHash, membershipWithToken } from '../lib/team/join-link.ts';
import { storageKey } from '../lib/storage/storage-keys.ts';

const hash = window.location.hash;
if (isJoinFragment(hash)) {
  const token = joinTokenFromHash(hash);
  if (token) {
    const key = storageKey('team');
    try {
      localStorage.setItem(key, membershipWithToken(localStorage.getItem(key), token));
    } catch {
      // Storage refused (full, disabled): the link is still taken out of the address bar.
    }
  }
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search,
  );
}
