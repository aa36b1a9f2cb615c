// The site with a couple of hundred generated pages (the run's scale build, made by the e2e global
// setup from a copy of the project): the sidebar lists only the reader's folder in full, pages stay
// within the HTML budget, and the service worker's precache does not grow with the pages.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_INDEX_BUDGET } from '../../src/lib/offline/precache.ts';
import { BUDGETS } from '../support/budgets.mjs';
import { listPages, loadDocument, pageWeight } from '../support/built-site.mjs';
import { precachedFiles } from '../support/service-worker-manifest.mjs';
import { BUILD_WAIT, SCALE_PAGES, siteReady } from '../support/site-variants.mjs';
import { PAGES_PER_FOLDER } from '../support/synthetic-guide.mjs';

const GENERATED_PAGES = SCALE_PAGES;
const FOLDERS = GENERATED_PAGES / PAGES_PER_FOLDER;
const siteDir = inject('scaleSiteDir');

beforeAll(() => siteReady('scale'), BUILD_WAIT);

const sidebarOf = async (route: string) =>
  (await loadDocument(join(siteDir, route, 'index.html'))).querySelector('#site-nav')!;
const sectionNamed = (nav: Element, label: string) =>
  [...nav.querySelectorAll(':scope > details')].find(
    (details) => details.querySelector('summary')?.textContent?.trim() === label,
  )!;

describe(`a guide of ${GENERATED_PAGES} more pages`, () => {
  it('opens the current page’s section and folder, and shows every other folder as one link', async () => {
    const nav = await sidebarOf('guide/area-03/topic-07/');
    const guide = sectionNamed(nav, 'Guide');
    expect(guide.hasAttribute('open')).toBe(true);
    const current = nav.querySelector('[aria-current="page"]')!;
    expect(current.getAttribute('href')).toBe('/guide/area-03/topic-07/');
    const folder = current.closest('details')!;
    expect(folder).not.toBe(guide);
    expect(folder.hasAttribute('open')).toBe(true);
    expect(folder.querySelectorAll('a')).toHaveLength(PAGES_PER_FOLDER);
    const folderLinks = [...guide.querySelectorAll(':scope > ul > li > a')].filter((link) =>
      link.textContent?.includes('pages'),
    );
    expect(folderLinks.map((link) => link.getAttribute('href'))).toEqual([
      '/guide/area-01/',
      '/guide/area-02/',
      '/guide/area-04/',
    ]);
    expect(folderLinks[0]!.textContent).toMatch(/Area 01\s+50 pages/);
    expect(nav.querySelectorAll('a').length).toBeLessThan(PAGES_PER_FOLDER + 20);
  });

  it('closes the large section on a page outside it, and keeps the small sections open', async () => {
    const nav = await sidebarOf('playbook/rollback/');
    expect(sectionNamed(nav, 'Guide').hasAttribute('open')).toBe(false);
    expect(sectionNamed(nav, 'Playbook').hasAttribute('open')).toBe(true);
    expect(sectionNamed(nav, 'Templates').hasAttribute('open')).toBe(true);
    expect(sectionNamed(nav, 'Guide').querySelectorAll('a')).toHaveLength(3 + FOLDERS);
  });

  it('keeps every page within the HTML budget, and a generated page within every budget', async () => {
    const pages = await listPages(siteDir);
    expect(pages.length).toBeGreaterThan(GENERATED_PAGES);
    const over = [];
    for (const page of pages) {
      const gzip = gzipSync(await readFile(page.file), { level: 9 }).length;
      if (gzip > BUDGETS.reading.html) over.push(`${page.route}: ${gzip} bytes`);
    }
    expect(over).toEqual([]);
    const weight = await pageWeight(
      siteDir,
      '/',
      join(siteDir, 'guide/area-04/topic-49/index.html'),
    );
    expect(weight.css).toBeLessThanOrEqual(BUDGETS.reading.css);
    expect(weight.js).toBeLessThanOrEqual(BUDGETS.reading.js);
  });

  it('precaches the same kind of files as a small guide, within 2 MB, and none of the generated pages', async () => {
    const precached = await precachedFiles(siteDir);
    expect(precached.filter((file) => file.includes('/area-'))).toEqual([]);
    expect(precached.filter((file) => file.endsWith('.html'))).toHaveLength(10);
    const bytes = (
      await Promise.all(precached.map(async (file) => (await stat(join(siteDir, file))).size))
    ).reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    const index = precached.filter((file) => /^pagefind\/(index|fragment)\//.test(file));
    const indexBytes = (
      await Promise.all(index.map(async (file) => (await stat(join(siteDir, file))).size))
    ).reduce((sum, size) => sum + size, 0);
    expect(indexBytes).toBeLessThanOrEqual(SEARCH_INDEX_BUDGET);
  });
});
