// Search in a real Chromium against the built site: shortcuts, queries, keyboard, filter, 404, sub-path, dev mode.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.mjs';
import { astroEnvironment, PROJECT_ROOT } from '../support/build-site.mjs';
import { listPages, loadDocument } from '../support/built-site.mjs';
import { recordProblems, useChromium } from '../support/browser-session.ts';
import { SUB_PATH } from './global-setup.ts';
import { freePort } from '../support/sync-server.mjs';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const subPathSiteUrl = inject('subPathSiteUrl');
const builtPages = await listPages(siteDir);
const routes = builtPages.map((page) => page.route);
const url = (route: string, base = siteUrl) => new URL(route.slice(1), base).href;

const browser = useChromium();

/**
 * A fresh page that records console errors and warnings (CSP violations among them) and failed
 * requests. Visiting a missing address on purpose is no problem: its 404 status, and the console
 * error Chromium logs for it, are left out.
 */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser().newContext({ bypassCSP: false, ...options });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  const notFoundPages = new Set<string>();
  recordProblems(
    page,
    problems,
    (text, url) => /status of 404/.test(text) && notFoundPages.has(url),
  );
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest())
      notFoundPages.add(response.url());
    else if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

const dialog = (page: Page) => page.locator('[data-search-dialog]');
const field = (page: Page) => page.locator('#search-input');
const isOpen = (page: Page) => dialog(page).evaluate((element: HTMLDialogElement) => element.open);
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return {
      id: active?.id ?? '',
      tag: active?.tagName ?? '',
      href: active?.getAttribute('href') ?? '',
      text: active?.textContent?.trim() ?? '',
    };
  });

/** Wait until the dialog has answered `query` (its status names the query), and return the status. */
async function answered(page: Page, query: string) {
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
    query,
  );
  return status.textContent();
}

/** Type a query into the open dialog and wait for its results. */
async function search(page: Page, query: string) {
  await field(page).fill(query);
  return answered(page, query);
}

const resultTitles = (page: Page) => page.locator('.search-result-card-link').allTextContents();
const resultSections = (page: Page) => page.locator('.search-result-section').allTextContents();

/** A page on /guide/ with the search dialog open for a block's tests; closed after them, with nothing gone wrong. */
function useSearchOnGuide() {
  const session = {} as Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    Object.assign(session, await openPage());
    await session.page.goto(url('/guide/'));
    await session.page.keyboard.press('/');
  });
  afterAll(async () => {
    await session.context.close();
    expect(
      session.problems,
      'no console errors, CSP violations or failed requests while searching',
    ).toEqual([]);
  });
  return session;
}

