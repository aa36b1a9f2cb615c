import { describe, expect, it } from 'vitest';
import {
  precacheSelection,
  routeFile,
  RUNBOOK_ROUTES,
  SEARCH_INDEX_BUDGET,
  withTrailingSlash,
} from '../../../src/lib/offline/precache.ts';

const file = (path: string, size = 1000) => ({ path, size });

describe('precacheSelection', () => {
  const site = [
    file('index.html'),
    file('404.html'),
    file('offline/index.html'),
    file('guide/index.html'),
    file('roles/index.html'),
    ...RUNBOOK_ROUTES.map((route) => file(routeFile(route))),
    ...Array.from({ length: 1000 }, (_, number) =>
      file(`guide/area-${Math.floor(number / 50)}/topic-${number}/index.html`, 30_000),
    ),
    file('_astro/site.Ab12.css'),
    file('_astro/ChecklistIsland.Cd34.js'),
    file('favicon.svg'),
    file('robots.txt'),
    file('sw.js'),
    file('pagefind/pagefind.js'),
    file('pagefind/pagefind-worker.js'),
    file('pagefind/pagefind-entry.json'),
    file('pagefind/wasm.en.pagefind'),
    file('pagefind/pagefind.en_1.pf_meta'),
    file('pagefind/filter/en_2.pf_filter'),
    file('pagefind/pagefind-ui.js'),
    file('pagefind/pagefind-highlight.js'),
    ...Array.from({ length: 400 }, (_, number) =>
      file(`pagefind/index/en_${String(number).padStart(3, '0')}.pf_index`, 10_000),
    ),
    ...Array.from({ length: 1000 }, (_, number) =>
      file(`pagefind/fragment/en_${number}.pf_fragment`, 2_000),
    ),
  ];
  const selected = precacheSelection(site);

  it('keeps the shell, the runbooks, the assets and the search code, and no other page', () => {
    expect(selected).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'offline/index.html',
        'guide/index.html',
        'roles/index.html',
        'guide/pre-release/index.html',
        'guide/deployment/index.html',
        'playbook/rollback/index.html',
        'templates/release-notes/index.html',
        'releases/index.html',
        '_astro/site.Ab12.css',
        '_astro/ChecklistIsland.Cd34.js',
        'favicon.svg',
        'robots.txt',
        'pagefind/pagefind.js',
        'pagefind/pagefind-worker.js',
        'pagefind/pagefind-entry.json',
        'pagefind/wasm.en.pagefind',
        'pagefind/pagefind.en_1.pf_meta',
        'pagefind/filter/en_2.pf_filter',
      ]),
    );
    expect(selected.filter((path) => path.includes('/area-'))).toEqual([]);
    expect(selected).not.toContain('sw.js');
    expect(selected.filter((path) => /pagefind-(ui|highlight)/.test(path))).toEqual([]);
  });

  it('takes the search index chunks in order while they fit in the budget, and no page fragment when they do not all fit', () => {
    const chunks = selected.filter((path) => path.endsWith('.pf_index'));
    expect(chunks).toHaveLength(Math.floor(SEARCH_INDEX_BUDGET / 10_000));
    expect(chunks[0]).toBe('pagefind/index/en_000.pf_index');
    expect(selected.filter((path) => path.endsWith('.pf_fragment'))).toEqual([]);
    const bytes = site
      .filter((entry) => selected.includes(entry.path))
      .reduce((sum, entry) => sum + entry.size, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('keeps the whole index of a small guide', () => {
    const small = [
      file('index.html'),
      file('pagefind/index/en_1.pf_index', 5_000),
      file('pagefind/fragment/en_1.pf_fragment'),
      file('pagefind/fragment/en_2.pf_fragment'),
    ];
    expect(precacheSelection(small)).toEqual([
      'index.html',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/fragment/en_2.pf_fragment',
    ]);
  });
});

describe('withTrailingSlash', () => {
  it.each([
    ['/playbook/rollback', '/playbook/rollback/'],
    ['/release-guide/guide', '/release-guide/guide/'],
    ['/playbook/rollback/', undefined],
    ['/', undefined],
    ['/404.html', undefined],
    ['/pagefind/pagefind.js', undefined],
  ])('%s → %s', (pathname, expected) => expect(withTrailingSlash(pathname)).toBe(expected));
});

describe('routeFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/guide/', 'guide/index.html'],
    ['/playbook/rollback/', 'playbook/rollback/index.html'],
  ])('%s → %s', (route, expected) => expect(routeFile(route)).toBe(expected));
});
