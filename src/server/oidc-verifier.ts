/**
 * Verifies a connection's token when it is a JWT from the identity provider: the server never trusts what a page
 * says about who it is. The provider's keys come from its discovery document and JWKS (cached by `jose`, fetched
 * again when a token names a key not yet known, so rotated keys are picked up). Checked: the signature (public-key
 * algorithms only, so `alg: none` and shared-secret tokens are refused), `iss`, `aud` = the client id, `exp`,
 * `nbf`. A refusal carries the reason the page is given: `token-expired` (the page can renew) or `invalid-token`.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

export interface OidcVerifierOptions {
  issuer: string;
  clientId: string;
  /** How long after a key refresh another may be fetched for an unknown key (jose's cooldown). */
  keyRefreshCooldownMs?: number;
}

export class TokenRefusal extends Error {
  constructor(
    readonly reason: 'token-expired' | 'invalid-token' | 'issuer-unavailable',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

export interface OidcVerifier {
  /** The verified claims; throws a TokenRefusal. */
  verify(token: string): Promise<JWTPayload>;
}

const PUBLIC_KEY_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** A compact JWS: three base64url parts (the last empty for `alg: none`, which is then refused). */
export const looksLikeJwt = (token: string) => /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token);

export function createOidcVerifier(options: OidcVerifierOptions): OidcVerifier {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  async function discover() {
    const base = options.issuer.replace(/\/$/, '');
    const response = await fetch(`${base}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    // OpenID Connect Discovery: the document's issuer must be the one configured, exactly.
    if (metadata.issuer !== options.issuer)
      throw new Error(`discovery names issuer ${String(metadata.issuer)}`);
    if (typeof metadata.jwks_uri !== 'string') throw new Error('discovery has no jwks_uri');
    return createRemoteJWKSet(new URL(metadata.jwks_uri), {
      cooldownDuration: options.keyRefreshCooldownMs ?? 30_000,
      timeoutDuration: 5000,
    });
  }

  return {
    async verify(token) {
      keys ??= discover();
      let keySet: Awaited<typeof keys>;
      try {
        keySet = await keys;
      } catch (error) {
        keys = undefined; // asked again on the next connection
        throw new TokenRefusal('issuer-unavailable', (error as Error).message);
      }
      try {
        const { payload } = await jwtVerify(token, keySet, {
          issuer: options.issuer,
          audience: options.clientId,
          algorithms: PUBLIC_KEY_ALGORITHMS,
          requiredClaims: ['exp', 'sub'],
        });
        return payload;
      } catch (error) {
        if (error instanceof errors.JWTExpired)
          throw new TokenRefusal('token-expired', error.message);
        const code = (error as { code?: string }).code ?? 'ERR_UNKNOWN';
        // The keys could not be fetched: the token may be fine, the provider did not answer.
        const unanswered =
          error instanceof errors.JWKSTimeout ||
          code === 'ERR_JOSE_GENERIC' ||
          !(error instanceof errors.JOSEError);
        throw new TokenRefusal(
          unanswered ? 'issuer-unavailable' : 'invalid-token',
          `${code}: ${(error as Error).message}`,
        );
      }
    },
  };
}