describe('opening search', () => {
  it('opens with / and with Ctrl+K on every page, with the field focused', async () => {
    const { context, page, problems } = await openPage();
    for (const route of routes) {
      await page.goto(url(route));
      await expect.poll(() => isOpen(page), { message: route }).toBe(false);
      await page.keyboard.press('/');
      // The dialog opens once the shortcut's script has run: on a busy machine, a moment after the key.
      await expect.poll(() => isOpen(page), { message: `${route}: / opens search` }).toBe(true);
      await expect
        .poll(async () => (await activeElement(page)).id, { message: route })
        .toBe('search-input');
      await expect
        .poll(() => field(page).inputValue(), { message: 'the / is not typed into the field' })
        .toBe('');
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page), { message: route }).toBe(false);
      await page.keyboard.press('Control+k');
      await expect
        .poll(() => isOpen(page), { message: `${route}: Ctrl+K opens search` })
        .toBe(true);
      await expect
        .poll(async () => (await activeElement(page)).id, { message: route })
        .toBe('search-input');
      await page.keyboard.press('Escape');
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('leaves / and Ctrl+K alone while the reader types in a field', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/does-not-exist/'));
    const notFoundField = page.getByRole('searchbox', { name: 'Search the guide for the page' });
    await notFoundField.fill('');
    await notFoundField.press('/');
    await notFoundField.press('Control+k');
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect.poll(() => notFoundField.inputValue()).toBe('/');
    await page.getByLabel('Theme').focus();
    await page.keyboard.press('/');
    await expect
      .poll(() => isOpen(page), { message: 'a focused select takes the key' })
      .toBe(false);
    await context.close();
  });

  it('has a Search button in the header that shows its shortcut', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/guide/'));
    const button = page.locator('header').getByRole('button', { name: 'Search', exact: true });
    await expect.poll(() => button.innerText()).toMatch(/Search\s*Ctrl K/);
    await expect.poll(() => button.getAttribute('aria-keyshortcuts')).toBe('/ Control+K');
    await button.click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await expect.poll(async () => (await activeElement(page)).id).toBe('search-input');
    await context.close();
  });

  it('keeps the header within a 375 px screen, with the button named Search', async () => {
    const { context, page } = await openPage({ viewport: { width: 375, height: 740 } });
    await page.goto(url('/guide/'));
    const button = page.locator('header').getByRole('button', { name: 'Search', exact: true });
    await expect.poll(() => button.isVisible()).toBe(true);
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        message: 'no horizontal scrolling',
      })
      .toBeLessThanOrEqual(375);
    const header = (await page.locator('.site-header').boundingBox())!;
    for (const element of await page.locator('.site-header > *, .header-tools > *').all()) {
      const bounds = (await element.boundingBox())!;
      expect(bounds.x + bounds.width).toBeLessThanOrEqual(375);
      expect(bounds.y + bounds.height, 'header items fit its height').toBeLessThanOrEqual(
        header.y + header.height,
      );
    }
    await button.click();
    await search(page, 'rollback');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(375);
    await context.close();
  });

  it('loads the search code and the index only when search is first opened', async () => {
    const { context, page, problems } = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(url('/guide/deployment/'), { waitUntil: 'networkidle' });
    expect(
      requests.filter((path) => path.includes('/pagefind/') || path.includes('search-ui')),
    ).toEqual([]);
    await page.keyboard.press('/');
    await search(page, 'smoke');
    expect(
      requests.some((path) => /\/_astro\/search-ui\.[\w-]+\.js$/.test(path)),
      'the search code',
    ).toBe(true);
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(
      requests.some((path) => path.startsWith('/pagefind/index/')),
      'the index',
    ).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('results', () => {
  const session = useSearchOnGuide();

  it('puts the rollback & incident playbook first for "rollback", with the word highlighted', async () => {
    await search(session.page, 'rollback');
    await expect
      .poll(async () => (await resultTitles(session.page))[0])
      .toBe('Rollback & Incident Playbook');
    const first = session.page.locator('.search-result').first();
    await expect.poll(() => first.locator('.search-result-section').textContent()).toBe('Playbook');
    await expect
      .poll(() => first.locator('a').first().getAttribute('href'))
      .toBe('/playbook/rollback/');
    const marks = await first.locator('.search-result-excerpt mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain('rollback');
  });

  it('finds both the pre-release requirements and the deployment checklist for "smoke tests"', async () => {
    await search(session.page, 'smoke tests');
    const titles = await resultTitles(session.page);
    expect(titles).toContain('Pre-release requirements');
    expect(titles, 'checklist items are indexed').toContain('Deployment Checklist');
  });

  it('finds template fields', async () => {
    await search(session.page, 'migration steps');
    await expect.poll(() => resultTitles(session.page)).toEqual(['Release Notes Template']);
  });

  it.each(['skip', 'menu', 'theme', 'previous', 'next', 'system', 'search', 'open'])(
    'finds nothing for "%s", a word of the navigation only',
    async (word) => {
      await expect(search(session.page, word)).resolves.toBe(`No results for “${word}”`);
      await expect.poll(() => session.page.locator('.search-result').count()).toBe(0);
    },
  );

  it('says "No results for …" with a hint when nothing matches', async () => {
    await expect(search(session.page, 'kubernetes')).resolves.toBe('No results for “kubernetes”');
    await expect
      .poll(() => session.page.locator('[data-search-hint]').textContent())
      .toBe('Check the spelling, or try fewer or other words.');
    await expect.poll(() => session.page.locator('[data-search-hint]').isVisible()).toBe(true);
    await expect.poll(() => session.page.locator('.search-result').count()).toBe(0);
  });

  it('announces the number of results in a live region', async () => {
    const status = session.page.locator('[data-search-dialog] [role="status"]');
    await expect.poll(() => status.count()).toBe(1);
    await search(session.page, 'release');
    const count = await session.page.locator('.search-result').count();
    expect(count).toBeGreaterThan(3);
    await expect.poll(() => status.innerText()).toBe(`${count} results for “release”`);
  });

  it('lists the matching headings of a session.page under it, each linking to its anchor', async () => {
    await search(session.page, 'purpose');
    const overview = session.page.locator('.search-result').filter({ hasText: 'Overview' });
    const heading = overview.getByRole('link', { name: 'Purpose', exact: true });
    await expect.poll(() => heading.getAttribute('href')).toBe('/guide/#purpose');
    const headingExcerpt = overview
      .locator('.search-heading')
      .filter({ has: session.page.getByRole('link', { name: 'Purpose', exact: true }) })
      .locator('.search-heading-excerpt');
    await expect
      .poll(() => headingExcerpt.locator('mark').first().textContent())
      .toMatch(/^purpose/i);
    await expect
      .poll(() => heading.getAttribute('aria-describedby'))
      .toBe(await headingExcerpt.getAttribute('id'));
    await heading.click();
    await session.page.waitForFunction(() => location.hash === '#purpose');
    await expect
      .poll(() => isOpen(session.page), { message: 'following a result closes search' })
      .toBe(false);
    await session.page.keyboard.press('/');
  });

  it('filters by section', async () => {
    await search(session.page, 'release');
    expect(new Set(await resultSections(session.page))).toEqual(
      new Set(['Guide', 'Playbook', 'Templates']),
    );
    await session.page.getByRole('radio', { name: 'Playbook' }).check();
    await session.page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.endsWith('in Playbook'),
    );
    await expect
      .poll(() => session.page.locator('[data-search-status]').textContent())
      .toBe('1 result for “release” in Playbook');
    await expect.poll(() => resultTitles(session.page)).toEqual(['Rollback & Incident Playbook']);
    await session.page.getByRole('radio', { name: 'Templates' }).check();
    await session.page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.endsWith('in Templates'),
    );
    await expect.poll(() => resultTitles(session.page)).toEqual(['Release Notes Template']);
    await session.page.getByRole('radio', { name: 'Guide' }).check();
    await session.page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.endsWith('in Guide'),
    );
    expect(new Set(await resultSections(session.page))).toEqual(new Set(['Guide']));
    await expect
      .poll(() => resultTitles(session.page))
      .toEqual(
        expect.arrayContaining(['Overview', 'Pre-release requirements', 'Deployment Checklist']),
      );
    await expect(search(session.page, 'smoke tests')).resolves.toBe(
      '2 results for “smoke tests” in Guide',
    );
    await session.page.getByRole('radio', { name: 'Playbook' }).check();
    await session.page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.startsWith('No results'),
    );
    await expect
      .poll(() => session.page.locator('[data-search-hint]').textContent())
      .toMatch(/^Search all sections/);
    await session.page.getByRole('radio', { name: 'All' }).check();
    await session.page.waitForFunction(
      () => !document.querySelector('[data-search-status]')?.textContent?.includes(' in '),
    );
  });

  it('renders no inline style attributes', async () => {
    await search(session.page, 'release');
    await expect.poll(() => session.page.locator('[data-search-dialog] [style]').count()).toBe(0);
  });
});

