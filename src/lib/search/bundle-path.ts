/**
 * In `npm run dev` the search index of the last build is served at `<base>pagefind/`, so search
 * works while writing. This maps a request to a file inside the index folder, or null when the
 * request is not for the index (or tries to leave its folder).
 */
export function pagefindBundleFile(base: string, requestUrl: string | undefined): string | null {
  if (!requestUrl) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const prefix = `${base}pagefind/`;
  if (!pathname.startsWith(prefix)) return null;
  const parts = pathname.slice(prefix.length).split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\')))
    return null;
  return parts.join('/');
}
