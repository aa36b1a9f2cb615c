// Team mode in a real Chromium, against the run's team build (built with SYNC_URL by the e2e global
// setup) and the team's sync server in a child process on loopback: live sharing between people,
// read-only and refused tokens, work done while the server is down, concurrent changes, hostile text,
// and what a local-only build loads.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { recordProblems, useChromium } from '../support/browser-session.ts';
import { tickAnswering } from '../support/run-questions.ts';
import { BUILD_WAIT, siteReady } from '../support/site-variants.mjs';
import {
  holders,
  makeWorkspace,
  readAuditLog,
  releasePort,
  spawnServer,
} from '../support/sync-server.mjs';

const browser = useChromium();
const TEAM_SITE = inject('teamSiteDir');
const siteUrl = inject('teamSiteUrl');
/** The port of the sync server's address the team build names. */
const port = inject('teamSyncPort');
const STAGING = 'Deploy to staging and run smoke tests (QA Lead signs off)';
const WINDOW = 'Deployment window scheduled (if needed)';
const BACKUP = 'Backup or snapshot (if applicable)';
const LOCAL_INCIDENT = 'Checkout errors seen before joining';
const HOSTILE =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> **bold** [x](javascript:alert(1)) | `#`';

let workspace = makeWorkspace('team-e2e-');
let server: ReturnType<typeof spawnServer> | undefined;
const contexts: BrowserContext[] = [];

async function startServer() {
  server = spawnServer(workspace, { SYNC_PORT: String(port) });
  await server.ready;
}

async function stopServer() {
  if (!server) return;
  const { child, exited } = server;
  server = undefined;
  child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  await siteReady('team');
  // The global setup held the port free since the build; the server takes it over now.
  await releasePort(port);
  await startServer();
}, BUILD_WAIT);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await stopServer();
  await rm(workspace.dir, { recursive: true, force: true });
});

/** A person in a fresh browser who joined with `token` through a join link, on `path`. */
async function person(
  token: string,
  path = 'guide/deployment/',
  options: Parameters<ReturnType<typeof browser>['newContext']>[0] = {},
) {
  const context = await browser().newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  // A refused token and a stopped server show in the console as failed WebSocket connections.
  recordProblems(page, problems, (text) => /WebSocket|ERR_CONNECTION_REFUSED/.test(text));
  await page.goto(`${new URL(path, siteUrl).href}#join=${encodeURIComponent(token)}`);
  await page.locator('.team-bar').waitFor();
  return { context, page, problems };
}

const status = (page: Page) => page.locator('.team-status');
const item = (page: Page, text: string) =>
  page.locator('.checklist-item', { has: page.getByLabel(text, { exact: true }) });
const checked = (page: Page, text: string, timeout: number) =>
  page.getByLabel(text, { exact: true }).and(page.locator(':checked')).waitFor({ timeout });
const unchecked = (page: Page, text: string, timeout: number) =>
  page.getByLabel(text, { exact: true }).and(page.locator(':not(:checked)')).waitFor({ timeout });

async function connected(page: Page, as: string) {
  await expect
    .poll(() => status(page).textContent(), { timeout: 10_000 })
    .toContain(`Connected as ${as}`);
}

