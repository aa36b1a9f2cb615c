/**
 * What the service worker keeps before it is asked: the page shell, the runbooks a release team
 * needs when the network is down, the search code and as much of the search index as fits in a
 * budget. Everything else is kept as it is visited, so the first visit stays small however many
 * pages the guide has.
 */

/** The pages to have offline from the first visit: the runbooks (checklists, playbook, template, release runs). */
export const RUNBOOK_ROUTES = [
  '/guide/pre-release/',
  '/guide/deployment/',
  '/playbook/rollback/',
  '/templates/release-notes/',
  '/releases/',
] as const;

/** The shell: the home page, the guide's overview, the roles, and the page shown offline for a page never opened. */
export const SHELL_ROUTES = ['/', '/guide/', '/roles/', '/offline/'] as const;

/** The route of the page a service worker shows, offline, for a page it does not have. */
export const OFFLINE_ROUTE = '/offline/';

/** Search index files (chunks, then page fragments) are precached within this many bytes. */
export const SEARCH_INDEX_BUDGET = 1024 * 1024;

export interface BuiltFile {
  /** Path relative to the build folder, with `/` separators. */
  path: string;
  size: number;
}

/** `/guide/` → `guide/index.html`, `/` → `index.html`. */
export function routeFile(route: string): string {
  return `${route.replace(/^\//, '')}index.html`;
}

const PAGE_FILES = new Set([...SHELL_ROUTES, ...RUNBOOK_ROUTES].map(routeFile).concat('404.html'));

/** Assets every page may load (hashed scripts and styles, the icon), and Pagefind's code and metadata. */
const ASSET = /^(_astro\/.+\.(js|css)|[^/]+\.(svg|txt))$/;
const SEARCH_CODE =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|[^/]+\.(json|pf_meta|pagefind)|filter\/[^/]+\.pf_filter)$/;
const SEARCH_CHUNK = /^pagefind\/index\/[^/]+\.pf_index$/;
const SEARCH_FRAGMENT = /^pagefind\/fragment\/[^/]+\.pf_fragment$/;

/**
 * The files to precache, in a stable order: shell pages and runbooks, assets, search code, then
 * search index chunks while they fit in the budget, and the pages' search fragments if they all fit
 * in what is left (a small guide's whole index; a large guide's fragments are kept as fetched).
 */
export function precacheSelection(files: readonly BuiltFile[]): string[] {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const chosen = sorted.filter(
    (file) => PAGE_FILES.has(file.path) || ASSET.test(file.path) || SEARCH_CODE.test(file.path),
  );
  let budget = SEARCH_INDEX_BUDGET;
  for (const chunk of sorted.filter((file) => SEARCH_CHUNK.test(file.path))) {
    if (chunk.size > budget) break;
    budget -= chunk.size;
    chosen.push(chunk);
  }
  const fragments = sorted.filter((file) => SEARCH_FRAGMENT.test(file.path));
  if (fragments.reduce((sum, file) => sum + file.size, 0) <= budget) chosen.push(...fragments);
  return chosen.map((file) => file.path);
}

/**
 * The page with a trailing slash for an address without one (`/playbook/rollback` →
 * `/playbook/rollback/`), as a host redirects it; undefined when the address has one or names a file.
 */
export function withTrailingSlash(pathname: string): string | undefined {
  if (pathname.endsWith('/')) return undefined;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.') ? undefined : `${pathname}/`;
}
