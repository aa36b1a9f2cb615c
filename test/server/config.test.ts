// Settings from the environment and the tokens file: every mistake is named with its file, entry and field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadTokensFile, readServerConfig } from '../../src/server/config.ts';
import { DEFAULT_LIMITS, readServerLimits } from '../../src/server/limits.ts';
import { createTokenRegistry } from '../../src/server/token-registry.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sync-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tokensFile(content: string) {
  const file = join(dir, 'tokens.json');
  writeFileSync(file, content);
  return file;
}

const dana = {
  token: 'dana-0123456789abcdef',
  name: 'Dana',
  role: 'QA Lead',
  access: 'read-write',
};

describe('readServerConfig', () => {
  it('defaults to loopback, port 1234 and .sync-data in the working folder', () => {
    expect(readServerConfig({ SYNC_TOKENS_FILE: 'tokens.json' }, '/srv/guide')).toEqual({
      host: '127.0.0.1',
      port: 1234,
      dataDir: '/srv/guide/.sync-data',
      tokensFile: '/srv/guide/tokens.json',
      auditLogFile: '/srv/guide/.sync-data/audit.jsonl',
    });
  });

  it('takes every setting from the environment', () => {
    const env = {
      SYNC_HOST: '0.0.0.0',
      SYNC_PORT: '0',
      SYNC_DATA_DIR: '/var/sync',
      SYNC_TOKENS_FILE: '/etc/t.json',
      SYNC_AUDIT_LOG: '/var/log/a.jsonl',
    };
    expect(readServerConfig(env, '/srv')).toEqual({
      host: '0.0.0.0',
      port: 0,
      dataDir: '/var/sync',
      tokensFile: '/etc/t.json',
      auditLogFile: '/var/log/a.jsonl',
    });
  });

  it('refuses a missing tokens file setting and a port that is not one', () => {
    expect(() => readServerConfig({})).toThrow(/SYNC_TOKENS_FILE is not set/);
    expect(() => readServerConfig({ SYNC_TOKENS_FILE: 't.json', SYNC_PORT: 'http' })).toThrow(
      /SYNC_PORT .* not "http"/,
    );
    expect(() => readServerConfig({ SYNC_TOKENS_FILE: 't.json', SYNC_PORT: '70000' })).toThrow(
      ConfigError,
    );
  });
});

describe('loadTokensFile', () => {
  it('reads the holders, with or without a role', () => {
    const olu = { token: 'olu-0123456789abcdef', name: ' Olu ', access: 'read-only' };
    expect(loadTokensFile(tokensFile(JSON.stringify([dana, olu])))).toEqual([
      dana,
      { token: 'olu-0123456789abcdef', name: 'Olu', access: 'read-only' },
    ]);
  });

  it('names the file and the problem for text that is not JSON or not a list', () => {
    const notJson = tokensFile('[{ token: ');
    expect(() => loadTokensFile(notJson)).toThrow(
      new RegExp(`Tokens file ${notJson}: not valid JSON`),
    );
    expect(() => loadTokensFile(tokensFile('{}'))).toThrow(
      /must hold a JSON array of token entries/,
    );
    expect(() => loadTokensFile(tokensFile('[]'))).toThrow(/the list is empty/);
    expect(() => loadTokensFile(join(dir, 'absent.json'))).toThrow(
      /absent\.json: the file does not exist/,
    );
  });

  it('names the entry and field of each mistake', () => {
    const file = tokensFile(
      JSON.stringify([dana, { token: 'short', name: 'Sam', acess: 'read-write' }]),
    );
    let message = '';
    try {
      loadTokensFile(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`Tokens file ${file}:`);
    expect(message).toContain('entry 2 (Sam), "token": must be at least 16 characters');
    expect(message).toContain('entry 2 (Sam), "access"');
    expect(message).toContain("Unrecognized key(s) in object: 'acess'");
  });

  it('refuses two entries with the same token', () => {
    const file = tokensFile(JSON.stringify([dana, { ...dana, name: 'Someone else' }]));
    expect(() => loadTokensFile(file)).toThrow(/entries 1 and 2 have the same token/);
  });
});

describe('createTokenRegistry', () => {
  it('finds a holder by the exact token only, without giving the token back', () => {
    const registry = createTokenRegistry([
      { token: dana.token, name: 'Dana', role: 'QA Lead', access: 'read-write' },
    ]);
    expect(registry.find(dana.token)).toEqual({
      name: 'Dana',
      role: 'QA Lead',
      access: 'read-write',
    });
    expect(registry.find(`${dana.token} `)).toBeUndefined();
    expect(registry.find('')).toBeUndefined();
  });
});

describe('readServerLimits', () => {
  it('keeps each default when its variable is unset, and reads the ones that are set', () => {
    expect(readServerLimits({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({
      maxUpdateBytes: 256 * 1024,
      maxDocumentBytes: 5 * 1024 * 1024,
      updatesPerSecond: 50,
      updateBurst: 200,
      maxDocumentNameLength: 200,
      authTimeoutMs: 10_000,
      maxClockAheadMs: 300_000,
    });
    expect(
      readServerLimits({ SYNC_MAX_UPDATE_BYTES: '1024', SYNC_AUTH_TIMEOUT_MS: ' 500 ' }),
    ).toEqual({ ...DEFAULT_LIMITS, maxUpdateBytes: 1024, authTimeoutMs: 500 });
  });

  it('names the variable, its default and the bad value', () => {
    expect(() => readServerLimits({ SYNC_UPDATES_PER_SECOND: 'fast' })).toThrow(
      new ConfigError(
        'SYNC_UPDATES_PER_SECOND must be a whole number of at least 1 (default 50), not "fast".',
      ),
    );
    expect(() => readServerLimits({ SYNC_MAX_DOCUMENTS: '0' })).toThrow(ConfigError);
  });
});
