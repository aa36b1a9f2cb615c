// Pages in a real Chromium against two sync server instances over PostgreSQL and Redis, behind nginx configured
// as the README says: a tick witnessed on one instance shows the witnessed name on a page connected to the other;
// an instance killed with SIGKILL mid-session moves its page to the survivor ("Reconnecting…", then "Connected"),
// and nothing is lost, not even for an instance started afterwards with an empty data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from '../support/browser-session.ts';
import { buildSite } from '../support/build-site.mjs';
import { startLoadBalancer } from '../support/nginx.mjs';
import { tickAnswering } from '../support/run-questions.ts';
import { missingServices, startFleet } from '../support/shared-services.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { holders, releasePort, reservePort } from '../support/sync-server.mjs';
import { copyProject } from '../support/synthetic-guide.mjs';
import { OUTPUT } from './global-setup.ts';

// Without the services on this machine: skipped with one line saying how to run them (fails with CI=true).
const missing = await missingServices({ nginx: true });

const browser = useChromium();
const STAGING = 'Deploy to staging and run smoke tests (QA Lead signs off)';
const WINDOW = 'Deployment window scheduled (if needed)';
const BACKUP = 'Backup or snapshot (if applicable)';
const RECONNECTING = 'Reconnecting… Your changes are kept in this browser meanwhile.';

/** The port the build names as its sync server: the load balancer's. */
let balancerPort = 0;
let siteUrl = '';
let closeSite: (() => Promise<void>) | undefined;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  if (missing) return;
  const held = await reservePort();
  balancerPort = held.port;
  const project = await copyProject(join(OUTPUT, 'team-instances-project'));
  const outDir = join(OUTPUT, 'site-team-instances');
  await buildSite({ cwd: project, outDir, env: { SYNC_URL: `ws://127.0.0.1:${balancerPort}` } });
  await releasePort(balancerPort);
  const site = await serveStatic({ root: outDir });
  siteUrl = site.url;
  closeSite = site.close;
}, 300_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

afterAll(async () => {
  await closeSite?.();
});

async function balancer(instancePorts: number[]) {
  const started = await startLoadBalancer(instancePorts, { port: balancerPort });
  cleanups.push(() => started.stop());
  return started;
}

/** A person in a fresh browser who joined with `token` through a join link, on the deployment checklist. */
async function person(token: string): Promise<Page> {
  const context: BrowserContext = await browser().newContext();
  cleanups.push(() => context.close());
  const page = await context.newPage();
  await page.goto(
    `${new URL('guide/deployment/', siteUrl).href}#join=${encodeURIComponent(token)}`,
  );
  await page.locator('.team-bar').waitFor();
  return page;
}

const status = (page: Page) => page.locator('.team-status');
const item = (page: Page, text: string) =>
  page.locator('.checklist-item', { has: page.getByLabel(text, { exact: true }) });
const checked = (page: Page, text: string) =>
  page.getByLabel(text, { exact: true }).and(page.locator(':checked')).waitFor({ timeout: 10_000 });

async function connected(page: Page, as: string) {
  await expect
    .poll(() => status(page).textContent(), { timeout: 10_000 })
    .toBe(`Connected as ${as}.`);
}

