// A team build served beside a sync server in a child process, for browser tests of what teammates'
// tokens can do to each other's pages: the holders of sync-server.mjs and Lee, whose hand-made client
// plays the attacker. Registers its own beforeAll and afterAll.
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { OUTPUT } from '../e2e/global-setup.ts';
import { useChromium } from './browser-session.ts';
import { buildSite } from './build-site.mjs';
import { serveStatic } from './static-server.mjs';
import { holders, makeWorkspace, reservePort, spawnServer } from './sync-server.mjs';

/** A third teammate's token: the attacker, apart from the two whose pages are open. */
export const LEE = {
  token: 'lee-0123456789abcdef',
  name: 'Lee',
  role: 'QA Lead',
  access: 'read-write',
};

export function useTeamSite(name: string) {
  const browser = useChromium();
  const site = { url: '', sync: '', pid: 0 };
  let closeSite: (() => Promise<void>) | undefined;
  const workspace = makeWorkspace(`${name}-e2e-`);
  let server: ReturnType<typeof spawnServer> | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const reserved = await reservePort();
    const outDir = join(OUTPUT, `site-${name}`);
    await buildSite({ outDir, env: { SYNC_URL: `ws://127.0.0.1:${reserved.port}` } });
    const served = await serveStatic({ root: outDir });
    site.url = served.url;
    closeSite = served.close;
    await reserved.close();
    writeFileSync(workspace.tokensFile, JSON.stringify([...Object.values(holders), LEE]));
    server = spawnServer(workspace, { SYNC_PORT: String(reserved.port) });
    site.sync = (await server.ready).url;
    site.pid = server.child.pid ?? 0;
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await closeSite?.();
    await rm(workspace.dir, { recursive: true, force: true });
  });

  /** A teammate's page at `path`, joined with `token` and connected as `as`. */
  async function person(token: string, path: string, as: string): Promise<Page> {
    const context = await browser().newContext({ acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    // An action that cannot happen fails with its locator, well before the test's own timeout.
    page.setDefaultTimeout(15_000);
    await page.goto(`${new URL(path, site.url).href}#join=${encodeURIComponent(token)}`);
    await expect
      .poll(() => page.locator('.team-status').textContent(), { timeout: 10_000 })
      .toContain(`Connected as ${as}`);
    return page;
  }

  return { site, person };
}
