/**
 * A sign-in with the identity provider, as this tab keeps it: the tokens of the session (for this
 * tab only, never in localStorage or a backup), and a sign-in under way (the state, nonce and PKCE
 * verifier that the provider's answer must match, and the page to return to). Stored text is read
 * back through these checks: anything else is ignored, and the person signs in again.
 */

export interface SignInSession {
  /** What the page sends the sync server as its token. */
  idToken: string;
  refreshToken?: string;
  /** When the ID token expires (ms since the epoch). */
  expiresAt: number;
}

export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  /** The address the sign-in started from. */
  returnTo: string;
  /** A renewal without a prompt: a refusal then asks the person to sign in, instead of showing an error. */
  silent: boolean;
}

function parse(raw: string | null): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

export function decodeSignInSession(raw: string | null): SignInSession | undefined {
  const value = parse(raw);
  if (!value || !isText(value.idToken) || typeof value.expiresAt !== 'number') return undefined;
  if (value.refreshToken !== undefined && !isText(value.refreshToken)) return undefined;
  return {
    idToken: value.idToken,
    ...(value.refreshToken ? { refreshToken: value.refreshToken } : {}),
    expiresAt: value.expiresAt,
  };
}

export function decodePendingSignIn(raw: string | null): PendingSignIn | undefined {
  const value = parse(raw);
  if (!value) return undefined;
  const { state, nonce, verifier, returnTo, silent } = value;
  if (!isText(state) || !isText(nonce) || !isText(verifier) || !isText(returnTo)) return undefined;
  return { state, nonce, verifier, returnTo, silent: silent === true };
}

/** How an expired session is renewed: with its refresh token, or by a sign-in without a prompt. */
export function renewalKind(session: SignInSession): 'refresh' | 'silent' {
  return session.refreshToken ? 'refresh' : 'silent';
}
