// Offline use in a real Chromium: the service worker keeps the shell and the runbooks from the first
// visit (at the root and under a sub-path), keeps other pages and search index files as they are
// fetched, and offers a reload when a new version is deployed.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.mjs';
import {
  openPlaybook as openPlaybookAt,
  openRecordedPage,
  useChromium,
} from '../support/browser-session.ts';
import { serveStatic } from '../support/static-server.mjs';
import { OUTPUT } from './global-setup.ts';

const siteUrl = inject('siteUrl');
/** The playbook's first step (see incident.test.ts for all of them). */
const STEPS = [
  'Trigger incident response and notify on-call (Release Manager coordinates)',
] as const;

const browser = useChromium();

const open = (options: Parameters<Browser['newContext']>[0] = {}) =>
  openRecordedPage(browser(), options);
const openPlaybook = (page: Page, base = siteUrl) => openPlaybookAt(page, base);

describe('offline', () => {
  // The search index is written by the search integration; a build without it has nothing to search.
  const hasSearchIndex = existsSync(join(inject('siteDir'), 'pagefind/pagefind.js'));

  for (const [where, base] of [
    ['at the domain root', siteUrl],
    ['under a sub-path', inject('subPathSiteUrl')],
  ] as const) {
    it(`opens and works with the network off after one visit (${where})`, async () => {
      const { context, page, problems } = await open();
      await page.goto(base);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);

      await openPlaybook(page, base);
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Rollback & Incident Playbook');
      await page.getByRole('button', { name: 'Start incident' }).click();
      await page.getByLabel(STEPS[0]).check();
      await page.reload();
      await page.getByRole('region', { name: 'Incident status' }).getByRole('timer').waitFor();
      await expect.poll(() => page.getByLabel(STEPS[0]).isChecked()).toBe(true);
      await page.goto(new URL('guide/deployment/', base).href);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Deployment Checklist');
      if (hasSearchIndex) {
        // Search offline, through Pagefind's own API (what the site's search box calls).
        // (Source text: the test runner would rewrite an import() written in a function.)
        const script = JSON.stringify(new URL('pagefind/pagefind.js', base).href);
        const titles: string[] = await page.evaluate(`(async () => {
          const search = await (await import(${script})).search('rollback');
          return Promise.all(search.results.map(async (result) => (await result.data()).meta.title));
        })()`);
        expect(titles).toContain('Rollback & Incident Playbook');
      }
      await context.close();
      expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual(
        [],
      );
    });
  }

  it('precaches every page, script and stylesheet of the build, and the search index when there is one', async () => {
    const siteDir = inject('siteDir');
    const worker = await readFile(join(siteDir, 'sw.js'), 'utf8');
    const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]));
    const files = (await readdir(siteDir, { recursive: true })).map((file) =>
      file.split('\\').join('/'),
    );
    const expected = files.filter(
      (file) =>
        /\.(html|css|js)$|^pagefind\/.+\.(json|pagefind|pf_\w+)$/.test(file) &&
        !/^(sw|workbox-\w+)\.js$/.test(file) &&
        !/^pagefind\/pagefind-(.*ui|highlight)/.test(file),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.filter((file) => !precached.has(file))).toEqual([]);
  });
});