describe('what the index holds', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage());
    await page.goto(url('/guide/'));
  });
  afterAll(async () => {
    await context.close();
  });

  /** Every link the built index offers for `query` (each page and each of its headings), with its excerpt as text. */
  async function indexLinks(query: string): Promise<{ url: string; excerpt: string }[]> {
    // A string, so that the test runner leaves its import() alone: it runs in the page, as the dialog's does.
    return page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(url('/pagefind/pagefind.js'))});
      const search = await pagefind.search(${JSON.stringify(query)});
      const pages = await Promise.all(search.results.map((result) => result.data()));
      const text = (excerpt) => excerpt.replace(/<\\/?mark>/g, '');
      return pages.flatMap((data) => [
        { url: data.url, excerpt: text(data.excerpt) },
        ...data.sub_results.map((sub) => ({ url: sub.url, excerpt: text(sub.excerpt) })),
      ]);
    })()`);
  }

  /** Why a result's anchor is not a stable heading of the built page, or undefined when it is one. */
  async function anchorProblem(link: string): Promise<string | undefined> {
    const [route, fragment] = link.split('#');
    if (fragment === undefined) return undefined;
    const built = builtPages.find((candidate) => candidate.route === route);
    if (!built) return `${link}: no such page`;
    const target = (await loadDocument(built.file)).getElementById(decodeURIComponent(fragment));
    if (!target) return `${link}: no element with that id`;
    if (!/^H[1-6]$/.test(target.tagName)) return `${link}: a ${target.tagName}, not a heading`;
    if (target.closest('dialog')) return `${link}: a dialog's title`;
    if (/^(:r|«r|_r_)/.test(target.id)) return `${link}: an id React generates`;
    return undefined;
  }

  it('links no result to a dialog or a generated id: every anchor is a heading of the page', async () => {
    const queries = [
      'reset checklist',
      'mark as not applicable',
      'note',
      'backup and restore',
      'new release run',
      'delete release run',
      'restore this backup',
      'clear the release notes draft',
      'release types',
    ];
    const links = (await Promise.all(queries.map(indexLinks))).flat();
    expect(
      links.some((link) => link.url.includes('#')),
      'some results link to headings',
    ).toBe(true);
    const problems = (await Promise.all(links.map((link) => anchorProblem(link.url)))).filter(
      (problem) => problem !== undefined,
    );
    expect(problems).toEqual([]);
    const dialogTitles = [
      'Reset checklist?',
      'Mark as not applicable',
      'Restore this backup?',
      'Delete release run?',
      'Clear the release notes draft?',
    ];
    expect(
      links.filter((link) => dialogTitles.some((title) => link.excerpt.includes(title))),
    ).toEqual([]);
  });

  it('reads excerpts as sentences, with no owner chips run into the text', async () => {
    const links = (
      await Promise.all(
        ['technical writer', 'qa lead', 'release manager', 'on-call'].map(indexLinks),
      )
    ).flat();
    expect(links.length).toBeGreaterThan(0);
    // "(QA Lead)QA Lead." or "Technical WriterPMPdM": a chip runs into the words before it.
    expect(
      links
        .filter((link) => /\)[A-Za-z]|WriterPM|ManagerPM/.test(link.excerpt))
        .map((link) => link.excerpt),
    ).toEqual([]);
  });
});

