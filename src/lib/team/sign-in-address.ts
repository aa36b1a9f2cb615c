/**
 * Where a sign-in at the identity provider comes back to, and what is left of its answer in the
 * address bar (nothing). The provider returns to one page of the site, the one redirect URI an admin
 * registers (the releases page, which every team build has); the page then goes on to the page the
 * sign-in started from, on this site only, so that a forged return address cannot send anyone away.
 */

/** What the provider adds to the address it returns to (RFC 6749, RFC 9207, OpenID Session). */
const ANSWER = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri'];

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The redirect URI: the releases page under the site's base path. */
export function redirectUri(origin: string, base: string): string {
  return new URL(`${withSlash(base)}releases/`, origin).href;
}

/** Whether `search` is the provider's answer to a sign-in: a state, and a code or an error. */
export function isSignInReturn(search: string): boolean {
  const parameters = new URLSearchParams(search);
  return parameters.has('state') && (parameters.has('code') || parameters.has('error'));
}

/** `href` as a path on this site, without the provider's answer. */
export function withoutSignInParameters(href: string): string {
  const url = new URL(href);
  for (const name of ANSWER) url.searchParams.delete(name);
  return url.pathname + url.search + url.hash;
}

/** The page to go back to: `started` when it is on this site under `base`, else the releases page. */
export function returnAddress(started: string | undefined, origin: string, base: string): string {
  const fallback = new URL(redirectUri(origin, base)).pathname;
  if (!started) return fallback;
  let url: URL;
  try {
    url = new URL(started, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || !url.pathname.startsWith(withSlash(base))) return fallback;
  return withoutSignInParameters(url.href);
}
