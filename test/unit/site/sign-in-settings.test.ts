import { describe, expect, it } from 'vitest';
import { parseSignInSettings } from '../../../src/lib/site/sign-in-settings.ts';
import { connectSources } from '../../../src/lib/site/sync-url.ts';

const SYNC = 'wss://sync.example.com';

describe('SYNC_OIDC_ISSUER and SYNC_OIDC_CLIENT_ID', () => {
  it('are absent from a build without an issuer', () => {
    expect(parseSignInSettings({}, SYNC)).toBeUndefined();
    expect(parseSignInSettings({ SYNC_OIDC_ISSUER: ' ' }, undefined)).toBeUndefined();
  });

  it('name the issuer, the client, the scopes and the button’s words (the host, unless named)', () => {
    expect(
      parseSignInSettings(
        { SYNC_OIDC_ISSUER: 'https://id.example.com/realms/octo', SYNC_OIDC_CLIENT_ID: 'guide' },
        SYNC,
      ),
    ).toEqual({
      issuer: 'https://id.example.com/realms/octo',
      clientId: 'guide',
      scopes: 'openid profile email',
      label: 'id.example.com',
    });
    expect(
      parseSignInSettings(
        {
          SYNC_OIDC_ISSUER: 'https://octoacme.okta.com',
          SYNC_OIDC_CLIENT_ID: 'guide',
          SYNC_OIDC_NAME: ' Okta ',
          SYNC_OIDC_SCOPES: 'openid  profile email groups offline_access',
        },
        SYNC,
      ),
    ).toMatchObject({ label: 'Okta', scopes: 'openid profile email groups offline_access' });
  });

  it('keeps the issuer exactly as written: its identifier must match the provider’s', () => {
    const settings = parseSignInSettings(
      { SYNC_OIDC_ISSUER: 'https://accounts.google.com', SYNC_OIDC_CLIENT_ID: 'guide' },
      SYNC,
    );
    expect(settings?.issuer).toBe('https://accounts.google.com');
  });

  it('refuses what cannot work, naming the setting', () => {
    const issuer = { SYNC_OIDC_ISSUER: 'https://id.example.com', SYNC_OIDC_CLIENT_ID: 'guide' };
    expect(() => parseSignInSettings(issuer, undefined)).toThrow(/SYNC_OIDC_ISSUER needs SYNC_URL/);
    expect(() => parseSignInSettings({ SYNC_OIDC_ISSUER: 'https://id.example.com' }, SYNC)).toThrow(
      /SYNC_OIDC_CLIENT_ID is not set/,
    );
    expect(() =>
      parseSignInSettings({ ...issuer, SYNC_OIDC_ISSUER: 'http://id.example.com' }, SYNC),
    ).toThrow(/must start with https:\/\//);
    expect(() =>
      parseSignInSettings({ ...issuer, SYNC_OIDC_ISSUER: 'id.example.com' }, SYNC),
    ).toThrow(/is not a URL/);
    expect(() =>
      parseSignInSettings({ ...issuer, SYNC_OIDC_SCOPES: 'profile email' }, SYNC),
    ).toThrow(/SYNC_OIDC_SCOPES must include openid/);
  });

  it('takes http:// on loopback only', () => {
    expect(
      parseSignInSettings(
        { SYNC_OIDC_ISSUER: 'http://127.0.0.1:8080', SYNC_OIDC_CLIENT_ID: 'guide' },
        SYNC,
      )?.issuer,
    ).toBe('http://127.0.0.1:8080');
  });
});

describe('connect-src with an issuer', () => {
  it('adds the issuer’s origin, and nothing else', () => {
    expect(connectSources(SYNC, 'https://id.example.com/realms/octo')).toBe(
      "connect-src 'self' wss://sync.example.com https://id.example.com",
    );
    expect(connectSources(SYNC)).toBe("connect-src 'self' wss://sync.example.com");
  });
});