describe('keyboard', () => {
  it('moves through the results with ↓ and ↑, wrapping around, and opens one with Enter', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(url('/guide/'));
    await page.keyboard.press('/');
    await search(page, 'release');
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(3);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await activeElement(page)).href).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await activeElement(page)).href).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await activeElement(page)).href).toBe(links[0]);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await activeElement(page)).id, {
        message: '↑ from the first result goes back to the field',
      })
      .toBe('search-input');
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await activeElement(page)).href, {
        message: '↑ from the field wraps to the last result',
      })
      .toBe(links.at(-1));
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await activeElement(page)).id, {
        message: '↓ from the last result wraps to the field',
      })
      .toBe('search-input');

    // Typing on a result goes on in the field.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type(' notes');
    await expect.poll(async () => (await activeElement(page)).id).toBe('search-input');
    await answered(page, 'release notes');
    await expect.poll(async () => (await resultTitles(page))[0]).toBe('Release Notes Template');

    await search(page, 'rollback');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(url('/playbook/rollback/')), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rollback & Incident Playbook');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('opens the first result with Enter in the field, even before the search code has loaded', async () => {
    const { context, page } = await openPage();
    // Hold the search code back until Enter is pressed: a slow network must not turn Enter into a
    // form submission to the page itself.
    let releaseSearchCode = () => {};
    const held = new Promise<void>((resolve) => (releaseSearchCode = resolve));
    await page.route(/\/_astro\/search-ui\.[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url('/'));
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && new URL(request.url()).searchParams.has('q'))
        submissions.push(request.url());
    });
    await page.keyboard.press('/');
    await page.keyboard.type('smoke tests');
    await page.keyboard.press('Enter');
    releaseSearchCode();
    await page.waitForURL(/\/guide\/(pre-release|deployment)\/$/);
    expect(submissions).toEqual([]);
    await context.close();
  });

  it('closes with Esc and returns focus to where it was', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/guide/'));
    const sidebarLink = page
      .locator('#site-nav')
      .getByRole('link', { name: 'Deployment Checklist' });
    await sidebarLink.focus();
    await page.keyboard.press('/');
    await search(page, 'rollback');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect
      .poll(() => activeElement(page))
      .toMatchObject({ tag: 'A', text: 'Deployment Checklist' });

    // Esc closes at once, even with text in the field.
    const button = page.locator('header').getByRole('button', { name: 'Search', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => field(page).inputValue(), { message: 'the last query stays' })
      .toBe('rollback');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect
      .poll(() => activeElement(page))
      .toMatchObject({
        tag: 'BUTTON',
        text: expect.stringMatching(/^Search/),
      });

    // The Close button, and a click outside the dialog, close it too.
    await page.keyboard.press('/');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => isOpen(page)).toBe(false);
    await page.keyboard.press('Control+k');
    await page.mouse.click(5, 700);
    await expect.poll(() => isOpen(page)).toBe(false);
    await context.close();
  });

  it('is a labelled modal dialog that keeps focus inside', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/guide/'));
    await page.keyboard.press('/');
    const modal = page.getByRole('dialog', { name: 'Search the guide' });
    await expect.poll(() => modal.getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => modal.evaluate((element) => element.matches(':modal'))).toBe(true);
    await search(page, 'release');
    const outside: string[] = [];
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body || !!active.closest('[data-search-dialog]');
      });
      if (!inside) outside.push(JSON.stringify(await activeElement(page)));
    }
    expect(outside, 'nothing behind the dialog takes focus').toEqual([]);
    await context.close();
  });
});

