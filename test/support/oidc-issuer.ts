/**
 * A real OpenID Provider for the tests: `oidc-provider` (8.x, the certified Node provider) on 127.0.0.1 on a free
 * port, with a few people and their groups, its development login and consent pages, and one public client that
 * uses the authorization code flow with PKCE, as the page does. `signIn` drives that flow over HTTP (the login
 * form, the consent form, the code exchanged for tokens) and returns a real ID token. The provider's signing key
 * is the test's own, so a test can also sign the tokens a provider would never issue (expired, not yet valid).
 * For a page that signs in (`options`): its redirect URIs (also its addresses after signing out), CORS for its
 * calls to the token endpoint, refresh tokens, and an ID token lifetime the test can shorten while it runs.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'release-guide';
export const REDIRECT_URI = 'http://127.0.0.1:4321/release-guide/';

export interface Person {
  name?: string;
  email?: string;
  groups?: string[];
}

export const people: Record<string, Person> = {
  ana: { name: 'Ana Lima', email: 'ana@octoacme.com', groups: ['release-managers', 'staff'] },
  obi: { email: 'obi@octoacme.com', groups: ['observers'] },
  zed: { name: 'Zed Outsider', email: 'zed@elsewhere.org', groups: ['visitors'] },
};

export async function newSigningKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, publicKey, jwk };
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export interface IssuerOptions {
  /** Redirect URIs besides the server tests' own; each is also a post-logout redirect URI. */
  redirectUris?: string[];
  /** Issue refresh tokens (with the refresh_token grant). */
  refreshTokens?: boolean;
}

export async function startIssuer(options: IssuerOptions = {}) {
  const { redirectUris = [], refreshTokens = false } = options;
  let issuingRefreshTokens = refreshTokens;
  let idTokenTtl = 3600;
  const key = await newSigningKey('issuer-key-1');
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const configure = (keys: JWK[]) =>
    new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          token_endpoint_auth_method: 'none',
          redirect_uris: [REDIRECT_URI, ...redirectUris],
          post_logout_redirect_uris: redirectUris,
          grant_types: refreshTokens
            ? ['authorization_code', 'refresh_token']
            : ['authorization_code'],
          response_types: ['code'],
        },
      ],
      // A page on loopback calls the token endpoint from its own origin.
      clientBasedCORS: () => true,
      issueRefreshToken: (_ctx, client) =>
        issuingRefreshTokens && client.grantTypeAllowed('refresh_token'),
      jwks: { keys },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name'],
        groups: ['groups'],
      },
      scopes: ['openid', 'email', 'profile', 'groups'],
      // The page reads the ID token alone, so its claims are in it rather than only at the userinfo endpoint.
      conformIdTokenClaims: false,
      ttl: {
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
        AccessToken: 600,
        RefreshToken: 3600,
        IdToken: () => idTokenTtl,
      },
      cookies: { keys: ['a test cookie key, not a secret'] },
      features: { devInteractions: { enabled: true } },
      async findAccount(_ctx, id) {
        const person = people[id];
        if (!person) return undefined;
        return {
          accountId: id,
          claims: () => ({ sub: id, ...person, ...(person.email ? { email_verified: true } : {}) }),
        };
      },
    });
  let handle = configure([key.jwk]).callback();
  http.on('request', (request, response) => void handle(request, response));

  /** Signs in as `login` through the provider's forms and returns the ID token it issues. */
  async function signIn(login: string): Promise<string> {
    const cookies = new Map<string, string>();
    const verifier = base64url(randomBytes(32));
    const state = base64url(randomBytes(16));
    const request = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const at = pair!.indexOf('=');
        cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      return response;
    };
    const authorize = new URL(`${issuer}/auth`);
    Object.entries({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid email profile groups',
      state,
      nonce: base64url(randomBytes(16)),
      code_challenge: base64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
    }).forEach(([name, value]) => authorize.searchParams.set(name, value));

    let response = await request(authorize.href);
    for (let step = 0; step < 20; step += 1) {
      if (response.status >= 300 && response.status < 400) {
        const location = new URL(response.headers.get('location')!, issuer);
        if (location.href.startsWith(REDIRECT_URI)) {
          if (location.searchParams.get('state') !== state) throw new Error('state changed');
          const code = location.searchParams.get('code');
          if (!code) throw new Error(`sign-in refused: ${location.search}`);
          return exchange(code, verifier);
        }
        response = await request(location.href);
        continue;
      }
      const page = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!prompt || !action) throw new Error(`unexpected page (${response.status}): ${page}`);
      const form = new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt },
      );
      response = await request(new URL(action, issuer).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    }
    throw new Error('sign-in did not come back');
  }

  async function exchange(code: string, verifier: string): Promise<string> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        client_id: CLIENT_ID,
        code_verifier: verifier,
      }).toString(),
    });
    const body = (await response.json()) as { id_token?: string; error?: string };
    if (!body.id_token) throw new Error(`no ID token: ${JSON.stringify(body)}`);
    return body.id_token;
  }

  return {
    issuer,
    key,
    /** Signs with a new key from now on, publishing the old one too (a provider's key rotation). */
    async rotateKeys() {
      const next = await newSigningKey(`issuer-key-${Date.now()}`);
      handle = configure([next.jwk, key.jwk]).callback();
      return next;
    },
    signIn,
    /** Whether sign-ins from now on get a refresh token (a client registered with `refreshTokens`). */
    setRefreshTokens(issue: boolean) {
      issuingRefreshTokens = issue;
    },
    /** ID tokens issued from now on expire after `seconds`. */
    setIdTokenTtl(seconds: number) {
      idTokenTtl = seconds;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
