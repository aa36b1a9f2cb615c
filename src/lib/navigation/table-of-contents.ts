/** A page's table of contents, from its headings, so that writers never maintain one. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** The on-page table of contents: h2 entries with their h3 children; other depths are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) toc.push(entry);
    else if (heading.depth === 3) (toc.at(-1)?.children ?? toc).push(entry);
  }
  return toc;
}