describe('offline, beyond what is precached', () => {
  for (const [where, base] of [
    ['at the domain root', siteUrl],
    ['under a sub-path', inject('subPathSiteUrl')],
  ] as const) {
    it(`opens a runbook from an address without its trailing slash (${where})`, async () => {
      const { context, page, problems } = await open();
      await page.goto(base);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await page.goto(new URL('playbook/rollback', base).href);
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Rollback & Incident Playbook');
      expect(page.url()).toBe(new URL('playbook/rollback/', base).href);
      await page.goto(new URL('guide/deployment?from=chat', base).href);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Deployment Checklist');
      expect(page.url()).toBe(new URL('guide/deployment/?from=chat', base).href);
      await context.close();
      expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual(
        [],
      );
    });

    it(`says that a page never opened is not available, and links to what is (${where})`, async () => {
      const { context, page } = await open();
      await page.goto(base);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await page.goto(new URL('guide/never-opened/', base).href);
      await expect.poll(() => page.locator('h1').textContent()).toBe('You are offline');
      const links = await page
        .locator('[data-offline-pages] a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      const path = new URL(base).pathname;
      expect(links).toEqual(
        expect.arrayContaining(
          [
            'guide/pre-release/',
            'guide/deployment/',
            'playbook/rollback/',
            'templates/release-notes/',
            'releases/',
          ].map((route) => `${path}${route}`),
        ),
      );
      await page.locator('[data-offline-pages] a', { hasText: 'Rollback' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Rollback & Incident Playbook');
      await context.close();
    });
  }

  it('precaches the shell, the runbooks, the offline page and the search code, each once', async () => {
    const worker = await readFile(join(inject('siteDir'), 'sw.js'), 'utf8');
    const precached = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
    expect(precached).toEqual(
      expect.arrayContaining([
        'index.html',
        'guide/index.html',
        'offline/index.html',
        '404.html',
        'guide/pre-release/index.html',
        'guide/deployment/index.html',
        'playbook/rollback/index.html',
        'templates/release-notes/index.html',
        'releases/index.html',
        'pagefind/pagefind.js',
        'pagefind/pagefind-worker.js',
        'pagefind/pagefind-entry.json',
      ]),
    );
    expect(
      precached.some((url) => /^pagefind\/index\/.+\.pf_index$/.test(url!)),
      'the first index chunks',
    ).toBe(true);
    expect(precached.some((url) => /^_astro\/.+\.css$/.test(url!))).toBe(true);
    expect(
      precached.filter((url) => /^(sw|workbox-.+)\.js$|pagefind-(.*ui|highlight)/.test(url!)),
    ).toEqual([]);
    expect(new Set(precached).size).toBe(precached.length);
  });
});

describe('a copy of the build, served on its own', () => {
  // It stands for the deployed site: a test can change its files as a new deployment would.
  const deployed = join(OUTPUT, 'site-deployed');
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    await rm(deployed, { recursive: true, force: true });
    await cp(inject('siteDir'), deployed, { recursive: true });
    server = await serveStatic({ root: deployed });
  });
  afterAll(async () => {
    await server?.close();
    await rm(deployed, { recursive: true, force: true });
  });

  it('keeps search index files that were not precached once they have been fetched, and serves them offline', async () => {
    // A search index written after the service worker was generated (another integration's files).
    await mkdir(join(deployed, 'pagefind/fragment'), { recursive: true });
    await writeFile(join(deployed, 'pagefind/pagefind-entry.json'), '{"version":"test"}');
    await writeFile(join(deployed, 'pagefind/fragment/en_1.pf_fragment'), 'fragment');
    const { context, page } = await open();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const fetchText = (path: string) =>
      page.evaluate(async (url) => {
        const response = await fetch(url);
        return `${response.status} ${await response.text()}`;
      }, new URL(path, server.url).href);
    // Pagefind asks for its entry file with a new ?ts= each time.
    await expect(fetchText('pagefind/pagefind-entry.json?ts=1')).resolves.toBe(
      '200 {"version":"test"}',
    );
    await expect(fetchText('pagefind/fragment/en_1.pf_fragment')).resolves.toBe('200 fragment');
    await context.setOffline(true);
    await expect(fetchText('pagefind/pagefind-entry.json?ts=2')).resolves.toBe(
      '200 {"version":"test"}',
    );
    await expect(fetchText('pagefind/fragment/en_1.pf_fragment')).resolves.toBe('200 fragment');
    await context.close();
  });

  it('keeps a page that is not precached once it has been opened, and shows it offline', async () => {
    // A page of a larger guide: deployed, not in the precache list.
    await mkdir(join(deployed, 'guide/extra-page'), { recursive: true });
    const guide = await readFile(join(deployed, 'guide/index.html'), 'utf8');
    await writeFile(
      join(deployed, 'guide/extra-page/index.html'),
      guide.replace(/<h1>[^<]*<\/h1>/, '<h1>Extra page</h1>'),
    );
    const { context, page } = await open();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(new URL('guide/extra-page/', server.url).href);
    await context.setOffline(true);
    await page.goto(new URL('guide/', server.url).href);
    await page.goto(new URL('guide/extra-page', server.url).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Extra page');
    await context.close();
  });

  it('offers a reload when a new version is deployed, and the reload brings it', async () => {
    const { context, page, problems } = await open({ bypassCSP: true });
    await page.goto(new URL('guide/', server.url).href);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect.poll(() => page.locator('[data-update-prompt]').isVisible()).toBe(false);

    // Deploy: a page changes, and with it the service worker's list of files.
    const guide = join(deployed, 'guide/index.html');
    await writeFile(
      guide,
      (await readFile(guide, 'utf8')).replace('<h1>', '<h1 data-new-version>'),
    );
    const worker = join(deployed, 'sw.js');
    await writeFile(
      worker,
      (await readFile(worker, 'utf8')).replace(
        /(url:"guide\/index\.html",revision:")\w+/,
        '$1new-version',
      ),
    );

    await page.reload();
    await page.getByText('A new version of this guide is available.').waitFor();
    await expect
      .poll(() => page.locator('h1[data-new-version]').count(), {
        message: 'the old copy is still shown until the reader reloads',
      })
      .toBe(0);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'reload to use it' }).count())
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page.locator('h1[data-new-version]').waitFor();
    await context.close();
    expect(problems).toEqual([]);
  });
});
