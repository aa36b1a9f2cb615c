import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionLabel } from '../../../src/lib/content/sections.ts';
import { arrowTarget } from '../../../src/lib/search/arrow-navigation.ts';
import { pagefindBundleFile } from '../../../src/lib/search/bundle-path.ts';
import { excerptSegments } from '../../../src/lib/search/excerpt.ts';
import { notFoundQuery } from '../../../src/lib/search/not-found-query.ts';
import {
  containsQuery,
  resultsMessage,
  shapeResult,
  withoutFallbackMatches,
  type PagefindResultData,
} from '../../../src/lib/search/results.ts';
import {
  ariaKeyShortcuts,
  isApplePlatform,
  isSearchShortcut,
  isTypingTarget,
  shortcutLabel,
  type KeyPress,
} from '../../../src/lib/search/shortcut.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('isSearchShortcut', () => {
  it.each([
    ['/ alone', press('/'), false, true],
    ['/ with Shift (layouts where / needs it)', press('/', { shiftKey: true }), false, true],
    ['Ctrl+K', press('k', { ctrlKey: true }), false, true],
    ['Ctrl+K with Caps Lock', press('K', { ctrlKey: true }), false, true],
    ['⌘K on a Mac', press('k', { metaKey: true }), true, true],
    ['Ctrl+K on a Mac', press('k', { ctrlKey: true }), true, false],
    ['⌘K off a Mac', press('k', { metaKey: true }), false, false],
    ['Ctrl+Shift+K (the browser console)', press('K', { ctrlKey: true, shiftKey: true }), false, false],
    ['Ctrl+Alt+K', press('k', { ctrlKey: true, altKey: true }), false, false],
    ['Ctrl+/', press('/', { ctrlKey: true }), false, false],
    ['Alt+/', press('/', { altKey: true }), false, false],
    ['k alone', press('k'), false, false],
    ['? (Shift+/ on US keyboards)', press('?', { shiftKey: true }), false, false],
    ['/ while composing text', press('/', { isComposing: true }), false, false],
  ])('%s', (_name, keyPress, apple, expected) => {
    expect(isSearchShortcut(keyPress, apple)).toBe(expected);
  });
});

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'INPUT', type: 'search' }, true],
    [{ tagName: 'INPUT', type: 'email' }, true],
    [{ tagName: 'INPUT', type: '' }, true],
    [{ tagName: 'input' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'radio' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'A' }, false],
    [{ tagName: 'BODY', isContentEditable: false }, false],
    [{}, false],
    [null, false],
  ])('%j → %s', (target, expected) => expect(isTypingTarget(target)).toBe(expected));
});

describe('shortcut labels', () => {
  it('shows ⌘K on Apple systems and Ctrl K elsewhere, with matching aria-keyshortcuts', () => {
    expect(isApplePlatform('macOS')).toBe(true);
    expect(isApplePlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe(true);
    expect(isApplePlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe(true);
    expect(isApplePlatform('Linux x86_64')).toBe(false);
    expect(isApplePlatform('Windows')).toBe(false);
    expect(isApplePlatform(undefined)).toBe(false);
    expect([shortcutLabel(true), ariaKeyShortcuts(true)]).toEqual(['⌘K', '/ Meta+K']);
    expect([shortcutLabel(false), ariaKeyShortcuts(false)]).toEqual(['Ctrl K', '/ Control+K']);
  });
});

describe('excerptSegments', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(excerptSegments('Deploy to staging and run <mark>smoke</mark> <mark>tests</mark> (QA Lead)')).toEqual([
      { text: 'Deploy to staging and run ', mark: false },
      { text: 'smoke', mark: true },
      { text: ' ', mark: false },
      { text: 'tests', mark: true },
      { text: ' (QA Lead)', mark: false },
    ]);
  });

  it('decodes the entities Pagefind encodes, so the text reads as written', () => {
    expect(excerptSegments('<mark>Rollback</mark> &amp; Incident &lt;b&gt; &quot;x&quot; &#39;y&#39; &#x2014; &bogus;')).toEqual([
      { text: 'Rollback', mark: true },
      { text: ' & Incident <b> "x" \'y\' — &bogus;', mark: false },
    ]);
  });

  it('drops any other tag (the runs are rendered as text, never as HTML)', () => {
    expect(excerptSegments('a <img src=x onerror=alert(1)> b')).toEqual([{ text: 'a  b', mark: false }]);
    expect(excerptSegments('<mark></mark>')).toEqual([]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('yields non-empty runs that alternate between plain and highlighted, for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<mark>', '</mark>', 'a', ' ', '&amp;', '<b>', '&#0;')).map((parts) => parts.join('')), (text) => {
        const segments = excerptSegments(text);
        expect(segments.every((segment) => segment.text !== '')).toBe(true);
        expect(segments.every((segment, index) => index === 0 || segments[index - 1]!.mark !== segment.mark)).toBe(true);
      }),
    );
  });
});

