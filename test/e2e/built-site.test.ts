// Checks on the built HTML itself: content fidelity, links and anchors, weight budgets, page metadata.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgetFor } from '../support/budgets.mjs';
import { listPages, loadDocument, pageWeight } from '../support/built-site.mjs';
import { SUB_PATH } from './global-setup.ts';

const siteDir = inject('siteDir');
const subPathSiteDir = inject('subPathSiteDir');

/** Which page publishes each section of the source guide (its `##` headings). */
const PAGE_OF_SECTION: Record<string, string> = {
  '': '/',
  Purpose: '/guide/',
  'Release Types': '/guide/',
  'Pre-release requirements': '/guide/pre-release/',
  'Deployment Checklist': '/guide/deployment/',
  'Rollback & Incident Playbook': '/playbook/rollback/',
  'Release Notes Template': '/templates/release-notes/',
};

/** The text a source line must show on its page: Markdown markers stripped, nothing else changed. */
function publishedText(line: string): string {
  return line
    .trim()
    .replace(/^#+\s+/, '')
    .replace(/^- \[[ x]\]\s+/, '')
    .replace(/^-\s+/, '')
    .replace(/^_(.*)_$/, '$1');
}

/** The own text of every element of a page's article (nested lists and heading anchors left out). */
function articleTexts(document: Document): Set<string> {
  const article = document.querySelector('article');
  if (!article) return new Set();
  const texts = new Set<string>();
  for (const element of article.querySelectorAll('*')) {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('ul, ol, .heading-anchor').forEach((nested) => nested.remove());
    texts.add((copy.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return texts;
}

describe('content fidelity', () => {
  it('publishes every line of the source guide, word for word, on its page', async () => {
    const source = await readFile(new URL('../fixtures/seed-guide.md', import.meta.url), 'utf8');
    const pages = new Map((await listPages(siteDir)).map((page) => [page.route, page.file]));
    const textsByRoute = new Map<string, Set<string>>();
    let section = '';
    const missing: string[] = [];
    let checked = 0;
    for (const line of source.split('\n')) {
      if (line.trim() === '') continue;
      if (line.startsWith('## ')) section = publishedText(line);
      const route = PAGE_OF_SECTION[section];
      expect(route, `no page is mapped for the source section "${section}"`).toBeDefined();
      if (!textsByRoute.has(route!)) {
        const file = pages.get(route!);
        expect(file, `the page ${route} was not built`).toBeDefined();
        textsByRoute.set(route!, articleTexts(await loadDocument(file!)));
      }
      checked += 1;
      if (!textsByRoute.get(route!)!.has(publishedText(line))) missing.push(`${route}: ${line}`);
    }
    expect(checked).toBeGreaterThan(30);
    expect(missing, 'source lines missing or altered on their page').toEqual([]);
  });
});

/** Every internal link and asset reference of a build resolves, and every `#fragment` exists. */
async function brokenReferences(distDir: string, base: string) {
  const pages = await listPages(distDir);
  const idsByRoute = new Map<string, Set<string>>();
  const documents = new Map<string, Document>();
  for (const page of pages) {
    const document = await loadDocument(page.file);
    documents.set(page.route, document);
    idsByRoute.set(
      page.route,
      new Set([...document.querySelectorAll('[id]')].map((element) => element.id)),
    );
  }
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const document = documents.get(page.route)!;
    const references = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((element) =>
        element.getAttribute('href')!,
      ),
      ...[...document.querySelectorAll('script[src], img[src]')].map((element) =>
        element.getAttribute('src')!,
      ),
    ];
    for (const reference of references) {
      if (/^[a-z]+:/i.test(reference)) continue; // external or mailto: not ours to check
      checked += 1;
      const url = new URL(reference, `http://site${base}${page.route.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.route}: ${reference} leaves the base path ${base}`);
        continue;
      }
      const path = `/${url.pathname.slice(base.length)}`;
      const targetIds = idsByRoute.get(path);
      if (targetIds) {
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !targetIds.has(fragment))
          broken.push(`${page.route}: ${reference} (no #${fragment})`);
        continue;
      }
      try {
        await readFile(join(distDir, path));
      } catch {
        broken.push(`${page.route}: ${reference} (no such file)`);
      }
    }
  }
  return { broken, checked };
}

describe('links', () => {
  it('has no broken internal link or anchor at the domain root', async () => {
    const { broken, checked } = await brokenReferences(siteDir, '/');
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('has no broken internal link or anchor under a sub-path, and no link escapes it', async () => {
    const { broken, checked } = await brokenReferences(subPathSiteDir, SUB_PATH);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});

describe('page weight (gzip, first visit)', async () => {
  const pages = await listPages(siteDir);
  it.each(pages.map((page) => [page.route, page.file]))(
    '%s stays within its budget',
    async (route, file) => {
      const weight = await pageWeight(siteDir, '/', file);
      const budget = budgetFor(route);
      expect(weight.html, 'HTML bytes').toBeLessThanOrEqual(budget.html);
      expect(weight.css, 'CSS bytes').toBeLessThanOrEqual(budget.css);
      expect(
        weight.js,
        `JavaScript bytes (${weight.jsFiles.join(', ') || 'inline only'})`,
      ).toBeLessThanOrEqual(budget.js);
      if (budget === budgetFor('/')) {
        expect(weight.islands, 'a reading page has no islands').toBe(0);
        expect(weight.loadsReact, 'a reading page loads no React').toBe(false);
      }
    },
  );
});

describe('page metadata', () => {
  it('gives every page a language, a unique title and a description', async () => {
    const titles = new Set<string>();
    for (const page of await listPages(siteDir)) {
      const document = await loadDocument(page.file);
      expect(document.documentElement.lang, page.route).toBe('en');
      const title = document.title;
      expect(title.length, `${page.route} title`).toBeGreaterThan(5);
      expect(titles.has(title), `${page.route} repeats the title "${title}"`).toBe(false);
      titles.add(title);
      const description =
        document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, `${page.route} description`).toBeGreaterThan(20);
    }
  });

  it('puts the theme script before the stylesheet, so the first paint has the right theme', async () => {
    for (const page of await listPages(siteDir)) {
      const html = await readFile(page.file, 'utf8');
      const themeScript = html.indexOf('octoacme-rg:theme');
      expect(themeScript, page.route).toBeGreaterThan(0);
      expect(themeScript, page.route).toBeLessThan(html.indexOf('rel="stylesheet"'));
    }
  });

  it('sends a Content-Security-Policy without unsafe-inline scripts on every page', async () => {
    for (const page of await listPages(siteDir)) {
      const document = await loadDocument(page.file);
      const policy =
        document
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '';
      expect(policy, page.route).toMatch(/script-src 'self'/);
      expect(policy, page.route).not.toMatch(/unsafe-inline/);
      expect(policy, page.route).toMatch(/default-src 'self'/);
    }
  });
});
