// Signing in with the identity provider in a real Chromium: a team build with SYNC_OIDC_ISSUER, the
// test's OpenID Provider on loopback (test/support/oidc-issuer.ts: its development login and consent
// forms) and the sync server in a child process that verifies its ID tokens. A person signs in, is
// connected as their name and role, ticks, signs out; a token that expires while connected is renewed.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.mjs';
import { recordProblems, useChromium } from '../support/browser-session.ts';
import { INTERACTIVE_ROUTES } from '../support/budgets.mjs';
import { pageWeight } from '../support/built-site.mjs';
import { buildSite } from '../support/build-site.mjs';
import { CLIENT_ID, startIssuer } from '../support/oidc-issuer.ts';
import { startRunFromBar, tickAnswering } from '../support/run-questions.ts';
import { serveStatic } from '../support/static-server.mjs';
import {
  freePort,
  holders,
  makeWorkspace,
  readAuditLog,
  spawnServer,
} from '../support/sync-server.mjs';
import { OUTPUT } from './global-setup.ts';

const browser = useChromium();
const SITE = join(OUTPUT, 'site-sign-in');
const SHOTS = join(OUTPUT, 'screenshots/sign-in');
const STAGING = 'Deploy to staging and run smoke tests (QA Lead signs off)';
const WINDOW = 'Deployment window scheduled (if needed)';
const BACKUP = 'Backup or snapshot (if applicable)';

let siteUrl = '';
let closeSite: (() => Promise<void>) | undefined;
let issuer: Awaited<ReturnType<typeof startIssuer>>;
const workspace = makeWorkspace('sign-in-e2e-');
let server: ReturnType<typeof spawnServer> | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // The site is served first: its releases page is the redirect URI the provider is told.
  const site = await serveStatic({ root: SITE });
  siteUrl = site.url;
  closeSite = site.close;
  issuer = await startIssuer({ redirectUris: [`${siteUrl}releases/`], refreshTokens: true });
  const port = await freePort();
  await buildSite({
    outDir: SITE,
    env: {
      SYNC_URL: `ws://127.0.0.1:${port}`,
      SYNC_OIDC_ISSUER: issuer.issuer,
      SYNC_OIDC_CLIENT_ID: CLIENT_ID,
      SYNC_OIDC_SCOPES: 'openid profile email groups',
    },
  });
  const accessFile = join(workspace.dir, 'access.json');
  await writeFile(
    accessFile,
    JSON.stringify({
      rules: [{ group: 'release-managers', role: 'Release Manager', access: 'read-write' }],
    }),
  );
  server = spawnServer(workspace, {
    SYNC_PORT: String(port),
    SYNC_OIDC_ISSUER: issuer.issuer,
    SYNC_OIDC_CLIENT_ID: CLIENT_ID,
    SYNC_ACCESS_FILE: accessFile,
  });
  await server.ready;
  await mkdir(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await closeSite?.();
  await issuer?.stop();
  await rm(workspace.dir, { recursive: true, force: true });
});

async function freshPage(options: Parameters<ReturnType<typeof browser>['newContext']>[0] = {}) {
  const context = await browser().newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  // A connection the server closes shows in the console as a failed WebSocket; the provider's own pages
  // ask for a web font and a favicon that a machine without the internet cannot load.
  recordProblems(
    page,
    problems,
    (text, url) =>
      /WebSocket/.test(text) ||
      url.startsWith(issuer.issuer) ||
      url.startsWith('https://fonts.googleapis.com/'),
  );
  return { page, problems };
}

const status = (page: Page) => page.locator('.team-status');
const item = (page: Page, text: string) =>
  page.locator('.checklist-item', { has: page.getByLabel(text, { exact: true }) });
const signInButton = (page: Page) =>
  page.getByRole('button', { name: `Sign in with ${new URL(issuer.issuer).host}` });

async function connected(page: Page, as: string) {
  await expect
    .poll(() => status(page).textContent(), { timeout: 10_000 })
    .toContain(`Connected as ${as}`);
}

