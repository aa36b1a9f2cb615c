// People sign in with the identity provider: a real OpenID Provider on loopback (test/support/oidc-issuer.ts)
// issues the ID tokens, the server verifies each one against the provider's keys and maps its claims to a role and
// an access through the access rules file. Every token the server must refuse is tried, with Node clients.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, type JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeIdentityMessage } from '../../src/lib/team/identity-message.ts';
import { loadTokensFile } from '../../src/server/config.ts';
import {
  startTeamSyncServer,
  type RunningTeamSyncServer,
} from '../../src/server/team-sync-server.ts';
import { createTokenRegistry } from '../../src/server/token-registry.ts';
import { CLIENT_ID, newSigningKey, startIssuer } from '../support/oidc-issuer.ts';
import {
  connectClient,
  holders,
  makeWorkspace,
  readAuditLog,
  waitFor,
} from '../support/sync-server.mjs';

const rules = {
  rules: [
    { group: 'release-managers', role: 'Release Manager', access: 'read-write' },
    { group: 'observers', role: 'Observer', access: 'read-only' },
    { emailDomain: 'octoacme.com', access: 'read-only' },
  ],
};

let issuer: Awaited<ReturnType<typeof startIssuer>>;
let workspace: ReturnType<typeof makeWorkspace>;
let server: RunningTeamSyncServer | undefined;
const closers: (() => void)[] = [];

beforeAll(async () => {
  issuer = await startIssuer();
});
afterAll(() => issuer.stop());
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server?.stop();
  server = undefined;
  rmSync(workspace.dir, { recursive: true, force: true });
});

async function start({ withOidc = true, withTokens = true } = {}) {
  workspace = makeWorkspace('oidc-test-');
  const accessFile = join(workspace.dir, 'access.json');
  writeFileSync(accessFile, JSON.stringify(rules));
  server = await startTeamSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: workspace.dataDir,
    auditLogFile: workspace.auditLogFile,
    tokens: createTokenRegistry(withTokens ? loadTokensFile(workspace.tokensFile) : []),
    ...(withOidc
      ? {
          oidc: {
            issuer: issuer.issuer,
            clientId: CLIENT_ID,
            groupsClaim: 'groups',
            accessFile,
            keyRefreshCooldownMs: 0,
          },
        }
      : {}),
  });
  return { accessFile };
}

function client(documentName: string, token: string) {
  const connected = connectClient(server!.url, documentName, token);
  closers.push(() => connected.close());
  const closes: { code: number; reason: string }[] = [];
  connected.provider.on('close', ({ event }: { event: { code: number; reason: string } }) =>
    closes.push({ code: event.code, reason: event.reason }),
  );
  return { ...connected, closes };
}

const now = () => Math.floor(Date.now() / 1000);

/** A token as the provider would sign it for Ana, with `change` applied, signed with the provider's key. */
function forged(change: JWTPayload = {}, key = issuer.key) {
  const claims: JWTPayload = {
    sub: 'ana',
    name: 'Ana Lima',
    email: 'ana@octoacme.com',
    groups: ['release-managers'],
    iss: issuer.issuer,
    aud: CLIENT_ID,
    iat: now(),
    exp: now() + 600,
    ...change,
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.jwk.kid! })
    .sign(key.privateKey);
}

