import { describe, expect, it } from 'vitest';
import { connectSources, parseSyncUrl } from '../../../src/lib/site/sync-url.ts';

describe('SYNC_URL', () => {
  it('is absent for a local-only build', () => {
    expect(parseSyncUrl(undefined)).toBeUndefined();
    expect(parseSyncUrl('  ')).toBeUndefined();
    expect(connectSources(undefined)).toBe("connect-src 'self'");
  });

  it('takes a ws or wss URL and lets pages connect to its origin only', () => {
    expect(parseSyncUrl('wss://sync.example.com/')).toBe('wss://sync.example.com');
    expect(connectSources(parseSyncUrl('wss://sync.example.com/'))).toBe(
      "connect-src 'self' wss://sync.example.com",
    );
    expect(connectSources(parseSyncUrl('ws://127.0.0.1:1234'))).toBe(
      "connect-src 'self' ws://127.0.0.1:1234",
    );
  });

  it('refuses anything else with a message that names the setting', () => {
    expect(() => parseSyncUrl('https://sync.example.com')).toThrow(
      /SYNC_URL "https:\/\/sync.example.com" must start with wss:\/\//,
    );
    expect(() => parseSyncUrl('sync.example.com')).toThrow(
      /SYNC_URL "sync.example.com" is not a URL/,
    );
    expect(() => parseSyncUrl('wss://sync.example.com/?token=x')).toThrow(/may not carry/);
  });
});