const overview: PagefindResultData = {
  url: '/guide/',
  excerpt: 'Standardize how OctoAcme <mark>releases</mark> features',
  content: 'Overview. Purpose. Standardize how OctoAcme releases features to production.',
  meta: { title: 'Overview' },
  filters: { section: ['Guide'] },
  sub_results: [
    { title: 'Overview', url: '/guide/', excerpt: 'Overview. <mark>Release</mark>' },
    { title: 'Purpose', url: '/guide/#purpose', excerpt: 'how OctoAcme <mark>releases</mark>', anchor: { element: 'h2', id: 'purpose' } },
    { title: ' Release Types ', url: '/guide/#release-types', excerpt: '<mark>Release</mark> Types', anchor: { element: 'h2', id: 'release-types' } },
    { title: 'Three', url: '/guide/#three', excerpt: 'c', anchor: { element: 'h3', id: 'three' } },
    { title: 'Four', url: '/guide/#four', excerpt: 'd', anchor: { element: 'h3', id: 'four' } },
  ],
};

describe('shapeResult', () => {
  it('gives the title, the section, the highlighted excerpt and the headings that matched', () => {
    const hit = shapeResult(overview);
    expect(hit).toMatchObject({ url: '/guide/', title: 'Overview', section: 'Guide' });
    expect(hit.excerpt).toEqual([
      { text: 'Standardize how OctoAcme ', mark: false },
      { text: 'releases', mark: true },
      { text: ' features', mark: false },
    ]);
    // The top of the page (no anchor) is the result itself; at most three headings follow.
    expect(hit.headings.map((heading) => [heading.title, heading.url])).toEqual([
      ['Purpose', '/guide/#purpose'],
      ['Release Types', '/guide/#release-types'],
      ['Three', '/guide/#three'],
    ]);
    expect(hit.headings[1]!.excerpt).toEqual([
      { text: 'Release', mark: true },
      { text: ' Types', mark: false },
    ]);
  });

  it('copes with a page without section, headings or title', () => {
    const hit = shapeResult({ url: '/', excerpt: 'the <mark>rollback</mark> playbook', meta: {} }, 2);
    expect(hit).toEqual({
      url: '/',
      title: '/',
      section: undefined,
      excerpt: [
        { text: 'the ', mark: false },
        { text: 'rollback', mark: true },
        { text: ' playbook', mark: false },
      ],
      headings: [],
    });
  });
});

describe('containsQuery and withoutFallbackMatches', () => {
  const page = 'Deploy to staging and run smoke tests (QA Lead signs off). Rollback to last known-good release. Pre-release requirements. Café';

  it.each([
    ['rollback', true],
    ['rollb', true], // a prefix while typing
    ['smoke tests', true],
    ['deploying', true], // stemming: the index stores "deploy"
    ['releases', true],
    ['cafe', true], // accents are ignored, as Pagefind does
    ['QA', true],
    ['theme', false], // Pagefind's fallback to "the"… is not a match
    ['previous', false], // …nor "pre"
    ['smoke kubernetes', false], // every word must be there
  ])('%s → %s', (query, expected) => expect(containsQuery(query, page)).toBe(expected));

  it('keeps all results when any contains the query, and none otherwise', () => {
    const results = [{ content: 'the theme' }, { content: 'other words' }];
    expect(withoutFallbackMatches('theme', results)).toEqual(results);
    expect(withoutFallbackMatches('themes', [{ content: 'the one' }, { content: 'then' }])).toEqual([]);
    expect(withoutFallbackMatches('anything', [{ content: undefined }])).toHaveLength(1);
  });
});