/** From the checklist: "Sign in", the provider's login and consent forms, and back. */
async function signIn(page: Page, login: string, shoot = false) {
  await page.goto(new URL('guide/deployment/', siteUrl).href);
  await signInButton(page).waitFor();
  if (shoot) await page.locator('.team-bar').screenshot({ path: join(SHOTS, 'button.png') });
  await signInButton(page).click();
  await page.waitForURL((url) => url.href.startsWith(issuer.issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  if (shoot) await page.screenshot({ path: join(SHOTS, 'provider-form.png') });
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(new URL('guide/deployment/', siteUrl).href, { timeout: 10_000 });
}

describe('signing in with the identity provider', () => {
  it('signs in, connects as the person’s name and role, ticks in their name, and signs out', async () => {
    const { page, problems } = await freshPage({ viewport: { width: 390, height: 844 } });
    const dana = await freshPage();
    await dana.page.goto(
      `${new URL('guide/deployment/', siteUrl).href}#join=${encodeURIComponent(holders.dana.token)}`,
    );
    await connected(dana.page, 'Dana (QA Lead)');

    await signIn(page, 'ana', true);
    // Back on the page it started from, with nothing of the provider's answer in the address.
    expect(page.url()).toBe(new URL('guide/deployment/', siteUrl).href);
    await connected(page, 'Ana Lima (Release Manager)');
    await page.screenshot({ path: join(SHOTS, 'connected-phone.png') });

    await tickAnswering(page, STAGING);
    await item(dana.page, STAGING).locator(':checked').waitFor({ timeout: 5000 });
    await expect
      .poll(() => item(dana.page, STAGING).locator('.item-meta').textContent())
      .toMatch(/by Ana Lima \(Release Manager\)$/);
    await expect
      .poll(() =>
        readAuditLog(workspace.auditLogFile).some(
          (line) => line.event === 'change' && line.name === 'Ana Lima',
        ),
      )
      .toBe(true);

    // The tokens are this tab's only: sessionStorage holds the session, localStorage never the ID token.
    const idToken = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('octoacme-rg:v1:sign-in') ?? '{}').idToken as string,
    );
    expect(idToken).toMatch(/^ey/);
    await expect
      .poll(() => page.evaluate((token) => JSON.stringify(localStorage).includes(token), idToken))
      .toBe(false);

    // Sign out: forgotten here, and the provider's session ends (its logout form), back on the releases page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(new URL('releases/', siteUrl).href, { timeout: 10_000 });
    await signInButton(page).waitFor();
    await expect
      .poll(() => page.evaluate(() => sessionStorage.getItem('octoacme-rg:v1:sign-in')))
      .toBeNull();
    // Signing in again asks for the login again: the provider's session is over.
    await signInButton(page).click();
    await page.locator('input[name="login"]').waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
  });

  it('renews a token that expires while connected, and the tick made meanwhile arrives', async () => {
    issuer.setIdTokenTtl(8);
    const { page, problems } = await freshPage();
    const dana = await freshPage();
    await dana.page.goto(
      `${new URL('guide/deployment/', siteUrl).href}#join=${encodeURIComponent(holders.dana.token)}`,
    );
    await signIn(page, 'ana');
    await connected(page, 'Ana Lima (Release Manager)');
    await tickAnswering(page, WINDOW);
    await item(dana.page, WINDOW).locator(':checked').waitFor({ timeout: 5000 });

    // The renewal is held up a moment at the provider, so that the next tick is made while disconnected.
    const closedBefore = readAuditLog(workspace.auditLogFile).filter(
      (line) => line.event === 'closed' && line.reason === 'token-expired',
    ).length;
    await page.route(`${issuer.issuer}/token`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await expect
      .poll(
        () =>
          readAuditLog(workspace.auditLogFile).filter(
            (line) => line.event === 'closed' && line.reason === 'token-expired',
          ).length,
        { timeout: 15_000 },
      )
      .toBeGreaterThan(closedBefore);
    await page.getByLabel(BACKUP, { exact: true }).click();
    await item(dana.page, BACKUP).locator(':checked').waitFor({ timeout: 15_000 });
    await connected(page, 'Ana Lima (Release Manager)');
    await expect
      .poll(() =>
        readAuditLog(workspace.auditLogFile).some(
          (line) =>
            line.event === 'change' &&
            line.name === 'Ana Lima' &&
            line.document?.startsWith('run:'),
        ),
      )
      .toBe(true);
    issuer.setIdTokenTtl(3600);
    expect(problems).toEqual([]);
  });
});

describe('a person no access rule names', () => {
  it('is told so, and can sign out', async () => {
    const { page } = await freshPage();
    await signIn(page, 'zed');
    await expect
      .poll(() => status(page).textContent(), { timeout: 10_000 })
      .toBe(
        'Refused: your account has no access to the team’s work: no access rule names your groups or your email. Ask whoever runs the team’s server, or sign out. This page keeps working in this browser only.',
      );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await signInButton(page).waitFor({ timeout: 10_000 });
  });
});

describe('renewing without a refresh token', () => {
  const expiries = () =>
    readAuditLog(workspace.auditLogFile).filter(
      (line) => line.event === 'closed' && line.reason === 'token-expired',
    ).length;

  it('signs in again without a prompt once nothing is being typed, and what was typed arrives', async () => {
    issuer.setRefreshTokens(false);
    issuer.setIdTokenTtl(10);
    try {
      const { page, problems } = await freshPage();
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });
      const dana = await freshPage();
      await dana.page.goto(
        `${new URL('guide/deployment/', siteUrl).href}#join=${encodeURIComponent(holders.dana.token)}`,
      );
      await signIn(page, 'ana');
      await connected(page, 'Ana Lima (Release Manager)');
      const session = await page.evaluate(() => sessionStorage.getItem('octoacme-rg:v1:sign-in'));
      expect(JSON.parse(session ?? '{}').refreshToken).toBeUndefined();
      const before = expiries();

      await startRunFromBar(page);
      // A note is being typed when the token expires: the page waits rather than leave and lose it.
      await page.getByRole('button', { name: `Add note: ${BACKUP}` }).click();
      await page.getByLabel('Note for this item').fill('Snapshot taken at 10:02');
      await expect.poll(expiries, { timeout: 20_000 }).toBeGreaterThan(before);
      await page.waitForTimeout(1500);
      expect(page.url()).toBe(new URL('guide/deployment/', siteUrl).href);
      await expect
        .poll(() => page.getByLabel('Note for this item').inputValue())
        .toBe('Snapshot taken at 10:02');
      const returns = () =>
        navigations.filter((url) => url.startsWith(`${siteUrl}releases/?code=`));
      const returnsBefore = returns().length;
      await page.getByRole('button', { name: 'Save note' }).click();

      // Then a round trip through the provider (no form: it answers at once), back to the checklist.
      await expect.poll(() => returns().length, { timeout: 10_000 }).toBe(returnsBefore + 1);
      await expect
        .poll(() => page.url(), { timeout: 10_000 })
        .toBe(new URL('guide/deployment/', siteUrl).href);
      await connected(page, 'Ana Lima (Release Manager)');
      await expect
        .poll(() => item(dana.page, BACKUP).textContent(), { timeout: 10_000 })
        .toContain('Snapshot taken at 10:02');
      expect(problems).toEqual([]);
    } finally {
      issuer.setRefreshTokens(true);
      issuer.setIdTokenTtl(3600);
    }
  });
});

