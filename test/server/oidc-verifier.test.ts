// The verifier's own failure modes, with a stand-in discovery document on loopback: a discovery document that
// names another issuer is not trusted, and an issuer that does not answer refuses the token without being
// remembered as broken (the next connection asks again).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOidcVerifier, looksLikeJwt } from '../../src/server/oidc-verifier.ts';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function discoveryServer(document: (issuer: string) => object | undefined) {
  server = createServer((request, response) => {
    const body = document(issuer);
    if (request.url !== '/.well-known/openid-configuration' || !body) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return issuer;
}

const someJwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJl';

describe('the identity-provider verifier', () => {
  it('does not trust a discovery document that names another issuer', async () => {
    const issuer = await discoveryServer(() => ({
      issuer: 'https://id.example.com',
      jwks_uri: 'https://id.example.com/jwks',
    }));
    const verifier = createOidcVerifier({ issuer, clientId: 'release-guide' });
    await expect(verifier.verify(someJwt)).rejects.toMatchObject({
      reason: 'issuer-unavailable',
      detail: expect.stringContaining('https://id.example.com'),
    });
  });

  it('asks the issuer again after it failed to answer', async () => {
    let answering = false;
    const issuer = await discoveryServer((self) =>
      answering ? { issuer: self, jwks_uri: `${self}/jwks` } : undefined,
    );
    const verifier = createOidcVerifier({ issuer, clientId: 'release-guide' });
    await expect(verifier.verify(someJwt)).rejects.toMatchObject({ reason: 'issuer-unavailable' });
    answering = true;
    // Discovery now answers, the keys do not (503): still the provider's failure, not the token's.
    await expect(verifier.verify(someJwt)).rejects.toMatchObject({
      reason: 'issuer-unavailable',
      detail: expect.stringContaining('200'),
    });
  });

  it('takes only compact JWTs for the provider, leaving other tokens to the tokens file', () => {
    expect(looksLikeJwt(someJwt)).toBe(true);
    expect(looksLikeJwt('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbmEifQ.')).toBe(true);
    expect(looksLikeJwt('dana-0123456789abcdef')).toBe(false);
  });
});
