import { describe, expect, it } from 'vitest';
import {
  containsQuery,
  resultsMessage,
  shapeResult,
  SYNONYMS_META,
  withoutFallbackMatches,
  type PagefindResultData,
} from '../../../src/lib/search/results.ts';

const overview: PagefindResultData = {
  url: '/guide/',
  excerpt: 'Standardize how OctoAcme <mark>releases</mark> features',
  content: 'Overview. Purpose. Standardize how OctoAcme releases features to production.',
  meta: { title: 'Overview' },
  filters: { section: ['Guide'] },
  sub_results: [
    { title: 'Overview', url: '/guide/', excerpt: 'Overview. <mark>Release</mark>' },
    {
      title: 'Purpose',
      url: '/guide/#purpose',
      excerpt: 'how OctoAcme <mark>releases</mark>',
      anchor: { element: 'h2', id: 'purpose' },
    },
    {
      title: ' Release Types ',
      url: '/guide/#release-types',
      excerpt: '<mark>Release</mark> Types',
      anchor: { element: 'h2', id: 'release-types' },
    },
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
    const hit = shapeResult(
      { url: '/', excerpt: 'the <mark>rollback</mark> playbook', meta: {} },
      2,
    );
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
  const page =
    'Deploy to staging and run smoke tests (QA Lead signs off). Rollback to last known-good release. Pre-release requirements. Café';

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
    expect(withoutFallbackMatches('themes', [{ content: 'the one' }, { content: 'then' }])).toEqual(
      [],
    );
    expect(withoutFallbackMatches('anything', [{ content: undefined }])).toHaveLength(1);
  });

  it('counts a page’s synonyms as its words: they are indexed as metadata, not as its text', () => {
    const playbook = {
      content: 'Rollback & Incident Playbook. Trigger incident response and notify on-call.',
      meta: { title: 'Rollback & Incident Playbook', [SYNONYMS_META]: 'roll back, outage, hotfix' },
    };
    expect(withoutFallbackMatches('hotfix', [playbook])).toEqual([playbook]);
    expect(withoutFallbackMatches('roll back', [playbook])).toEqual([playbook]);
    expect(withoutFallbackMatches('kubernetes', [playbook])).toEqual([]);
  });
});

describe('resultsMessage', () => {
  it('counts results for the query, in a section when filtered', () => {
    expect(resultsMessage(1, ' rollback ')).toEqual({ status: '1 result for “rollback”' });
    expect(resultsMessage(4, 'release')).toEqual({ status: '4 results for “release”' });
    expect(resultsMessage(2, 'release', 'Guide')).toEqual({
      status: '2 results for “release” in Guide',
    });
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