describe('team mode', () => {
  it('shares ticks, N/A reasons and timeline entries live between two people, signed by the server’s names', async () => {
    const dana = await person(holders.dana.token);
    const sam = await person(holders.sam.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await connected(sam.page, 'Sam (Release Manager)');
    expect(new URL(dana.page.url()).hash).toBe('');

    // The first tick starts the team's run, with the version asked: Sam lands on that same run.
    await tickAnswering(dana.page, STAGING);
    await checked(sam.page, STAGING, 2000);
    await expect
      .poll(() => item(sam.page, STAGING).locator('.item-meta').textContent())
      .toMatch(/by Dana \(QA Lead\)$/);

    await sam.page.getByRole('button', { name: `Mark N/A: ${BACKUP}` }).click();
    await sam.page.getByLabel('Why does this item not apply?').fill(HOSTILE);
    await sam.page.getByRole('button', { name: 'Mark N/A', exact: true }).click();
    await item(dana.page, BACKUP)
      .locator('.item-meta', { hasText: 'N/A:' })
      .waitFor({ timeout: 2000 });
    // The state's one wording: "N/A: <reason> · <time> by <who>", the reason as typed.
    const naMeta = await item(dana.page, BACKUP).locator('.item-meta').textContent();
    expect(naMeta?.startsWith(`N/A: ${HOSTILE} · `)).toBe(true);
    expect(naMeta).toMatch(/ · \d\d:\d\d by Sam \(Release Manager\)$/);
    await expect
      .poll(() => dana.page.evaluate(() => (window as { __pwned?: number }).__pwned))
      .toBeUndefined();
    await expect.poll(() => dana.page.locator('.checklist img').count()).toBe(0);

    await item(dana.page, BACKUP).getByText('History (1)').click();
    await expect
      .poll(() => item(dana.page, BACKUP).locator('.item-history li').first().textContent())
      .toContain(`N/A: ${HOSTILE} — Sam (Release Manager)`);

    // The exported checklist keeps the hostile text literal (escaped Markdown, no HTML).
    const [download] = await Promise.all([
      dana.page.waitForEvent('download'),
      dana.page
        .getByRole('button', { name: /Download Markdown/ })
        .first()
        .click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('N/A: \\<img src=x onerror="window.\\_\\_pwned=1">\\<script>');
    expect(markdown).not.toMatch(/(?<!\\)<(img|script)/);
    // A shared item's sign-off history follows it, one action a line.
    expect(markdown).toMatch(
      /Deploy to staging and run smoke tests \(QA Lead signs off\) · Done \d\d:\d\d UTC by Dana \(QA Lead\)\n {2}- Done \d\d:\d\d UTC by Dana \(QA Lead\)\n/,
    );
    expect(markdown).toMatch(
      /\n {2}- N\/A: \\<img[^\n]* · \d\d:\d\d UTC by Sam \(Release Manager\)\n/,
    );

    // The playbook: an incident started by Sam shows on Dana's page, and so do timeline entries.
    await sam.page.goto(new URL('playbook/rollback/', siteUrl).href);
    await dana.page.goto(new URL('playbook/rollback/', siteUrl).href);
    await connected(sam.page, 'Sam (Release Manager)');
    await sam.page
      .getByRole('button', { name: 'Start incident' })
      .and(sam.page.locator(':enabled'))
      .click();
    await dana.page.locator('.incident-title').waitFor({ timeout: 2000 });
    await dana.page.getByLabel('Add to the timeline').fill('Paged the on-call database admin');
    await dana.page.keyboard.press('Enter');
    await sam.page
      .locator('.timeline-text', { hasText: 'Paged the on-call database admin' })
      .waitFor({ timeout: 2000 });
    await sam.page
      .locator('.team-presence', { hasText: 'Dana (QA Lead)' })
      .waitFor({ timeout: 2000 });

    // The audit log names the token holder for every change it stored.
    const changes = readAuditLog(workspace.auditLogFile).filter(
      (line: { event: string }) => line.event === 'change',
    );
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((line: { name: string }) => line.name))).toEqual(
      new Set(['Dana', 'Sam']),
    );
    expect(dana.problems).toEqual([]);
    expect(sam.problems).toEqual([]);
  });

  it('lets a read-only token watch live changes with its controls disabled, shares an incident made before joining, and restores beside the team', async () => {
    // Dana starts an incident in this browser before joining the team: it stays hers until she shares it.
    const danaContext = await browser().newContext();
    contexts.push(danaContext);
    const dana = { page: await danaContext.newPage(), problems: [] as string[] };
    recordProblems(dana.page, dana.problems, (text) =>
      /WebSocket|ERR_CONNECTION_REFUSED/.test(text),
    );
    await dana.page.goto(new URL('playbook/rollback/', siteUrl).href);
    await dana.page.getByLabel('Title (optional)').fill(LOCAL_INCIDENT);
    await dana.page
      .getByRole('button', { name: 'Start incident' })
      .and(dana.page.locator(':enabled'))
      .click();
    await dana.page.locator('.incident-title', { hasText: LOCAL_INCIDENT }).waitFor();
    await dana.page.goto(
      `${new URL('guide/deployment/', siteUrl).href}#join=${encodeURIComponent(holders.dana.token)}`,
    );

    const olu = await person(holders.olu.token);
    await connected(olu.page, 'Olu');
    await expect.poll(() => status(olu.page).textContent()).toContain('read-only');
    await connected(dana.page, 'Dana (QA Lead)');
    await tickAnswering(dana.page, WINDOW);
    await checked(olu.page, WINDOW, 2000);
    // The controls that would change the team's run are disabled, and the page says why.
    await olu.page
      .locator('.team-read-only', {
        hasText: 'Read-only: you can follow the team’s work but not change it.',
      })
      .waitFor();
    await expect.poll(() => olu.page.getByLabel(WINDOW, { exact: true }).isDisabled()).toBe(true);
    await expect
      .poll(() => olu.page.getByRole('button', { name: `Add note: ${WINDOW}` }).isDisabled())
      .toBe(true);
    await expect
      .poll(() => olu.page.getByRole('button', { name: 'Reset checklist' }).isDisabled())
      .toBe(true);
    await expect.poll(() => dana.page.locator('.team-read-only').count()).toBe(0);
    await expect.poll(() => dana.page.getByLabel(WINDOW, { exact: true }).isDisabled()).toBe(false);

    // "Share with the team" beside Dana's own incident; then Olu follows it, and cannot resolve it.
    await Promise.all([
      dana.page.goto(new URL('playbook/rollback/', siteUrl).href),
      olu.page.goto(new URL('playbook/rollback/', siteUrl).href),
    ]);
    await dana.page.getByRole('button', { name: `Share with the team: ${LOCAL_INCIDENT}` }).click();
    await olu.page
      .locator('.incident-list-title', { hasText: LOCAL_INCIDENT })
      .waitFor({ timeout: 5000 });
    await expect
      .poll(() => dana.page.getByRole('button', { name: /^Share with the team/ }).count())
      .toBe(0);
    await olu.page.locator('.team-read-only').waitFor();
    await expect
      .poll(() => olu.page.getByRole('button', { name: 'Resolve incident' }).isDisabled())
      .toBe(true);
    await expect.poll(() => olu.page.getByLabel('Add to the timeline').count()).toBe(0);
    await expect
      .poll(() => olu.page.getByRole('button', { name: /^Share with the team/ }).count())
      .toBe(0);

    // Restoring her own backup while joined, into this browser only: the team's run stays the team's, hers is a copy beside it.
    await dana.page.goto(new URL('releases/', siteUrl).href);
    await dana.page.locator('.run-shared-badge').first().waitFor();
    const [backup] = await Promise.all([
      dana.page.waitForEvent('download'),
      dana.page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    await dana.page.locator('.backup input[type=file]').setInputFiles((await backup.path())!);
    await dana.page.getByText('Into this browser only.').waitFor();
    await expect
      .poll(() => dana.page.getByRole('radio', { name: /^Into this browser only/ }).isChecked())
      .toBe(true);
    await dana.page.getByRole('button', { name: 'Restore', exact: true }).click();
    await dana.page
      .locator('.backup-restored', {
        hasText:
          'Restored the backup into this browser only. Kept as copies beside the team’s: Release 0.1.0',
      })
      .waitFor();
    await dana.page.locator('.run-title', { hasText: '“First release (restored copy)”' }).waitFor();
    await expect.poll(() => dana.page.locator('.run-card').count()).toBe(2);
    await expect.poll(() => dana.page.locator('.run-shared-badge').count()).toBe(1);

    const oluChanges = readAuditLog(workspace.auditLogFile).filter(
      (line: { event: string; name?: string }) => line.event === 'change' && line.name === 'Olu',
    );
    expect(oluChanges).toEqual([]);
    expect(dana.problems).toEqual([]);
  });

  it('says a wrong token is refused, and the page keeps working in this browser', async () => {
    const stranger = await person('not-a-team-token-0000');
    await expect
      .poll(() => status(stranger.page).textContent(), { timeout: 10_000 })
      .toMatch(/^Refused: the team’s server does not know this token/);
    await tickAnswering(stranger.page, STAGING);
    await expect
      .poll(() => item(stranger.page, STAGING).locator('.item-meta').textContent())
      .toMatch(/^Done /);
    await stranger.page.reload();
    await checked(stranger.page, STAGING, 5000);
  });

  it('keeps work done while the server is down, sends it when it returns, and shows it to someone joining later', async () => {
    const dana = await person(holders.dana.token);
    const sam = await person(holders.sam.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await connected(sam.page, 'Sam (Release Manager)');
    await unchecked(dana.page, 'Deploy to production (automated pipeline preferred)', 2000);

    await stopServer();
    await expect
      .poll(() => status(dana.page).textContent(), { timeout: 10_000 })
      .toMatch(/^Offline/);
    await tickAnswering(dana.page, 'Deploy to production (automated pipeline preferred)');
    await tickAnswering(sam.page, 'Run post-deploy verifications (Release Manager confirms)');
    // A reload while offline keeps the work (the page's own copy of the team document).
    await dana.page.reload();
    await checked(dana.page, 'Deploy to production (automated pipeline preferred)', 5000);

    await startServer();
    await checked(dana.page, 'Run post-deploy verifications (Release Manager confirms)', 10_000);
    await checked(sam.page, 'Deploy to production (automated pipeline preferred)', 10_000);

    await stopServer();
    await startServer();
    const olu = await person(holders.olu.token);
    await checked(olu.page, 'Deploy to production (automated pipeline preferred)', 10_000);
    await checked(olu.page, 'Run post-deploy verifications (Release Manager confirms)', 10_000);
  });

  it('converges when two people tick and untick the same item at once, keeping every action in its history', async () => {
    const dana = await person(holders.dana.token);
    const sam = await person(holders.sam.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await connected(sam.page, 'Sam (Release Manager)');
    const label = 'Documentation live and accessible (Technical Writer confirms)';
    const history = item(dana.page, label).locator('.item-history summary');
    const before =
      (await history.count()) === 0 ? 0 : Number((await history.textContent())?.match(/\d+/)?.[0]);
    for (let round = 0; round < 4; round += 1) {
      await Promise.all([
        dana.page.getByLabel(label, { exact: true }).click(),
        sam.page.getByLabel(label, { exact: true }).click(),
      ]);
    }
    const summary = (page: Page) =>
      item(page, label).locator('.item-history summary').textContent();
    await expect.poll(() => summary(dana.page), { timeout: 5000 }).toBe(`History (${before + 8})`);
    await expect.poll(() => summary(sam.page), { timeout: 5000 }).toBe(`History (${before + 8})`);
    const state = (page: Page) =>
      item(page, label).evaluate(
        (row) => `${row.className} ${row.querySelector('.item-meta')?.textContent ?? ''}`,
      );
    await expect
      .poll(async () => (await state(dana.page)) === (await state(sam.page)), { timeout: 5000 })
      .toBe(true);
  });
});

describe('a team’s day', () => {
  const DEPLOY = 'Deploy to production (automated pipeline preferred)';
  const VERIFY = 'Run post-deploy verifications (Release Manager confirms)';
  // The people of the tests above are still online: these tests count who is here, so they start alone.
  async function alone() {
    for (const context of contexts.splice(0)) await context.close();
  }
  const shown = (page: Page, text: string) => page.getByText(text).first().isVisible();

  it('lists a person once, with a count of their tabs, and narrows “my items” to the role the server gave', async () => {
    await alone();
    const dana = await person(holders.dana.token);
    const sam = await person(holders.sam.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await connected(sam.page, 'Sam (Release Manager)');
    const secondTab = await dana.context.newPage();
    await secondTab.goto(new URL('guide/deployment/', siteUrl).href);
    await connected(secondTab, 'Dana (QA Lead)');
    // The releases page lists everyone online, whatever they view.
    await sam.page.goto(new URL('releases/', siteUrl).href);
    await expect
      .poll(() => sam.page.locator('.team-presence').textContent(), { timeout: 10_000 })
      .toBe('Also online: Dana (QA Lead) in 2 tabs');
    // Dana's own other tab is hers, not someone else's.
    await expect
      .poll(() => secondTab.locator('.team-presence').textContent())
      .toBe('Also here: you in another tab');

    const mine = dana.page.getByLabel('Show only my items (QA Lead)');
    await expect.poll(() => mine.isEnabled()).toBe(true);
    await expect.poll(() => dana.page.getByText('Choose your role above').count()).toBe(0);
    await mine.check();
    await expect.poll(() => dana.page.getByLabel(STAGING, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => dana.page.getByLabel(DEPLOY, { exact: true }).isVisible()).toBe(false);
  });

  it('says where the team’s work is kept, and shows the team’s status on the notes page too', async () => {
    await alone();
    const dana = await person(holders.dana.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await expect.poll(() => shown(dana.page, 'your progress is shared with your team')).toBe(true);
    await expect.poll(() => shown(dana.page, 'your progress is kept in this browser')).toBe(false);

    await dana.page.goto(new URL('releases/', siteUrl).href);
    await connected(dana.page, 'Dana (QA Lead)');
    await expect.poll(() => shown(dana.page, 'shared with your team')).toBe(true);
    await expect.poll(() => shown(dana.page, 'nothing is sent anywhere')).toBe(false);

    await dana.page.goto(new URL('templates/release-notes/', siteUrl).href);
    await connected(dana.page, 'Dana (QA Lead)');

    await dana.page.goto(new URL('playbook/rollback/', siteUrl).href);
    await connected(dana.page, 'Dana (QA Lead)');
    const start = dana.page.locator('.incident-start');
    if ((await start.count()) === 0)
      await dana.page.getByRole('button', { name: 'Start another incident' }).click();
    await expect
      .poll(() => start.locator('.field-hint').first().textContent())
      .toBe(
        'The clock starts when you press the button. It is shared with your team as you go, and kept in this browser too, for working offline.',
      );
  });

  it('makes a read-only token’s controls look disabled and keeps its status in view', async () => {
    await alone();
    const olu = await person(holders.olu.token);
    await connected(olu.page, 'Olu');
    // A token the server named no role for has no items of its own, and no role to choose here.
    await expect
      .poll(() => olu.page.locator('.checklist-progress').textContent())
      .toContain('Your team token names no role of this guide');
    await expect.poll(() => olu.page.getByText('Choose your role above').count()).toBe(0);
    const note = olu.page.getByRole('button', { name: `Add note: ${WINDOW}` });
    await expect.poll(() => note.isDisabled()).toBe(true);
    await expect
      .poll(() => note.evaluate((button) => getComputedStyle(button).cursor))
      .toBe('not-allowed');
    await expect
      .poll(() => note.evaluate((button) => Number(getComputedStyle(button).opacity)))
      .toBeLessThan(0.7);
    // Scrolled to the end of the page, the read-only line is still on screen.
    await olu.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const line = olu.page.locator('.team-read-only');
    await expect.poll(() => line.textContent()).toContain('Read-only');
    await expect
      .poll(async () => {
        const box = await line.boundingBox();
        const height = olu.page.viewportSize()?.height ?? 0;
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      })
      .toBe(true);
  });

  it('notices going offline within seconds, counts the changes waiting, and says when they are shared', async () => {
    await alone();
    const dana = await person(holders.dana.token);
    const sam = await person(holders.sam.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await connected(sam.page, 'Sam (Release Manager)');
    // The team's run exists (a first tick would also start it) and the item is open.
    const verify = dana.page.getByLabel(VERIFY, { exact: true });
    if (!(await verify.isChecked())) await tickAnswering(dana.page, VERIFY);
    await checked(sam.page, VERIFY, 5000);
    await verify.click();
    await unchecked(sam.page, VERIFY, 5000);

    await dana.context.setOffline(true);
    await expect.poll(() => status(dana.page).textContent(), { timeout: 3000 }).toMatch(/^Offline/);
    await tickAnswering(dana.page, VERIFY);
    await expect
      .poll(() => status(dana.page).textContent())
      .toBe(
        'Offline: 1 change waiting, kept in this browser and shared when the connection returns.',
      );
    await dana.context.setOffline(false);
    await checked(sam.page, VERIFY, 10_000);
    await expect
      .poll(() => status(dana.page).textContent(), { timeout: 10_000 })
      .toContain('All changes shared');
  });

  it('notices within seconds a connection that went silent without closing', async () => {
    await alone();
    const dana = await person(holders.dana.token);
    await connected(dana.page, 'Dana (QA Lead)');
    // A frozen server keeps its sockets open and answers nothing, as a network that drops packets does.
    server!.child.kill('SIGSTOP');
    try {
      await expect
        .poll(() => status(dana.page).textContent(), { timeout: 12_000 })
        .toMatch(/^Offline/);
    } finally {
      server!.child.kill('SIGCONT');
    }
    await connected(dana.page, 'Dana (QA Lead)');
  });
});

/** Start a team of its own (no runs, no incidents), closing every browser of the tests before. */
async function freshTeam() {
  for (const context of contexts.splice(0)) await context.close();
  await stopServer();
  await rm(workspace.dir, { recursive: true, force: true });
  workspace = makeWorkspace('team-e2e-fresh-');
  await startServer();
}

describe('a phone in team mode', () => {
  beforeEach(freshTeam);

  it('starts the deployment checklist’s first item within the first screen, below the run and team bars', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const dana = await person(holders.dana.token, 'guide/deployment/', phone);
    const sam = await person(holders.sam.token);
    await connected(dana.page, 'Dana (QA Lead)');
    await connected(sam.page, 'Sam (Release Manager)');
    await tickAnswering(sam.page, STAGING);
    await checked(dana.page, STAGING, 5000);
    await dana.page.locator('.team-presence', { hasText: 'Sam' }).waitFor({ timeout: 5000 });
    await dana.page.evaluate(() => window.scrollTo(0, 0));
    const first = dana.page.getByLabel(WINDOW, { exact: true });
    await expect
      .poll(async () => {
        const box = (await first.boundingBox())!;
        return box.y + box.height;
      })
      .toBeLessThanOrEqual(844);
  });
});

describe('the team’s incidents on every page', () => {
  // A team of its own for each: incidents left ongoing would be in every banner.
  beforeEach(freshTeam);

  // Read whole, hidden or not: a hidden banner is not in the accessibility tree.
  const bannerText = (page: Page) =>
    page
      .locator('[data-incident-banner]')
      .evaluate((aside: HTMLElement) => (aside.hidden ? '(hidden)' : aside.textContent?.trim()));

  async function start(page: Page, title: string) {
    const another = page.getByRole('button', { name: 'Start another incident' });
    if (await another.count()) await another.click();
    await page.getByLabel('Title (optional)').fill(title);
    await page
      .getByRole('button', { name: 'Start incident' })
      .and(page.locator(':enabled'))
      .click();
    await page.locator('.incident-title', { hasText: title }).waitFor();
  }

  async function resolve(page: Page) {
    await page.getByRole('button', { name: 'Resolve incident' }).click();
    await page.getByLabel('How was it resolved? (one line)').fill('Queue drained');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Resolve/ })
      .click();
    await page.getByText('Resolved incident').waitFor();
  }

  it('shows a teammate’s incident in the banner of any page within seconds, and takes it away once resolved, after a reload too', async () => {
    const sam = await person(holders.sam.token, 'playbook/rollback/');
    const dana = await person(holders.dana.token);
    await connected(sam.page, 'Sam (Release Manager)');
    await connected(dana.page, 'Dana (QA Lead)');
    // Dana's second tab is a reading page: no island, no team bar.
    const reading = await dana.context.newPage();
    await reading.goto(new URL('guide/', siteUrl).href);
    await expect.poll(() => bannerText(reading)).toBe('(hidden)');

    await start(sam.page, 'Payments webhook backlog');
    const ongoing = /^Incident in progress: Payments webhook backlog\s*Back to the incident/;
    await expect.poll(() => bannerText(dana.page), { timeout: 5000 }).toMatch(ongoing);
    await expect.poll(() => bannerText(reading), { timeout: 5000 }).toMatch(ongoing);

    await resolve(sam.page);
    await expect.poll(() => bannerText(dana.page), { timeout: 5000 }).toBe('(hidden)');
    await expect.poll(() => bannerText(reading), { timeout: 5000 }).toBe('(hidden)');

    // Resolved while none of Dana's pages was open: the page she opens next catches up.
    await start(sam.page, 'Search index lagging');
    await expect.poll(() => bannerText(reading), { timeout: 5000 }).toMatch(/Search index lagging/);
    await dana.page.close();
    await reading.close();
    await resolve(sam.page);
    const later = await dana.context.newPage();
    await later.goto(new URL('guide/', siteUrl).href);
    await expect.poll(() => bannerText(later), { timeout: 5000 }).toBe('(hidden)');
    await later.reload();
    await expect.poll(() => bannerText(later), { timeout: 5000 }).toBe('(hidden)');
  });

  it('brings a new incident to the front over a resolved one a teammate is viewing, with a way back', async () => {
    const sam = await person(holders.sam.token, 'playbook/rollback/');
    await connected(sam.page, 'Sam (Release Manager)');
    await start(sam.page, 'Payments webhook backlog');
    await resolve(sam.page);
    const dana = await person(holders.dana.token, 'playbook/rollback/');
    await connected(dana.page, 'Dana (QA Lead)');
    await dana.page.getByRole('button', { name: 'Show Payments webhook backlog' }).click();
    await dana.page.locator('.incident-title', { hasText: 'Payments webhook backlog' }).waitFor();

    await start(sam.page, 'Checkout errors');
    await expect
      .poll(() => dana.page.locator('.incident-title').textContent(), { timeout: 5000 })
      .toBe('Checkout errors');
    const back = dana.page.getByRole('button', { name: 'Back to “Payments webhook backlog”' });
    await back.click();
    await expect
      .poll(() => dana.page.locator('.incident-title').textContent())
      .toBe('Payments webhook backlog');
    await expect.poll(() => back.count()).toBe(0);
    // Picked on purpose while the new one is ongoing: it stays on screen as the team works on.
    await sam.page.getByLabel('Yes, customer-impacting').check();
    await dana.page
      .locator('.incident-list li', { hasText: 'Checkout errors' })
      .locator('.incident-list-meta', { hasText: 'customer-impacting' })
      .waitFor({ timeout: 5000 });
    await expect
      .poll(() => dana.page.locator('.incident-title').textContent())
      .toBe('Payments webhook backlog');
  });
});

describe('what each build loads', () => {
  async function scripts(dir: string) {
    const files = await readdir(join(dir, '_astro'));
    return files.filter((file) => file.endsWith('.js'));
  }

  it('a local-only build has no sync code and lets pages connect only to the site itself', async () => {
    const siteDir = inject('siteDir');
    for (const file of await scripts(siteDir)) {
      const source = await readFile(join(siteDir, '_astro', file), 'utf8');
      expect(source, file).not.toMatch(/HocuspocusProvider|team-connection|yjs/i);
    }
    const page = await readFile(join(siteDir, 'guide/deployment/index.html'), 'utf8');
    expect(page.match(/connect-src[^;"]*/)?.[0]).toBe("connect-src 'self'");
    expect(page).not.toContain('checklist-outline');
  });

  it('a team build names exactly the sync server’s origin, and loads the sync code only on demand', async () => {
    const page = await readFile(join(TEAM_SITE, 'guide/deployment/index.html'), 'utf8');
    expect(page.match(/connect-src[^;"]*/)?.[0]).toBe(`connect-src 'self' ws://127.0.0.1:${port}`);
    expect(page).not.toMatch(/team-connection/);
    // The checklists' outline, for landing on the run still under way: every checklist, items with their conditions.
    const outline = JSON.parse(
      page.match(
        /<script type="application\/json" id="checklist-outline">([^<]*)<\/script>/,
      )?.[1] ?? '[]',
    );
    expect(outline.map((checklist: { id: string }) => checklist.id)).toEqual(
      expect.arrayContaining(['pre-release', 'deployment']),
    );
    expect(
      outline.flatMap((checklist: { items: { condition?: string }[] }) =>
        checklist.items.map((each) => each.condition),
      ),
    ).toContain('customer-facing');
    expect((await scripts(TEAM_SITE)).some((file) => file.startsWith('team-connection'))).toBe(
      true,
    );
  });

  it('a team build without an identity provider has no sign-in code', async () => {
    for (const file of await scripts(TEAM_SITE)) {
      const source = await readFile(join(TEAM_SITE, '_astro', file), 'utf8');
      expect(source, file).not.toMatch(/code_challenge|octoacme-rg:v1:sign-in|Sign in with/);
    }
  });
});
