// The browser side of the server as the witness, in a real Chromium against a team build and the sync
// server in a child process: a change the server refuses is said and dropped, and the page goes on
// sharing; histories name whom the server witnessed; a join link on a reading page joins and leaves
// the address bar; a tick made through the pipeline API shows live, witnessed as the pipeline.
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from '../support/browser-session.ts';
import { buildSite } from '../support/build-site.mjs';
import { tickAnswering } from '../support/run-questions.ts';
import { serveStatic } from '../support/static-server.mjs';
import { freePort, holders, makeWorkspace, spawnServer } from '../support/sync-server.mjs';
import { OUTPUT } from './global-setup.ts';

const browser = useChromium();
const TEAM_SITE = join(OUTPUT, 'site-team-witness');
const STAGING = 'Deploy to staging and run smoke tests (QA Lead signs off)';
const WINDOW = 'Deployment window scheduled (if needed)';
// Small enough that one long note is over it, large enough for every other change of these tests.
const MAX_UPDATE_BYTES = 3000;

let siteUrl = '';
let closeSite: (() => Promise<void>) | undefined;
const workspace = makeWorkspace('team-witness-e2e-');
/** The pipeline's token, as the README's job holds it: a name of its own, no role. */
const PIPELINE = {
  token: 'ci-pipeline-0123456789abcdef',
  name: 'CI pipeline',
  access: 'read-write',
};
writeFileSync(workspace.tokensFile, JSON.stringify([...Object.values(holders), PIPELINE]));
let apiUrl = '';
let server: ReturnType<typeof spawnServer> | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const port = await freePort();
  await buildSite({ outDir: TEAM_SITE, env: { SYNC_URL: `ws://127.0.0.1:${port}` } });
  const site = await serveStatic({ root: TEAM_SITE });
  siteUrl = site.url;
  closeSite = site.close;
  server = spawnServer(workspace, {
    SYNC_PORT: String(port),
    SYNC_MAX_UPDATE_BYTES: String(MAX_UPDATE_BYTES),
  });
  await server.ready;
  apiUrl = `http://127.0.0.1:${port}/api/v1`;
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

async function freshPage(): Promise<Page> {
  const context = await browser().newContext();
  contexts.push(context);
  return context.newPage();
}

async function person(token: string, path = 'guide/deployment/') {
  const page = await freshPage();
  await page.goto(`${new URL(path, siteUrl).href}#join=${encodeURIComponent(token)}`);
  await page.locator('.team-bar').waitFor();
  return page;
}

const item = (page: Page, text: string) =>
  page.locator('.checklist-item', { has: page.getByLabel(text, { exact: true }) });

async function connected(page: Page, as: string) {
  await expect
    .poll(() => page.locator('.team-status').textContent(), { timeout: 10_000 })
    .toContain(`Connected as ${as}`);
}

