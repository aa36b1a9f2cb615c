/** Pagefind's results shaped for the search dialog: pages with their matching sections, and the links to them. */
import { excerptSegments, type ExcerptSegment } from './excerpt.ts';

/**
 * The part of a Pagefind result's `data()` that the search dialog uses
 * (https://pagefind.app/docs/api/ and /docs/sub-results/).
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the sub-result starts at an element with an id (a heading); absent for the top of the page. */
  anchor?: { element: string; id: string; text?: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text of the page. */
  content?: string;
  meta: { title?: string; [key: string]: string | undefined };
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

/** A heading inside a result page that matched, linking to its anchor. */
export interface SearchHeadingHit {
  url: string;
  title: string;
  excerpt: ExcerptSegment[];
}

/** One page in the results, ready to render. */
export interface SearchHit {
  url: string;
  title: string;
  /** The sidebar section ("Guide", "Playbook", "Templates"); the home page has none. */
  section: string | undefined;
  excerpt: ExcerptSegment[];
  headings: SearchHeadingHit[];
}

/** Pagefind filter that carries a page's section (`data-pagefind-filter="section:Guide"`). */
export const SECTION_FILTER = 'section';

/**
 * Pagefind metadata that carries a page's synonyms (`data-pagefind-meta="synonyms:…"`). Pagefind
 * searches metadata as well as the text, but cuts excerpts from the text only: a synonym finds
 * the page and never shows in its excerpt.
 */
export const SYNONYMS_META = 'synonyms';

/** Shape a Pagefind result for the dialog: title, section, highlighted excerpt, and the headings that matched. */
export function shapeResult(data: PagefindResultData, maxHeadings = 3): SearchHit {
  const headings = (data.sub_results ?? [])
    // The sub-result without an anchor is the page itself, already shown as the result.
    .filter((sub) => sub.anchor !== undefined && sub.url !== data.url)
    .slice(0, maxHeadings)
    .map((sub) => ({
      url: sub.url,
      title: sub.title.trim(),
      excerpt: excerptSegments(sub.excerpt),
    }));
  return {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    section: data.filters?.[SECTION_FILTER]?.[0],
    excerpt: excerptSegments(data.excerpt),
    headings,
  };
}

/** What the dialog says about a search: the count (also announced to screen readers) and, for none, a hint. */
export function resultsMessage(
  count: number,
  query: string,
  section?: string,
): { status: string; hint?: string } {
  const where = section ? ` in ${section}` : '';
  const quoted = `“${query.trim()}”`;
  if (count === 0) {
    return {
      status: `No results for ${quoted}${where}`,
      hint: section
        ? 'Search all sections, or try fewer or other words.'
        : 'Check the spelling, or try fewer or other words.',
    };
  }
  return { status: `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}${where}` };
}

/** Words as both sides are compared: lower case, accents off, split on anything but letters and digits. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether a page really contains every word of the query. When no indexed word starts with a query
 * word, Pagefind falls back to the longest indexed word that the query word starts with, so "theme"
 * finds every page with "the" and "previous" every "pre-release". A query word counts as found when
 * a word of the page shares most of its beginning: prefixes while typing ("rollb" → "rollback") and
 * stemming ("deploying" → "deployment") still match, a three-letter fallback does not.
 */
export function containsQuery(query: string, content: string): boolean {
  const pageWords = new Set(words(content));
  return words(query).every((term) => {
    const needed = Math.min(term.length, Math.max(4, Math.ceil(term.length * 0.6)));
    for (const word of pageWords) if (sharedStart(term, word) >= needed) return true;
    return false;
  });
}

/** What a result was found by: its indexed text and its synonyms. */
function foundText(result: {
  content?: string | undefined;
  meta?: PagefindResultData['meta'];
}): string {
  return `${result.content} ${result.meta?.[SYNONYMS_META] ?? ''}`;
}

/**
 * Drop a fallback match (see `containsQuery`). Pagefind falls back for a query word only when no
 * page has a word starting with it, so the fallback applies to every result or to none: keep the
 * results if any of them contains the query (in its text or its synonyms), and none otherwise.
 */
export function withoutFallbackMatches<
  T extends { content?: string | undefined; meta?: PagefindResultData['meta'] },
>(query: string, results: T[]): T[] {
  return results.some(
    (result) => result.content === undefined || containsQuery(query, foundText(result)),
  )
    ? results
    : [];
}
