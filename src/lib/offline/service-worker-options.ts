/**
 * What the service worker keeps for offline use, as options for @vite-pwa/astro (Workbox's
 * generateSW). After one visit every page, asset and the search index is in the cache, so the
 * playbook and search work with the network off.
 */
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** Files to precache, relative to the build folder. */
export const PRECACHE_PATTERNS = [
  '**/*.{html,css,js,svg,txt}',
  // The search index that Pagefind writes to pagefind/: its script, worker, WebAssembly and index
  // chunks. Its ready-made UI bundles are not used by the site, so they are not cached.
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/*.{json,pf_meta,pagefind}',
  'pagefind/*/*.{pf_fragment,pf_index,pf_filter}',
];

export const PRECACHE_IGNORES = ['**/node_modules/**', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'];

/** Matches any file of the search index under the site's base path. */
export function searchIndexPattern(base: string): RegExp {
  return new RegExp(`^https?://[^/]+${escapeRegExp(base)}pagefind/`);
}

/**
 * Workbox options. Functions cannot be used here: Workbox writes these options into the service
 * worker's source, so the base path goes in as a regular expression.
 */
export function serviceWorkerOptions(base: string) {
  return {
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    // Pagefind asks for its entry file with a cache-busting `?ts=`: the precached copy answers.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
    // Unknown addresses must still reach the server and get its 404, not the home page.
    navigateFallback: null,
    // Keep the pages under their file names: Workbox's directory index finds guide/index.html
    // for /guide/. (The integration's default rewrite turns 404.html into 404/, which no host
    // serves, and a precache that cannot fetch a file never installs.)
    manifestTransforms: [],
    cleanupOutdatedCaches: true,
    // The first visit is served by the service worker as soon as it is ready, so files loaded
    // later by that page (island code, the search index) are cached too. An update still waits
    // for the reader's reload (registerType 'prompt').
    clientsClaim: true,
    runtimeCaching: [
      {
        // Should the index be written after the service worker was generated, search still
        // works offline once it has been used: each index file is kept as it is fetched.
        urlPattern: searchIndexPattern(base),
        handler: 'StaleWhileRevalidate' as const,
        options: {
          cacheName: 'search-index',
          expiration: { maxEntries: 200 },
          matchOptions: { ignoreSearch: true },
        },
      },
    ],
  };
}
