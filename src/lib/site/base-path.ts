/**
 * The site can be published at a domain root or under a sub-path (for example
 * `https://example.com/release-guide/`). One setting decides it: the `BASE_PATH`
 * environment variable at build time. These helpers keep every link consistent.
 */

/** Normalise a user-supplied base path to the `/`, `/docs/` shape Astro expects. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(
      `BASE_PATH "${raw}" may only contain letters, digits, ".", "_", "~", "-" and "/".`,
    );
  }
  return `/${trimmed}/`;
}

/**
 * Prefix a root-relative path (`/guide/`) with the base (`/docs/guide/`).
 * Anything else (external URLs, `#fragments`, relative paths) is returned untouched.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base === '/' || path === base || path.startsWith(base)) return path;
  return base.replace(/\/$/, '') + path;
}

/** The route of a page without the base: `/docs/guide/` → `/guide/`. */
export function stripBase(base: string, pathname: string): string {
  if (base === '/' || !pathname.startsWith(base)) return pathname;
  return `/${pathname.slice(base.length)}`;
}
