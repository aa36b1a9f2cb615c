import { stripBase } from '../site/base-path.ts';

/** A search the not-found page offers for the address that was not found. */
export interface NotFoundSearch {
  query: string;
  /** The section filter, when the path starts with a section (`/playbook/…`). */
  section: string | undefined;
}

const MAX_WORDS = 8;
// Parts of an address that are never what the reader was looking for.
const NOISE = new Set(['index', 'html', 'htm', 'php', 'aspx']);

/**
 * The words of a missing path as a search: `/release-guide/playbook/roll-back/` under the base
 * `/release-guide/` gives the query "roll back" in the Playbook section.
 */
export function notFoundSearch(
  pathname: string,
  base: string,
  sections: readonly { id: string; label: string }[],
): NotFoundSearch {
  let path = stripBase(base, pathname);
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the raw path; its words are still worth searching.
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const section = segments.length > 1 ? sections.find((candidate) => candidate.id === segments[0]?.toLowerCase()) : undefined;
  const words = (section ? segments.slice(1) : segments)
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !NOISE.has(word));
  return { query: [...new Set(words)].slice(0, MAX_WORDS).join(' '), section: section?.label };
}