describe('the server’s word in the pages', () => {
  it('says why a change was refused, drops it here, and goes on sharing; histories name the witnessed sender', async () => {
    const dana = await person(holders.dana.token);
    const sam = await person(holders.sam.token);
    await connected(dana, 'Dana (QA Lead)');
    await connected(sam, 'Sam (Release Manager)');
    await tickAnswering(dana, STAGING);
    await item(sam, STAGING).locator(':checked').waitFor({ timeout: 3000 });

    // A note longer than the server takes in one change: refused with the server's reason.
    const note = `Smoke tests log: ${'x'.repeat(4000)}`;
    await dana.getByRole('button', { name: `Add note: ${STAGING}` }).click();
    await dana.getByLabel('Note for this item').fill(note);
    await dana.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => dana.locator('.team-refusal').textContent(), { timeout: 5000 })
      .toMatch(
        /^This change was too large to share \(\d+ KB; the team’s server takes at most 3 KB at once\)\.$/,
      );
    // Dropped here: the page holds the team's work as the server has it, and keeps no copy of the note.
    await expect
      .poll(() => item(dana, STAGING).textContent(), { timeout: 5000 })
      .not.toContain('Smoke tests log');
    await expect
      .poll(() => dana.evaluate(() => JSON.stringify(localStorage).includes('xxxxxxxxxx')))
      .toBe(false);

    // The page is not stuck resending it: the next change reaches Sam.
    await connected(dana, 'Dana (QA Lead)');
    await tickAnswering(dana, WINDOW);
    await item(sam, WINDOW).locator(':checked').waitFor({ timeout: 3000 });
    for (const page of [dana, sam]) {
      await expect.poll(() => page.locator('body').textContent()).not.toMatch(/storage is full/);
    }
    await expect.poll(() => item(sam, STAGING).textContent()).not.toContain('Smoke tests log');

    // Sam's history of the first tick is the server's word: Dana, confirmed.
    await item(sam, STAGING).getByText('History (1)').click();
    const line = await item(sam, STAGING).locator('.item-history li').first().textContent();
    expect(line).toMatch(/^Done — Dana \(QA Lead\), /);
    expect(line).not.toContain('not yet confirmed');
  });

  it.each(['', 'guide/', 'roles/'])(
    'joins from a join link on the reading page /%s and leaves no #join= in the address',
    async (path) => {
      const page = await freshPage();
      await page.goto(
        `${new URL(path, siteUrl).href}#join=${encodeURIComponent(holders.sam.token)}`,
      );
      await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toBe('');
      expect(page.url()).not.toContain('join=');
      await page.goto(new URL('releases/', siteUrl).href);
      await connected(page, 'Sam (Release Manager)');
    },
  );

  it('shows a tick made through the pipeline API live in an open page, witnessed as the pipeline; its gate opens once the page ticks the last item', async () => {
    const api = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${PIPELINE.token}`, 'Content-Type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, json: await response.json() };
    };
    expect((await api('POST', '/runs', { version: '2.5.0' })).status).toBe(201);
    const read = await api('GET', '/runs/2.5.0');
    const deployment = read.json.checklists.find(({ id }: { id: string }) => id === 'deployment');
    const idOf = (text: string) =>
      deployment.items.find((each: { text: string }) => each.text === text).id as string;

    // Sam has the deployment checklist open: the pipeline's run is the team's current run.
    const sam = await person(holders.sam.token);
    await connected(sam, 'Sam (Release Manager)');
    await expect.poll(() => sam.locator('.run-bar-current').textContent()).toContain('2.5.0');
    await expect.poll(() => sam.getByLabel(STAGING, { exact: true }).isChecked()).toBe(false);

    const ticked = await api('POST', `/runs/2.5.0/items/deployment/${idOf(STAGING)}`, {
      action: 'done',
      note: 'smoke tests green',
    });
    expect(ticked).toMatchObject({ status: 200, json: { state: 'done', by: 'CI pipeline' } });
    await item(sam, STAGING).locator(':checked').waitFor({ timeout: 2000 });
    await expect
      .poll(() => item(sam, STAGING).locator('.item-meta').textContent())
      .toMatch(
        /^Done \d\d:\d\d by CI pipeline · Note \(CI pipeline, \d\d:\d\d\): smoke tests green$/,
      );
    // Its history (the tick, then the note): each witnessed as the pipeline, none "not yet confirmed".
    await item(sam, STAGING).locator('.item-history summary').click();
    const lines = () => item(sam, STAGING).locator('.item-history li').allTextContents();
    await expect
      .poll(lines)
      .toEqual([
        expect.stringMatching(/^Done — CI pipeline, [^·]+$/),
        expect.stringMatching(/^Note: smoke tests green — CI pipeline, [^·]+$/),
      ]);
    // The gate names what is open until Sam ticks it in the page.
    const gate = `/runs/2.5.0/gate?require=deployment/${idOf(STAGING)},deployment/${idOf(WINDOW)}`;
    const closed = await api('GET', gate);
    expect(closed).toMatchObject({ status: 412, json: { ready: false } });
    expect(closed.json.open).toEqual([expect.objectContaining({ item: idOf(WINDOW) })]);
    await tickAnswering(sam, WINDOW);
    await expect
      .poll(async () => {
        const { status, json } = await api('GET', gate);
        return [status, json.ready];
      })
      .toEqual([200, true]);
  });
});