/** From now on, the page keeps every status line it shows, in order (a line may show for half a second only). */
function recordStatuses(page: Page) {
  return page.evaluate(() => {
    const seen: string[] = [];
    let last = document.querySelector('.team-status')?.textContent ?? '';
    new MutationObserver(() => {
      const now = document.querySelector('.team-status')?.textContent ?? '';
      if (now !== last) seen.push((last = now));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    (window as { statusesSeen?: string[] }).statusesSeen = seen;
  });
}
const statusesSeen = (page: Page) =>
  page.evaluate(() => (window as { statusesSeen?: string[] }).statusesSeen ?? []);

describe.skipIf(missing)('pages with two instances behind nginx', () => {
  it('shows a tick witnessed on one instance with its witnessed name on the other; a killed instance’s page says “Reconnecting…”, then “Connected” on the survivor, and nothing is lost', async () => {
    const services = await startFleet(cleanups, { prefix: 'team-instances-e2e-' });
    const instances = [services.instance(), services.instance()];
    const ports = (await Promise.all(instances.map((each) => each.ready))).map((each) => each.port);
    let lb = await balancer(ports);

    // One after the other: round robin puts each page's WebSocket on another instance (checked below).
    const dana = await person(holders.dana.token);
    await connected(dana, 'Dana (QA Lead)');
    const sam = await person(holders.sam.token);
    await connected(sam, 'Sam (Release Manager)');

    await tickAnswering(dana, STAGING);
    await checked(sam, STAGING);
    // The witness written by Dana's instance reached Sam's page through the other one: confirmed, Dana's name.
    await item(sam, STAGING).getByText('History (1)').click();
    const firstLine = () => item(sam, STAGING).locator('.item-history li').first().textContent();
    await expect.poll(firstLine).toMatch(/^Done — Dana \(QA Lead\), /);
    await expect.poll(firstLine).not.toContain('not yet confirmed');

    await Promise.all([dana, sam].map(recordStatuses));
    instances[0]!.child.kill('SIGKILL');
    expect(await instances[0]!.exited).toMatchObject({ signal: 'SIGKILL' });
    // Meanwhile both tick: one of them on a page whose instance is gone.
    await tickAnswering(dana, WINDOW);
    await tickAnswering(sam, BACKUP);

    // Exactly one page was on the killed instance (so the witness above crossed instances); it said
    // "Reconnecting…", then "Connected" again, through the survivor at its first attempt.
    const people = [
      { page: dana, as: 'Dana (QA Lead)' },
      { page: sam, as: 'Sam (Release Manager)' },
    ];
    const movedIndex = async () =>
      (await Promise.all(people.map(({ page }) => statusesSeen(page)))).findIndex(
        (seen) => seen.length > 0,
      );
    await expect.poll(movedIndex, { timeout: 10_000 }).not.toBe(-1);
    const moved = people[await movedIndex()]!;
    const stayed = people.find((each) => each !== moved)!;
    await expect
      .poll(() => statusesSeen(moved.page), { timeout: 10_000 })
      .toEqual([RECONNECTING, `Connected as ${moved.as}.`]);
    expect(await statusesSeen(stayed.page)).toEqual([]);
    await checked(sam, WINDOW);
    await checked(dana, BACKUP);

    // Nothing lost: an instance started afterwards with an empty data folder, the only one left, serves it all.
    instances[1]!.child.kill('SIGKILL');
    await instances[1]!.exited;
    const emptyDir = mkdtempSync(join(OUTPUT, 'team-instances-empty-'));
    cleanups.push(() => rmSync(emptyDir, { recursive: true, force: true }));
    const third = services.instance({ dataDir: join(emptyDir, 'data') });
    await lb.stop();
    lb = await balancer([(await third.ready).port]);
    // A page that was offline while no instance ran says, back, that its changes are all shared.
    for (const { page, as } of people)
      await expect
        .poll(() => status(page).textContent(), { timeout: 10_000 })
        .toBeOneOf([`Connected as ${as}.`, `Connected as ${as}. All changes shared.`]);
    const olu = await person(holders.olu.token);
    await connected(olu, 'Olu. Your token is read-only: you can watch, but not change anything');
    for (const label of [STAGING, WINDOW, BACKUP]) await checked(olu, label);
    expect((await fetch(`${lb.httpUrl}/healthz`)).status).toBe(200);

    // The audit rows name each holder who changed something (written beside sync: read until they are there).
    const db = new pg.Client({ connectionString: services.database.url });
    await db.connect();
    cleanups.push(() => db.end());
    const changedBy = async () =>
      (await db.query("SELECT DISTINCT name FROM sync_audit WHERE event = 'change'")).rows
        .map((row) => row.name)
        .sort();
    await expect.poll(changedBy).toEqual(['Dana', 'Sam']);
  });
});