describe('resultsMessage', () => {
  it('counts results for the query, in a section when filtered', () => {
    expect(resultsMessage(1, ' rollback ')).toEqual({ status: '1 result for “rollback”' });
    expect(resultsMessage(4, 'release')).toEqual({ status: '4 results for “release”' });
    expect(resultsMessage(2, 'release', 'Guide')).toEqual({ status: '2 results for “release” in Guide' });
  });

  it('says plainly when nothing matched, with a hint', () => {
    expect(resultsMessage(0, 'kubernetes')).toEqual({
      status: 'No results for “kubernetes”',
      hint: 'Check the spelling, or try fewer or other words.',
    });
    expect(resultsMessage(0, 'smoke', 'Playbook')).toEqual({
      status: 'No results for “smoke” in Playbook',
      hint: 'Search all sections, or try fewer or other words.',
    });
  });
});

describe('arrowTarget', () => {
  it('moves from the field through the results and wraps around', () => {
    expect(arrowTarget(0, 'ArrowDown', 3)).toBe(1);
    expect(arrowTarget(1, 'ArrowDown', 3)).toBe(2);
    expect(arrowTarget(3, 'ArrowDown', 3)).toBe(0);
    expect(arrowTarget(1, 'ArrowUp', 3)).toBe(0);
    expect(arrowTarget(0, 'ArrowUp', 3)).toBe(3);
  });

  it('does nothing without results, outside the field and results, or for other keys', () => {
    expect(arrowTarget(0, 'ArrowDown', 0)).toBeUndefined();
    expect(arrowTarget(-1, 'ArrowDown', 3)).toBeUndefined();
    expect(arrowTarget(4, 'ArrowDown', 3)).toBeUndefined();
    expect(arrowTarget(1, 'Enter', 3)).toBeUndefined();
    expect(arrowTarget(1, 'ArrowLeft', 3)).toBeUndefined();
  });

  it('always lands on a position that exists', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), fc.constantFrom('ArrowDown', 'ArrowUp'), (count, current, key) => {
        const target = arrowTarget(current, key, count);
        if (count === 0 || current > count) {
          expect(target).toBeUndefined();
        } else {
          expect(target).toBeGreaterThanOrEqual(0);
          expect(target).toBeLessThanOrEqual(count);
          expect(target).not.toBe(current);
        }
      }),
    );
  });
});

describe('notFoundQuery', () => {
  const sectionIds = SECTIONS.map((section) => section.id);

  it.each([
    ['/guide/smoke-tests/', '/', 'smoke tests'],
    ['/playbook/roll-back/', '/', 'roll back'],
    ['/release-guide/playbook/rollback_plan/', '/release-guide/', 'rollback plan'],
    ['/Release-Notes.html', '/', 'release notes'],
    ['/guide/', '/', 'guide'], // a section alone is the word to search
    ['/docs/deploy%20checklist/index.html', '/', 'docs deploy checklist'],
    ['/incident/%E2%9C%93-r%C3%A9sum%C3%A9/', '/', 'incident résumé'],
    ['/bad%E0%A4%A/escape/', '/', 'bad e0 a4 a escape'],
    ['/', '/', ''],
    ['/a/b/c/d/e/f/g/h/i/j/', '/', 'a b c d e f g h'],
    ['/rollback/rollback/', '/', 'rollback'],
  ])('%s under %s → "%s"', (pathname, base, query) => expect(notFoundQuery(pathname, base, sectionIds)).toBe(query));
});

describe('pagefindBundleFile', () => {
  it.each([
    ['/', '/pagefind/pagefind.js', 'pagefind.js'],
    ['/', '/pagefind/fragment/en_1a2b.pf_fragment?x=1', 'fragment/en_1a2b.pf_fragment'],
    ['/release-guide/', '/release-guide/pagefind/pagefind-entry.json', 'pagefind-entry.json'],
    ['/release-guide/', '/pagefind/pagefind.js', null],
    ['/', '/guide/', null],
    ['/', '/pagefind/', null],
    ['/', '/pagefind/../../etc/passwd', null],
    ['/', '/pagefind/%2e%2e/secret', null],
    ['/', '/pagefind/a%5C..%5Csecret', null],
    ['/', '/pagefind/%E0%A4%A', null],
    ['/', undefined, null],
  ])('under %s, %s → %s', (base, url, file) => expect(pagefindBundleFile(base, url)).toBe(file));
});

describe('sectionLabel', () => {
  it('names a section, and nothing for a page outside the sections', () => {
    expect(sectionLabel('playbook')).toBe('Playbook');
    expect(sectionLabel(undefined)).toBeUndefined();
    expect(sectionLabel('blog')).toBeUndefined();
  });
});