describe('accessibility with the dialog open (axe-core, WCAG 2.2 A/AA)', () => {
  for (const [colorScheme, viewport] of [
    ['light', { width: 1280, height: 800 }],
    ['dark', { width: 1280, height: 800 }],
    ['light', { width: 375, height: 740 }],
  ] as const) {
    it(`finds no violations in the ${colorScheme} theme at ${viewport.width} px`, async () => {
      const { context, page } = await openPage({ colorScheme, viewport, bypassCSP: true });
      await page.goto(url('/guide/'));
      await page.keyboard.press('/');
      await search(page, 'release');
      await page.keyboard.press('ArrowDown');
      const report = await axeViolations(page);
      await search(page, 'kubernetes');
      report.push(...(await axeViolations(page)));
      await context.close();
      expect(report).toEqual([]);
    });
  }
});

describe('not-found page', () => {
  it('offers a search for the words of the missing address', async () => {
    const { context, page, problems } = await openPage();
    const response = await page.goto(url('/guide/smoke-tests/'));
    expect(response?.status()).toBe(404);
    const form = page.locator('[data-not-found-search]');
    const notFoundField = form.getByRole('searchbox', { name: 'Search the guide for the page' });
    await expect.poll(() => notFoundField.inputValue()).toBe('smoke tests');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await expect.poll(() => field(page).inputValue()).toBe('smoke tests');
    await answered(page, 'smoke tests');
    await expect
      .poll(() => resultTitles(page))
      .toEqual(expect.arrayContaining(['Pre-release requirements', 'Deployment Checklist']));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('hides the search form without JavaScript, where it could not work', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url('/guide/smoke-tests/'));
    await expect.poll(() => page.locator('[data-not-found-search]').isVisible()).toBe(false);
    await expect
      .poll(() =>
        page.locator('header').getByRole('button', { name: 'Search', exact: true }).isVisible(),
      )
      .toBe(false);
    await context.close();
  });
});

