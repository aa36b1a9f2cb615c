/**
 * Signing in with the company's identity provider is chosen at build time, like team mode itself:
 * `SYNC_OIDC_ISSUER` and `SYNC_OIDC_CLIENT_ID` (with `SYNC_URL`). This module checks those settings,
 * so that a typo fails the build with the setting's name rather than a page whose sign-in cannot work.
 */

export interface SignInSettings {
  /** The issuer identifier, exactly as the provider's discovery document states it. */
  issuer: string;
  clientId: string;
  /** The scopes asked for, separated by spaces (`openid` always among them). */
  scopes: string;
  /** What "Sign in with …" names: `SYNC_OIDC_NAME`, else the issuer's host. */
  label: string;
}

type Env = Partial<
  Record<
    'SYNC_OIDC_ISSUER' | 'SYNC_OIDC_CLIENT_ID' | 'SYNC_OIDC_NAME' | 'SYNC_OIDC_SCOPES',
    string | undefined
  >
>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The sign-in settings of a build, or undefined when it has no issuer; throws naming the setting. */
export function parseSignInSettings(
  env: Env,
  syncUrl: string | undefined,
): SignInSettings | undefined {
  const issuer = (env.SYNC_OIDC_ISSUER ?? '').trim();
  if (issuer === '') return undefined;
  if (!syncUrl)
    throw new Error('SYNC_OIDC_ISSUER needs SYNC_URL: signing in connects to the team’s server.');
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`SYNC_OIDC_ISSUER "${issuer}" is not a URL (expected https://…).`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    throw new Error(
      `SYNC_OIDC_ISSUER "${issuer}" must start with https:// (http:// only on loopback).`,
    );
  const clientId = (env.SYNC_OIDC_CLIENT_ID ?? '').trim();
  if (clientId === '')
    throw new Error(
      'SYNC_OIDC_CLIENT_ID is not set: the client id of this site, registered at the identity provider.',
    );
  const scopes = (env.SYNC_OIDC_SCOPES ?? 'openid profile email').trim().split(/\s+/);
  if (!scopes.includes('openid'))
    throw new Error('SYNC_OIDC_SCOPES must include openid: the sign-in needs an ID token.');
  return {
    issuer,
    clientId,
    scopes: scopes.join(' '),
    label: (env.SYNC_OIDC_NAME ?? '').trim() || url.host,
  };
}
