/** The not-found page offers a search for the words of the missing address: those words, cleaned. */
import { stripBase } from '../site/base-path.ts';

const MAX_WORDS = 8;
// Parts of an address that are never what the reader was looking for.
const NOISE = new Set(['index', 'html', 'htm', 'php', 'aspx']);

/**
 * The words of a missing address as a search query: `/release-guide/playbook/roll-back/` under
 * the base `/release-guide/` gives "roll back". A leading section (`playbook`) is left out: pages
 * move between sections, and Pagefind finds only pages that have every word.
 */
export function notFoundQuery(
  pathname: string,
  base: string,
  sectionIds: readonly string[],
): string {
  let path = stripBase(base, pathname);
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the raw path; its words are still worth searching.
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length > 1 && sectionIds.includes(segments[0]!.toLowerCase())) segments.shift();
  const words = segments
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !NOISE.has(word));
  return [...new Set(words)].slice(0, MAX_WORDS).join(' ');
}
