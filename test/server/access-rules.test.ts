import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAccessRulesFile, readOidcConfig } from '../../src/server/access-rules.ts';
import { readServerConfig } from '../../src/server/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'access-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
function rulesFile(content: string) {
  const file = join(dir, `access-${(count += 1)}.json`);
  writeFileSync(file, content);
  return file;
}

describe('identity-provider settings', () => {
  const env = {
    SYNC_OIDC_ISSUER: 'https://id.example.com/realms/octoacme',
    SYNC_OIDC_CLIENT_ID: 'release-guide',
    SYNC_ACCESS_FILE: 'access.json',
  };

  it('applies nothing without SYNC_OIDC_ISSUER, and still needs the tokens file then', () => {
    expect(readOidcConfig({})).toBeUndefined();
    expect(() => readServerConfig({})).toThrow(/SYNC_TOKENS_FILE is not set/);
  });

  it('reads the issuer, the client id, the rules file and the groups claim', () => {
    expect(readOidcConfig(env, '/srv/guide')).toEqual({
      issuer: 'https://id.example.com/realms/octoacme',
      clientId: 'release-guide',
      groupsClaim: 'groups',
      accessFile: '/srv/guide/access.json',
    });
    expect(readOidcConfig({ ...env, SYNC_OIDC_GROUPS_CLAIM: 'roles' })?.groupsClaim).toBe('roles');
    // People alone: no tokens file needed.
    expect(readServerConfig(env).tokensFile).toBeUndefined();
  });

  it('refuses an issuer over plain http off loopback, and a missing client id or rules file', () => {
    expect(() => readOidcConfig({ ...env, SYNC_OIDC_ISSUER: 'http://id.example.com' })).toThrow(
      /https/,
    );
    expect(readOidcConfig({ ...env, SYNC_OIDC_ISSUER: 'http://127.0.0.1:8080' })?.issuer).toBe(
      'http://127.0.0.1:8080',
    );
    expect(() => readOidcConfig({ ...env, SYNC_OIDC_CLIENT_ID: '' })).toThrow(
      /SYNC_OIDC_CLIENT_ID is not set/,
    );
    expect(() => readOidcConfig({ ...env, SYNC_ACCESS_FILE: '' })).toThrow(
      /SYNC_ACCESS_FILE is not set/,
    );
  });
});

describe('loadAccessRulesFile', () => {
  it('reads the rules in order', () => {
    const rules = [
      { group: 'release-managers', role: 'Release Manager', access: 'read-write' },
      { emailDomain: 'octoacme.com', access: 'read-only' },
    ];
    expect(loadAccessRulesFile(rulesFile(JSON.stringify({ rules })))).toEqual(rules);
  });

  it('names the rule and the field of a mistake', () => {
    const file = rulesFile(
      JSON.stringify({
        rules: [
          { group: 'ok', access: 'read-write' },
          { access: 'read-only' },
          { group: 'x', access: 'admin' },
        ],
      }),
    );
    expect(() => loadAccessRulesFile(file)).toThrow(/rule 2: needs "group" or "emailDomain"/);
    expect(() => loadAccessRulesFile(file)).toThrow(/rule 3, "access"/);
    expect(() => loadAccessRulesFile(rulesFile('{ "rules": [ '))).toThrow(/not valid JSON/);
    expect(() => loadAccessRulesFile(rulesFile('[]'))).toThrow(/must hold \{ "rules"/);
    expect(() => loadAccessRulesFile(join(dir, 'absent.json'))).toThrow(/does not exist/);
  });
});