describe('what a build with an issuer loads and shows', () => {
  it('lets pages connect to the sync server and the issuer only, and loads the sign-in code on demand', async () => {
    const html = await readFile(join(SITE, 'guide/deployment/index.html'), 'utf8');
    const port = new URL(issuer.issuer).port;
    expect(html.match(/connect-src[^;"]*/)?.[0]).toMatch(
      new RegExp(`^connect-src 'self' ws://127\\.0\\.0\\.1:\\d+ http://127\\.0\\.0\\.1:${port}$`),
    );
    // The code flow's chunk: the one that makes the PKCE challenge (the session's store has a chunk of its own).
    const chunks = (await readdir(join(SITE, '_astro'))).filter((file) => file.endsWith('.js'));
    const sources = await Promise.all(
      chunks.map((file) => readFile(join(SITE, '_astro', file), 'utf8')),
    );
    const flowChunks = chunks.filter((_, index) => sources[index]!.includes('code_challenge'));
    expect(flowChunks).toHaveLength(1);
    const signInChunk = flowChunks[0];
    for (const route of INTERACTIVE_ROUTES) {
      const weight = await pageWeight(SITE, '/', join(SITE, route, 'index.html'));
      expect(weight.jsFiles, route).not.toContain(`_astro/${signInChunk}`);
    }
    // A build without an issuer has no sign-in code at all.
    const localSite = inject('siteDir');
    for (const file of await readdir(join(localSite, '_astro'))) {
      if (!file.endsWith('.js')) continue;
      const source = await readFile(join(localSite, '_astro', file), 'utf8');
      expect(source, file).not.toMatch(/code_challenge|sign-in|octoacme-rg:v1:sign-in/);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations in the sign-in offer and once signed in, ${colorScheme} theme`, async () => {
      const { page } = await freshPage({ colorScheme, bypassCSP: true });
      await page.goto(new URL('guide/deployment/', siteUrl).href);
      await signInButton(page).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .locator('.team-bar')
        .screenshot({ path: join(SHOTS, `button-${colorScheme}.png`) });
      await signIn(page, 'ana');
      await connected(page, 'Ana Lima (Release Manager)');
      expect(await axeViolations(page)).toEqual([]);
      await page
        .locator('.team-bar')
        .screenshot({ path: join(SHOTS, `connected-${colorScheme}.png`) });
    });
  }
});
