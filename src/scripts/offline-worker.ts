// The service worker (built into sw.js by src/integrations/service-worker.ts, from Workbox's
// modules). It precaches the shell, the runbooks and the search code; every other page and search
// index file is kept when it is visited. Offline, an address without its trailing slash finds its
// page, and a page never opened shows a page that says so, instead of the browser's error.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { OFFLINE_ROUTE, routeFile, withTrailingSlash } from '../lib/offline/precache.ts';

/** The precache list, written in by the build: `{ url, revision }`, URLs relative to sw.js. */
declare const PRECACHE_MANIFEST: { url: string; revision: string }[];

interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const PAGES_CACHE = 'pages';

// The reader chooses when a new version takes over (the update prompt sends this message).
worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
clientsClaim();
cleanupOutdatedCaches();

/** The page at `href` (a directory address), from the precache or from the pages kept on visit. */
async function keptPage(href: string): Promise<Response | undefined> {
  return (
    (await matchPrecache(`${href}index.html`)) ??
    (await (await caches.open(PAGES_CACHE)).match(href, { ignoreSearch: true }))
  );
}

// Before the precache: an address without its trailing slash goes to the network (whose host
// redirects it), and offline is redirected here to the page that is kept.
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    url.href.startsWith(scope) &&
    withTrailingSlash(url.pathname) !== undefined,
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const page = new URL(withTrailingSlash(url.pathname)!, url.origin);
      if (await keptPage(page.href)) return Response.redirect(`${page.href}${url.search}`, 301);
      throw error;
    }
  },
);

// A static site serves the same file whatever the query (`?from=chat`, Pagefind's cache-busting
// `?ts=`): the precached copy answers for any.
precacheAndRoute(PRECACHE_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanURLs: false,
});

// Any other page: the network first (a new version is seen at once), the kept copy offline.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.href.startsWith(scope),
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreSearch: true },
    plugins: [new ExpirationPlugin({ maxEntries: 2000 })],
  }),
);

// Search index files not precached are kept as they are fetched, so a search made once works offline.
registerRoute(
  ({ url }) => url.href.startsWith(`${scope}pagefind/`),
  new StaleWhileRevalidate({
    cacheName: 'search-index',
    matchOptions: { ignoreSearch: true },
    plugins: [new ExpirationPlugin({ maxEntries: 5000 })],
  }),
);

// Offline, a page never opened here: the offline page, which lists what is kept.
setCatchHandler(async ({ request }) => {
  if (request.destination !== 'document') return Response.error();
  return (await matchPrecache(new URL(routeFile(OFFLINE_ROUTE), scope).href)) ?? Response.error();
});