describe('identity-provider tokens', () => {
  it('connects a person signed in at the provider as their name and role, and names them in the audit log', async () => {
    await start();
    const token = await issuer.signIn('ana');
    const ana = client('run:oidc', token);
    expect(await ana.authenticated).toBe('read-write');
    expect(decodeIdentityMessage(await ana.identity)).toEqual({
      name: 'Ana Lima',
      role: 'Release Manager',
      access: 'read-write',
    });
    ana.map.set('deploy', 'done');
    await ana.synced();
    await server!.stop();
    server = undefined;
    expect(readAuditLog(workspace.auditLogFile)).toContainEqual(
      expect.objectContaining({ event: 'change', name: 'Ana Lima', role: 'Release Manager' }),
    );
  });

  it('gives a read-only group read-only access: the write is refused', async () => {
    await start();
    const obi = client('run:oidc-ro', await issuer.signIn('obi'));
    expect(await obi.authenticated).toBe('readonly');
    // No `name` claim: the name is the email.
    expect(decodeIdentityMessage(await obi.identity)).toEqual({
      name: 'obi@octoacme.com',
      role: 'Observer',
      access: 'read-only',
    });
    obi.map.set('deploy', 'done');
    await waitFor(
      () =>
        readAuditLog(workspace.auditLogFile).some(
          (line) => line.reason === 'read-only' && line.name === 'obi@octoacme.com',
        ),
      'the refused write in the audit log',
    );
    const ana = client('run:oidc-ro', await issuer.signIn('ana'));
    await ana.authenticated;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ana.map.get('deploy')).toBeUndefined();
  });

  it('refuses a person no rule matches', async () => {
    await start();
    expect(await client('run:oidc', await issuer.signIn('zed')).refused).toBe('no-access-rule');
  });

  it('refuses a token signed by another key, for another audience, from another issuer, or with alg none', async () => {
    await start();
    const otherKey = await newSigningKey(issuer.key.jwk.kid!); // same key id, other key
    const unknownKey = await newSigningKey('not-at-the-issuer');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'ana',
        groups: ['release-managers'],
        iss: issuer.issuer,
        aud: CLIENT_ID,
        exp: now() + 600,
      }),
    ).toString('base64url');
    const refused = {
      'other key, same key id': await forged({}, otherKey),
      'other key, unknown key id': await forged({}, unknownKey),
      'other audience': await forged({ aud: 'another-app' }),
      'other issuer': await forged({ iss: 'https://id.example.com' }),
      'not yet valid': await forged({ nbf: now() + 300 }),
      'alg none': `${header}.${payload}.`,
    };
    for (const [what, token] of Object.entries(refused))
      expect([what, await client('run:oidc', token).refused]).toEqual([what, 'invalid-token']);
    expect(await client('run:oidc', await forged({ exp: now() - 60 })).refused).toBe(
      'token-expired',
    );
    // The same claims, signed properly, are accepted: the refusals above are the checks, not the claims.
    expect(await client('run:oidc', await forged()).authenticated).toBe('read-write');
  });

  it('closes a connection when its token expires (token-expired) and refuses that token afterwards', async () => {
    await start();
    const token = await forged({ exp: now() + 3 });
    const ana = client('run:oidc-exp', token);
    await ana.authenticated;
    await waitFor(() => ana.closes.length > 0, 'the connection closed at expiry', 8000);
    expect(ana.closes[0]).toEqual({ code: 4401, reason: 'token-expired' });
    expect(await client('run:oidc-exp', token).refused).toBe('token-expired');
    expect(readAuditLog(workspace.auditLogFile)).toContainEqual(
      expect.objectContaining({ event: 'closed', reason: 'token-expired', name: 'Ana Lima' }),
    );
  });

  it('closes a person whose group no longer matches after the rules change, without a restart', async () => {
    const { accessFile } = await start();
    const ana = client('run:oidc-rules', await issuer.signIn('ana'));
    const dana = client('run:oidc-rules', holders.dana.token);
    await Promise.all([ana.authenticated, dana.authenticated]);
    writeFileSync(accessFile, JSON.stringify({ rules: [rules.rules[1]] }));
    await waitFor(() => ana.closes.length > 0, 'Ana’s connection closed', 5000);
    expect(ana.closes[0]).toEqual({ code: 4403, reason: 'token-revoked' });
    expect(dana.closes).toEqual([]);
    expect(await client('run:oidc-rules', await issuer.signIn('ana')).refused).toBe(
      'no-access-rule',
    );
  });

  it('takes both at once, either alone, and without an issuer treats a JWT as an unknown token', async () => {
    await start();
    expect(await client('run:both', holders.dana.token).authenticated).toBe('read-write');
    expect(await client('run:both', await issuer.signIn('ana')).authenticated).toBe('read-write');
    for (const close of closers.splice(0)) close();
    await server!.stop();
    rmSync(workspace.dir, { recursive: true, force: true });

    await start({ withTokens: false });
    expect(await client('run:people', await issuer.signIn('ana')).authenticated).toBe('read-write');
    expect(await client('run:people', holders.dana.token).refused).toBe('unknown-token');
    for (const close of closers.splice(0)) close();
    await server!.stop();
    rmSync(workspace.dir, { recursive: true, force: true });

    await start({ withOidc: false });
    expect(await client('run:machines', holders.dana.token).authenticated).toBe('read-write');
    expect(await client('run:machines', await issuer.signIn('ana')).refused).toBe('unknown-token');
  });

  // Last: the provider keeps its rotated keys for the tests after this one.
  it('picks up the provider’s rotated keys without a restart', async () => {
    await start();
    expect(await client('run:rotate', await issuer.signIn('ana')).authenticated).toBe('read-write');
    const next = await issuer.rotateKeys();
    const token = await issuer.signIn('ana');
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid).toBe(
      next.jwk.kid,
    );
    expect(await client('run:rotate', token).authenticated).toBe('read-write');
  });
});
