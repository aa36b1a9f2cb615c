// The reading site in a real Chromium: accessibility, JavaScript off, theme, mobile menu, keyboard, print.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.mjs';
import { listPages } from '../support/built-site.mjs';
import { recordProblems, useChromium } from '../support/browser-session.ts';

const siteUrl = inject('siteUrl');
const subPathSiteUrl = inject('subPathSiteUrl');
const routes = (await listPages(inject('siteDir'))).map((page) => page.route);
const url = (route: string) => new URL(route.slice(1), siteUrl).href;

const browser = useChromium();

/** A fresh page that records console errors and failed requests. */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser().newContext({ bypassCSP: false, ...options });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  recordProblems(page, problems);
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('/does-not-exist'))
      problems.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations on any page in the ${colorScheme} theme`, async () => {
      const { context, page } = await openPage({ colorScheme, bypassCSP: true });
      const report: string[] = [];
      for (const route of routes) {
        await page.goto(url(route));
        report.push(...(await axeViolations(page)).map((violation) => `${route} ${violation}`));
      }
      await context.close();
      expect(report).toEqual([]);
    });
  }

  it('finds no violations on a narrow screen with the menu open', async () => {
    const { context, page } = await openPage({
      viewport: { width: 375, height: 740 },
      bypassCSP: true,
    });
    await page.goto(url('/guide/deployment/'));
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('loading', () => {
  it('loads every page without console errors, CSP violations or failed requests', async () => {
    const { context, page, problems } = await openPage();
    for (const route of routes) await page.goto(url(route), { waitUntil: 'networkidle' });
    await context.close();
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with the not-found page and status 404', async () => {
    const { context, page } = await openPage();
    const response = await page.goto(url('/does-not-exist/'));
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.title()).toMatch(/^Page not found/);
    await context.close();
  });

  it('works under a sub-path: pages, styles and links all resolve', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(subPathSiteUrl, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: /Incident\? Open the rollback playbook/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rollback & Incident Playbook');
    expect(new URL(page.url()).pathname).toBe('/release-guide/playbook/rollback/');
    const borderStyle = await page
      .locator('.site-header')
      .evaluate((header) => getComputedStyle(header).position);
    expect(borderStyle, 'the stylesheet loaded').toBe('sticky');
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('with JavaScript off', () => {
  it('reads every page in full, with the navigation visible, even on a narrow screen', async () => {
    const withJs = await openPage();
    const withoutJs = await openPage({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    });
    for (const route of routes) {
      await withJs.page.goto(url(route));
      await withoutJs.page.goto(url(route));
      // The article's content, leaving out the controls that only work with JavaScript.
      const articleText = (page: Page) =>
        page.locator('article').evaluate((article) => {
          const copy = article.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.needs-js, noscript').forEach((element) => element.remove());
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        });
      await expect.poll(() => articleText(withoutJs.page)).toBe(await articleText(withJs.page));
      const hiddenControls = await withoutJs.page
        .locator('article .needs-js')
        .evaluateAll(
          (elements) =>
            elements.filter((element) => (element as HTMLElement).offsetParent !== null).length,
        );
      expect(hiddenControls, `${route}: controls that need JavaScript are hidden without it`).toBe(
        0,
      );
      await expect.poll(() => withoutJs.page.locator('#site-nav').isVisible()).toBe(true);
      await expect
        .poll(() => withoutJs.page.getByRole('button', { name: 'Menu' }).isVisible())
        .toBe(false);
    }
    await withJs.context.close();
    await withoutJs.context.close();
  });
});

describe('theme', () => {
  it('remembers the chosen theme across pages and reloads, and returns to the system theme', async () => {
    const { context, page } = await openPage({ colorScheme: 'light' });
    await page.goto(url('/guide/'));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.getByLabel('Theme').selectOption('dark');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await expect.poll(() => background()).not.toBe(lightBackground);

    await page.goto(url('/guide/deployment/'));
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await expect.poll(() => page.getByLabel('Theme').inputValue()).toBe('dark');

    await page.getByLabel('Theme').selectOption('system');
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBeUndefined();
    await expect.poll(() => background()).toBe(lightBackground);
    await context.close();
  });

  it('applies a stored theme before the first paint', async () => {
    const { context, page } = await openPage({ colorScheme: 'light' });
    await page.goto(url('/'));
    await page.evaluate(() => localStorage.setItem('octoacme-rg:theme', 'dark'));
    // Record the theme at the first point a script after the stylesheet could see it.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as Window & { themeAtParse?: string }).themeAtParse =
            document.documentElement.dataset.theme;
      });
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => (window as Window & { themeAtParse?: string }).themeAtParse))
      .toBe('dark');
    await context.close();
  });
});

describe('navigation', () => {
  it('marks the current page in the sidebar and links to the previous and next pages', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/guide/pre-release/'));
    const current = page.locator('#site-nav [aria-current="page"]');
    await expect.poll(() => current.textContent()).toContain('Pre-release requirements');
    await page.getByRole('link', { name: /Next.*Deployment Checklist/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Deployment Checklist');
    await page.getByRole('link', { name: /Previous.*Pre-release requirements/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pre-release requirements');
    await context.close();
  });

  it('offers a skip link as the first stop of the keyboard, and heading anchors', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/guide/'));
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('content');
    const anchor = page.getByRole('link', { name: 'Link to section “Release Types”' });
    await expect.poll(() => anchor.getAttribute('href')).toBe('#release-types');
    await context.close();
  });

  it('opens and closes the menu on a narrow screen, with the keyboard too', async () => {
    const { context, page } = await openPage({ viewport: { width: 375, height: 740 } });
    await page.goto(url('/guide/'));
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.locator('#site-nav');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => nav.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-controls')))
      .toBe('site-nav');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, 'no horizontal scrolling').toBeLessThanOrEqual(375);
    await context.close();
  });
});

describe('print', () => {
  it('prints the article alone, full width, with link addresses shown', async () => {
    const { context, page } = await openPage();
    await page.goto(url('/guide/'));
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '#site-nav', '.prev-next']) {
      await expect.poll(() => page.locator(chrome).isVisible(), { message: chrome }).toBe(false);
    }
    const linkSuffix = await page
      .locator('article a[href="/guide/pre-release/"]')
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(linkSuffix).toContain('/guide/pre-release/');
    await context.close();
  });
});
