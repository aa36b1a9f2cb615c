// The sign-in with the identity provider, in builds with SYNC_OIDC_ISSUER: the session's tokens and a
// sign-in under way, kept in this tab's sessionStorage only (never localStorage, never a backup), so
// that they end with the tab or with "Sign out" and nobody finds them in this browser afterwards. The
// connection uses the team token when there is one, else the session's ID token.
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  decodePendingSignIn,
  decodeSignInSession,
  type PendingSignIn,
  type SignInSession,
} from '../lib/team/sign-in-session.ts';
import type { TeamMembership } from '../lib/team/team-membership.ts';
import { $teamMembership } from './team-membership.ts';

const SESSION_KEY = 'octoacme-rg:v1:sign-in';
const PENDING_KEY = 'octoacme-rg:v1:sign-in-pending';

function tabStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) tabStorage()?.removeItem(key);
    else tabStorage()?.setItem(key, value);
  } catch {
    // Storage refused: the session lives in memory until the page is left.
  }
}

const session = /* @__PURE__ */ atom<SignInSession | undefined>(undefined);
if (import.meta.env.SYNC_OIDC_ISSUER)
  session.set(decodeSignInSession(tabStorage()?.getItem(SESSION_KEY) ?? null));

/** The session's tokens, or undefined when nobody is signed in in this tab. */
export const $signInSession: ReadableAtom<SignInSession | undefined> = session;

export function keepSignIn(next: SignInSession): void {
  write(SESSION_KEY, JSON.stringify(next));
  session.set(next);
}

export function forgetSignIn(): void {
  write(SESSION_KEY, undefined);
  write(PENDING_KEY, undefined);
  session.set(undefined);
}

/** The membership with the token the connection uses: the team token, else the session's ID token. */
export const $teamAccess: ReadableAtom<TeamMembership> = /* @__PURE__ */ computed(
  [$teamMembership, session],
  (membership, signedIn) =>
    membership.token || !signedIn ? membership : { ...membership, token: signedIn.idToken },
);

/** Signed in with the provider, and no team token (which the connection would use instead). */
export const $signedIn: ReadableAtom<boolean> = /* @__PURE__ */ computed(
  [$teamMembership, session],
  (membership, signedIn) => !membership.token && Boolean(signedIn),
);

export function keepPendingSignIn(pending: PendingSignIn): void {
  write(PENDING_KEY, JSON.stringify(pending));
}

/** The sign-in under way, taken: its state and verifier are good for one answer only. */
export function takePendingSignIn(): PendingSignIn | undefined {
  const pending = decodePendingSignIn(tabStorage()?.getItem(PENDING_KEY) ?? null);
  write(PENDING_KEY, undefined);
  return pending;
}

const problem = /* @__PURE__ */ atom('');
/** Why the last sign-in or renewal did not work, for the team bar. */
export const $signInProblem: ReadableAtom<string> = problem;
export function setSignInProblem(message: string): void {
  problem.set(message);
}
