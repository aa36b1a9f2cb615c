import { describe, expect, it } from 'vitest';
import { PRECACHE_IGNORES, PRECACHE_PATTERNS, searchIndexPattern, serviceWorkerOptions } from '../../../src/lib/offline/service-worker-options.ts';

describe('searchIndexPattern', () => {
  it('matches the search index under the base path, whatever the host', () => {
    const root = searchIndexPattern('/');
    expect(root.test('https://docs.octoacme.com/pagefind/pagefind-entry.json?ts=1')).toBe(true);
    expect(root.test('http://127.0.0.1:4321/pagefind/fragment/en_1.pf_fragment')).toBe(true);
    expect(root.test('https://docs.octoacme.com/guide/pagefind/')).toBe(false);

    const subPath = searchIndexPattern('/release-guide/');
    expect(subPath.test('https://example.com/release-guide/pagefind/pagefind.js')).toBe(true);
    expect(subPath.test('https://example.com/pagefind/pagefind.js')).toBe(false);
    expect(searchIndexPattern('/a.b/').test('https://example.com/aXb/pagefind/x')).toBe(false);
  });
});

describe('serviceWorkerOptions', () => {
  it('precaches the build and the search index, leaves unknown addresses to the server and waits for the reader to update', () => {
    const options = serviceWorkerOptions('/release-guide/');
    expect(options.globPatterns).toBe(PRECACHE_PATTERNS);
    expect(PRECACHE_PATTERNS).toEqual(expect.arrayContaining(['**/*.{html,css,js,svg,txt}', 'pagefind/pagefind.js', 'pagefind/*/*.{pf_fragment,pf_index,pf_filter}']));
    expect(PRECACHE_IGNORES).toContain('pagefind/pagefind-*ui*');
    expect(options.navigateFallback).toBeNull();
    expect(options.manifestTransforms).toEqual([]);
    expect(options.ignoreURLParametersMatching.some((pattern) => pattern.test('ts'))).toBe(true);
    expect(options.runtimeCaching[0]!.urlPattern.source).toBe(searchIndexPattern('/release-guide/').source);
    expect('skipWaiting' in options).toBe(false);
  });
});
