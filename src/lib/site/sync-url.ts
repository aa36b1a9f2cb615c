/**
 * Team mode is chosen at build time: `SYNC_URL` names the team's sync server. This module checks
 * the setting, so that a typo fails the build with a clear message instead of a page that cannot
 * connect, and names the one origin the Content-Security-Policy must let pages connect to.
 */

/** The sync server's URL without a trailing slash, or undefined for a local-only build. */
export function parseSyncUrl(raw: string | undefined): string | undefined {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(
      `SYNC_URL "${raw}" is not a URL: give the sync server's address, such as wss://sync.example.com`,
    );
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new Error(
      `SYNC_URL "${raw}" must start with wss:// (or ws:// on a trusted network), not ${url.protocol}//`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(
      `SYNC_URL "${raw}" may not carry a user, a password, a query or a fragment: tokens are given in the page`,
    );
  }
  return url.href.replace(/\/$/, '');
}

/**
 * What `connect-src` allows: the site itself, the sync server's origin in a team build, and the
 * identity provider's origin in a build that signs in with it (discovery and the token endpoint).
 */
export function connectSources(
  syncUrl: string | undefined,
  issuer?: string,
): `connect-src ${string}` {
  if (!syncUrl) return "connect-src 'self'";
  const sources = `connect-src 'self' ${new URL(syncUrl).origin}` as const;
  return issuer ? `${sources} ${new URL(issuer).origin}` : sources;
}
