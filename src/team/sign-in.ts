/*
 * Signing in with the company's identity provider (builds with SYNC_OIDC_ISSUER only), loaded on
 * "Sign in", on a return from the provider, and when a session must be renewed: OpenID Connect's
 * authorization code flow with PKCE as a public client, through oauth4webapi (discovery, state and
 * nonce checked, the code exchanged in the page). The provider returns to the releases page (the one
 * redirect URI), which goes on to the page the sign-in started from with no code or state in the address.
 */
import * as oauth from 'oauth4webapi';
import { isSignInReturn, redirectUri, returnAddress } from '../lib/team/sign-in-address.ts';
import { renewalKind, type SignInSession } from '../lib/team/sign-in-session.ts';
import {
  $signInSession,
  forgetSignIn,
  keepPendingSignIn,
  keepSignIn,
  setSignInProblem,
  takePendingSignIn,
} from '../stores/sign-in.ts';
import { leaveTeam } from '../stores/team-membership.ts';

const issuer = new URL(import.meta.env.SYNC_OIDC_ISSUER);
const client: oauth.Client = { client_id: import.meta.env.SYNC_OIDC_CLIENT_ID };
// http:// is only ever accepted for an issuer on loopback (the build refuses it elsewhere).
const requests = issuer.protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
const base = import.meta.env.BASE_URL;

let discovered: Promise<oauth.AuthorizationServer> | undefined;
function authorizationServer(): Promise<oauth.AuthorizationServer> {
  discovered ??= oauth
    .discoveryRequest(issuer, { algorithm: 'oidc', ...requests })
    .then((response) => oauth.processDiscoveryResponse(issuer, response))
    .catch((error: unknown) => {
      discovered = undefined; // asked again next time
      throw error;
    });
  return discovered;
}

const reason = (error: unknown) =>
  error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError
    ? (error.error_description ?? error.error)
    : error instanceof Error
      ? error.message
      : String(error);

/** Off to the provider's sign-in; `silent` asks it not to prompt (a renewal). */
export async function startSignIn({ silent = false } = {}): Promise<void> {
  setSignInProblem('');
  let as: oauth.AuthorizationServer;
  try {
    as = await authorizationServer();
  } catch (error) {
    setSignInProblem(`The identity provider does not answer (${reason(error)}). Try again later.`);
    return;
  }
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  keepPendingSignIn({ state, nonce, verifier, returnTo: window.location.href, silent });
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri(window.location.origin, base),
    response_type: 'code',
    scope: import.meta.env.SYNC_OIDC_SCOPES,
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(silent ? { prompt: 'none' } : {}),
  }).toString();
  window.location.assign(url.href);
}

function sessionOf(
  result: oauth.TokenEndpointResponse,
  previous?: SignInSession,
): SignInSession | undefined {
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!result.id_token || !claims) return undefined;
  const refreshToken = result.refresh_token ?? previous?.refreshToken;
  return {
    idToken: result.id_token,
    ...(refreshToken ? { refreshToken } : {}),
    expiresAt: claims.exp * 1000,
  };
}

/** The provider's answer, on the redirect URI: exchange the code, then back to where the sign-in started. */
export async function completeSignIn(): Promise<void> {
  const pending = takePendingSignIn();
  const here = new URL(window.location.href);
  try {
    if (!pending) throw new Error('this sign-in was not started in this tab');
    const as = await authorizationServer();
    const parameters = oauth.validateAuthResponse(as, client, here, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      parameters,
      redirectUri(window.location.origin, base),
      pending.verifier,
      requests,
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
    const session = sessionOf(result);
    if (!session) throw new Error('the identity provider sent no ID token');
    setSignInProblem('');
    keepSignIn(session);
  } catch (error) {
    // A renewal without a prompt that the provider declines (its session ended) asks for a sign-in.
    forgetSignIn();
    setSignInProblem(
      pending?.silent
        ? 'Your sign-in has ended: sign in again to share your work with the team (it is kept here meanwhile).'
        : `Signing in did not work: ${reason(error)}`,
    );
  }
  const back = returnAddress(pending?.returnTo, window.location.origin, base);
  const now = window.location.pathname + window.location.search + window.location.hash;
  if (new URL(back, here).pathname === here.pathname || !pending)
    window.history.replaceState(window.history.state, '', back);
  else if (back !== now) window.location.replace(back);
}

/** Whether leaving the page now would lose what is being typed (a dialog open, a text field in use). */
function typing(): boolean {
  const active = document.activeElement;
  return (
    document.querySelector('dialog[open]') !== null ||
    (active instanceof HTMLElement &&
      active.matches('input:not([type="checkbox"]):not([type="radio"]), textarea, select'))
  );
}

async function renew(): Promise<void> {
  const current = $signInSession.get();
  // On the provider's answer, the sign-in being completed brings the new token.
  if (!current || isSignInReturn(window.location.search)) return;
  if (renewalKind(current) === 'refresh') {
    try {
      const as = await authorizationServer();
      const response = await oauth.refreshTokenGrantRequest(
        as,
        client,
        oauth.None(),
        current.refreshToken!,
        requests,
      );
      const next = sessionOf(
        await oauth.processRefreshTokenResponse(as, client, response),
        current,
      );
      if (next) return keepSignIn(next);
    } catch {
      // The refresh token is refused or has expired: sign in again without a prompt.
    }
  }
  // Work is kept in this browser and survives the round trip; what is being typed would not, so wait for it.
  while (typing()) await new Promise((resolve) => setTimeout(resolve, 1000));
  await startSignIn({ silent: true });
}

let renewing: Promise<void> | undefined;
/** Renew the session's ID token once, however many connections find it expired at once. */
export function renewSignIn(): Promise<void> {
  renewing ??= renew().finally(() => (renewing = undefined));
  return renewing;
}

/** Forget the session here, and end it at the provider when it says how (`end_session_endpoint`). */
export async function signOut(): Promise<void> {
  const current = $signInSession.get();
  forgetSignIn();
  leaveTeam();
  let as: oauth.AuthorizationServer;
  try {
    as = await authorizationServer();
  } catch {
    return;
  }
  if (!current || !as.end_session_endpoint) return;
  const url = new URL(as.end_session_endpoint);
  url.searchParams.set('client_id', client.client_id);
  url.searchParams.set('id_token_hint', current.idToken);
  url.searchParams.set('post_logout_redirect_uri', redirectUri(window.location.origin, base));
  window.location.assign(url.href);
}
