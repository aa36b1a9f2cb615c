// The webhooks file is checked at start like the tokens file: a mistake stops the server, naming the entry and field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../src/server/config.ts';
import { loadWebhooksFile } from '../../src/server/webhooks-config.ts';
import { makeWorkspace, spawnServer } from '../support/sync-server.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function file(content: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'webhooks-'));
  dirs.push(dir);
  const path = join(dir, 'webhooks.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const good = {
  url: 'https://hooks.slack.com/services/T/B/X',
  events: ['run.item.changed'],
  secret: 'a-long-random-secret',
  format: 'slack',
};

describe('the webhooks file', () => {
  it('reads a list of webhooks', () => {
    expect(loadWebhooksFile(file([good]))).toEqual([good]);
    expect(
      readServerConfig({ SYNC_TOKENS_FILE: 't.json', SYNC_WEBHOOKS_FILE: 'w.json' }, '/srv')
        .webhooksFile,
    ).toBe('/srv/w.json');
  });

  it('names the entry and the field of each mistake', () => {
    const path = file([
      good,
      { ...good, url: 'ftp://x', events: ['run.deleted'], secret: 'short' },
    ]);
    expect(() => loadWebhooksFile(path)).toThrow(/entry 2, "url": must start with http/);
    expect(() => loadWebhooksFile(path)).toThrow(/entry 2, "events.0"/);
    expect(() => loadWebhooksFile(path)).toThrow(/entry 2, "secret": must be at least 16/);
    expect(() => loadWebhooksFile(file('{'))).toThrow(/not valid JSON/);
    expect(() => loadWebhooksFile('/nonexistent/webhooks.json')).toThrow(/does not exist/);
  });

  it('stops the server before it listens', async () => {
    const workspace = makeWorkspace();
    dirs.push(workspace.dir);
    const started = spawnServer(workspace, {
      SYNC_WEBHOOKS_FILE: file([{ ...good, format: 'teams' }]),
    });
    await expect(started.ready).rejects.toThrow(
      /Sync server not started: Webhooks file [\s\S]*entry 1, "format"/,
    );
  });
});