describe('under a sub-path', () => {
  it('loads the index from the sub-path and links results into it', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(url('/guide/', subPathSiteUrl), { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await search(page, 'rollback');
    await expect
      .poll(async () => (await resultTitles(page))[0])
      .toBe('Rollback & Incident Playbook');
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${SUB_PATH}`));
    await page.keyboard.press('ArrowDown');
    await Promise.all([
      page.waitForURL(url('/playbook/rollback/', subPathSiteUrl)),
      page.keyboard.press('Enter'),
    ]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rollback & Incident Playbook');

    await page.goto(url('/playbook/roll-back-steps/', subPathSiteUrl));
    await expect
      .poll(() => page.locator('[data-not-found-search] input').inputValue())
      .toBe('roll back steps');
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('in `npm run dev`', () => {
  let dev: ChildProcess | undefined;
  let devUrl = '';
  let devOutput = '';

  beforeAll(async () => {
    const port = await freePort();
    // The dev server reads the index of the last build from its output folder: here, the e2e build's.
    dev = spawn(
      process.execPath,
      [
        `${PROJECT_ROOT}/node_modules/astro/astro.js`,
        'dev',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--outDir',
        siteDir,
      ],
      {
        cwd: PROJECT_ROOT,
        env: astroEnvironment('/'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    dev.stdout?.on('data', (chunk) => (devOutput += chunk));
    dev.stderr?.on('data', (chunk) => (devOutput += chunk));
    devUrl = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (dev.exitCode !== null) throw new Error(`astro dev exited:\n${devOutput}`);
      const ready = await fetch(devUrl).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`astro dev did not start:\n${devOutput}`);
  }, 120_000);

  afterAll(() => {
    dev?.kill();
  });

  it('searches the last build’s index, and says that `npm run build` makes it when there is none', async () => {
    const { context, page } = await openPage();
    await page.goto(new URL('guide/', devUrl).href);
    await page.keyboard.press('/');
    await search(page, 'rollback');
    await expect
      .poll(async () => (await resultTitles(page))[0])
      .toBe('Rollback & Incident Playbook');
    await context.close();

    const withoutIndex = await openPage();
    await withoutIndex.page.route('**/pagefind/**', (route) =>
      route.fulfill({ status: 404, body: 'No search index yet' }),
    );
    await withoutIndex.page.goto(new URL('guide/', devUrl).href);
    await withoutIndex.page.keyboard.press('/');
    await withoutIndex.page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('npm run build'),
    );
    await expect
      .poll(() => withoutIndex.page.locator('[data-search-status]').textContent())
      .toMatch(/the index is made by `npm run build`/);
    await withoutIndex.context.close();
  }, 90_000);
});

describe('words people use under stress', () => {
  const session = useSearchOnGuide();

  it.each(['roll back', 'revert', 'outage', 'postmortem', 'incident', 'hotfix'])(
    'finds the playbook for "%s"',
    async (word) => {
      await expect(search(session.page, word)).resolves.toMatch(/^\d+ results? for /);
      await expect.poll(() => resultTitles(session.page)).toContain('Rollback & Incident Playbook');
      await expect
        .poll(() => session.page.locator('[data-search-fallback]').isVisible(), {
          message: 'the fallback link is for no results only',
        })
        .toBe(false);
    },
  );

  it.each(['roll back', 'hotfix', 'outage'])(
    'shows no list of synonyms in any excerpt for "%s": they find the page, the excerpt is its text',
    async (word) => {
      const playbook = builtPages.find((page) => page.route === '/playbook/rollback/')!;
      const synonyms: string[] = (await loadDocument(playbook.file))
        .querySelector('article')!
        .getAttribute('data-search-synonyms')!
        .split(', ');
      expect(synonyms.length, 'the playbook has synonyms').toBeGreaterThan(2);
      // Two synonyms in a row, as the list reads ("roll back, revert"): never a sentence of a page.
      const pairs = synonyms.slice(1).map((synonym, index) => `${synonyms[index]}, ${synonym}`);
      await search(session.page, word);
      await expect.poll(() => resultTitles(session.page)).toContain('Rollback & Incident Playbook');
      const excerpts = await session.page
        .locator('.search-result-excerpt, .search-heading-excerpt')
        .allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      expect(excerpts.filter((text) => pairs.some((pair) => text.includes(pair)))).toEqual([]);
      const playbookExcerpt = await session.page
        .locator('.search-result')
        .filter({ hasText: 'Rollback & Incident Playbook' })
        .locator('.search-result-excerpt')
        .textContent();
      expect(playbookExcerpt, 'the playbook’s excerpt is what the page says').toMatch(
        /deployment fails|incident response|Rollback/,
      );
    },
  );

  it.each([
    ['who signs off staging', 'Deployment Checklist'],
    ['how do I roll back', 'Rollback & Incident Playbook'],
    ['What is the release notes template?', 'Release Notes Template'],
  ])(
    'finds the page for the question "%s": words like "who" and "the" do not fail a query',
    async (question, title) => {
      await expect(search(session.page, question)).resolves.toMatch(/^\d+ results? for /);
      await expect.poll(() => resultTitles(session.page)).toContain(title);
    },
  );

  it('does not show the synonyms on the session.page itself', async () => {
    const other = await openPage();
    await other.page.goto(url('/playbook/rollback/'));
    await expect
      .poll(() => other.page.locator('article').innerText())
      .not.toMatch(/postmortem|outage|hotfix/i);
    await other.context.close();
  });

  it('offers the playbook when nothing is found, and it opens', async () => {
    await expect(search(session.page, 'kubernetes')).resolves.toBe('No results for “kubernetes”');
    const offer = session.page.locator('[data-search-fallback]');
    await expect.poll(() => offer.isVisible()).toBe(true);
    await expect
      .poll(() => offer.innerText())
      .toBe('In an incident? Open the Rollback & Incident Playbook.');
    const link = offer.getByRole('link', { name: 'Rollback & Incident Playbook' });
    await expect.poll(() => link.getAttribute('href')).toBe('/playbook/rollback/');
    // axe checks this state in light and dark above ("kubernetes" in the accessibility block).
    await link.click();
    await session.page.waitForURL(url('/playbook/rollback/'));
  });
});
