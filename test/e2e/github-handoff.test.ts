// The site built with REPO_URL: references link to pull requests, the release notes open GitHub's
// release form and a checklist GitHub's issue form, filled in with exactly what is exported, and a
// text too long for GitHub's address is offered to copy instead. The run's repo build, made by the
// e2e global setup for this file.
import { readFile } from 'node:fs/promises';
import { toString } from 'mdast-util-to-string';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { GITHUB_URL_LIMIT } from '../../src/lib/release-notes/changes/repository-links.ts';
import { axeViolations } from '../support/axe.mjs';
import { recordProblems, useChromium } from '../support/browser-session.ts';
import { parseGfm } from '../support/markdown-tree.ts';
import { startRunFromBar } from '../support/run-questions.ts';
import { BUILD_WAIT, buildFailure, REPO_URL, siteReady } from '../support/site-variants.mjs';

const siteUrl = inject('repoSiteUrl');
const browser = useChromium();

beforeAll(() => siteReady('repo'), BUILD_WAIT);

/** A page of the site that notes problems and every request that leaves the site. */
async function open(
  path: string,
  bypassCSP = false,
): Promise<{ context: BrowserContext; page: Page; problems: string[]; away: string[] }> {
  const context = await browser().newContext({
    acceptDownloads: true,
    bypassCSP,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const away: string[] = [];
  recordProblems(page, problems);
  page.on('request', (request) => {
    if (!request.url().startsWith(siteUrl)) away.push(request.url());
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  // Hydrated: Astro takes the `ssr` mark off an island once it runs.
  await page.waitForSelector('astro-island:not([ssr])');
  // The notes and the checklists belong to a release run: start the one these tests expect.
  await startRunFromBar(page);
  return { context, page, problems, away };
}

async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFile((await file.path())!, 'utf8');
}

describe('the release notes', () => {
  it('link #123 to the pull request, and open GitHub’s release form with exactly the exported Markdown', async () => {
    const { context, page, problems, away } = await open('templates/release-notes/');
    await page
      .getByLabel('Summary:', { exact: true })
      .fill('Faster sync <script>window.pwned=1</script> [x](javascript:window.pwned=2).');
    await page
      .getByLabel('Notable changes:', { exact: true })
      .fill('Fix: Keep the cursor on undo (#15)\nFeature: *Export* | notes (#14)');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect
      .poll(() =>
        preview.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      )
      .toEqual([`${REPO_URL}/pull/15`, `${REPO_URL}/pull/14`]);

    await page.getByRole('button', { name: 'Create GitHub release' }).click();
    const link = page.getByRole('link', { name: /^Open the release form on GitHub/ });
    await link.waitFor();
    const url = new URL((await link.getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO_URL}/releases/new`);
    await expect.poll(() => link.getAttribute('target')).toBe('_blank');
    await expect.poll(() => link.getAttribute('rel')).toBe('noopener');
    expect(url.searchParams.get('title')).toBe('First release 0.1.0');
    expect(url.searchParams.get('tag')).toBe('v0.1.0');
    const markdown = await download(page, /^Download Markdown of the release notes$/);
    expect(markdown).toContain(`- Fix: Keep the cursor on undo ([#15](${REPO_URL}/pull/15))`);
    // Typed text stays text: the summary reads back exactly as typed, and the only links are the references.
    const tree = parseGfm(markdown);
    const summary =
      tree.children[
        tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'Summary') +
          1
      ]!;
    expect(summary.type === 'paragraph' && summary.children.map((child) => child.type)).toEqual([
      'text',
    ]);
    expect(toString(summary)).toBe(
      'Faster sync <script>window.pwned=1</script> [x](javascript:window.pwned=2).',
    );
    expect(url.searchParams.get('body')).toBe(markdown);

    await expect
      .poll(() => page.evaluate(() => (window as { pwned?: number }).pwned))
      .toBeUndefined();
    await context.close();
    expect(problems).toEqual([]);
    expect(away).toEqual([]);
  });

  it('offers Copy instead when the notes make the address longer than GitHub accepts', async () => {
    const { context, page, problems, away } = await open('templates/release-notes/');
    await page
      .getByLabel('Summary:', { exact: true })
      .fill('Long notes, '.repeat(GITHUB_URL_LIMIT / 10));
    await page.getByRole('button', { name: 'Create GitHub release' }).click();
    await page.getByText(/more than GitHub accepts \(8,000\)/).waitFor();
    await expect
      .poll(() => page.getByRole('link', { name: /^Open the release form on GitHub/ }).count())
      .toBe(0);
    const form = new URL(
      (await page.getByRole('link', { name: /^GitHub’s form/ }).getAttribute('href'))!,
    );
    expect(form.searchParams.has('body')).toBe(false);
    expect(form.searchParams.get('tag')).toBe('v0.1.0');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied. Paste it into GitHub’s form.').waitFor();
    const markdown = await download(page, /^Download Markdown of the release notes$/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    await context.close();
    expect(problems).toEqual([]);
    expect(away).toEqual([]);
  });
});

describe('the release notes in one click', () => {
  it('opens GitHub’s release form in a new tab at once, with the run’s version in the title line, and says what still needs attention', async () => {
    const { context, page, problems, away } = await open('templates/release-notes/');
    // GitHub's answer, stood in for: nothing leaves the machine.
    await context.route(`${REPO_URL}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>New release</title>' }),
    );
    await page.getByLabel('Release name / number:', { exact: true }).fill('Spring release');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Create GitHub release' }).click(),
    ]);
    await tab.waitForURL(/^https:\/\/github\.com\//);
    const url = new URL(tab.url());
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO_URL}/releases/new`);
    expect(url.searchParams.get('tag')).toBe('v0.1.0');
    expect(url.searchParams.get('body')).toMatch(
      /^## Release 0\.1\.0 — Spring release · \d{4}-\d{2}-\d{2}\n/,
    );
    // The Summary was left empty: said here, as Copy and Download say it.
    await expect
      .poll(() => page.locator('.notes-check').textContent())
      .toBe('One field needs attention before you publish: Summary.');
    await context.close();
    expect(problems).toEqual([]);
    expect(away).toEqual([]);
  });
});

describe('a checklist', () => {
  it('opens as a GitHub issue with the exported Markdown as its body', async () => {
    const { context, page, problems, away } = await open('guide/deployment/');
    await page.getByRole('button', { name: 'Open as GitHub issue' }).click();
    const link = page.getByRole('link', { name: /^New issue: Deployment checklist · 0\.1\.0/ });
    await link.waitFor();
    const url = new URL((await link.getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO_URL}/issues/new`);
    await expect.poll(() => link.getAttribute('rel')).toBe('noopener');
    expect(url.searchParams.get('title')).toBe('Deployment checklist · 0.1.0');
    const markdown = await download(page, /^Download Markdown of the deployment checklist$/);
    // The export says when it was made, to the minute: compare all but that line.
    const withoutTime = (text: string) => text.replace(/^.*\b\d{2}:\d{2}\b.*$/gm, '');
    expect(withoutTime(url.searchParams.get('body')!)).toBe(withoutTime(markdown));
    expect(markdown).toMatch(/^- \[ \] /m);
    await context.close();
    expect(problems).toEqual([]);
    expect(away).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  it('finds no violations with the GitHub links shown, and with the notes too long for them', async () => {
    const { context, page } = await open('templates/release-notes/', true);
    await page
      .getByLabel('Notable changes:', { exact: true })
      .fill('Fix: Keep the cursor on undo (#15)');
    await page.getByRole('button', { name: 'Create GitHub release' }).click();
    await page.getByRole('link', { name: /^Open the release form on GitHub/ }).waitFor();
    const report = (await axeViolations(page)).map((violation: string) => `links: ${violation}`);
    await page
      .getByLabel('Summary:', { exact: true })
      .fill('Long notes, '.repeat(GITHUB_URL_LIMIT / 10));
    await page.getByText(/more than GitHub accepts/).waitFor();
    report.push(
      ...(await axeViolations(page)).map((violation: string) => `too long: ${violation}`),
    );
    await context.close();
    expect(report).toEqual([]);
  });
});

describe('REPO_URL', () => {
  it(
    'stops the build with a clear message when it is not an http(s) repository address',
    async () => {
      const failure = await buildFailure('unsafe-repo');
      expect(failure).toContain(
        'REPO_URL: The repository address must start with https:// or http://.',
      );
    },
    BUILD_WAIT,
  );
});
