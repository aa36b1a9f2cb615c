/** The sidebar and the previous/next links, from each page's section and order, so that adding a page needs no list to edit. */
import { SECTIONS, type SectionId } from '../content/sections.ts';

/** What the navigation needs to know about a page. */
export interface NavPage {
  /** Content id, such as `guide/pre-release` or `guide/index`. */
  id: string;
  title: string;
  sidebarLabel?: string | undefined;
  section?: SectionId | undefined;
  order: number;
}

export interface NavLink {
  href: string;
  label: string;
  current: boolean;
}

export interface NavGroup {
  label: string;
  links: NavLink[];
}

/** The route of a content page: `guide/index` → `/guide/`, `index` → `/`. */
export function docRoute(id: string): string {
  const path = id.replace(/(^|\/)index$/, '');
  return path === '' ? '/' : `/${path}/`;
}

/** Pages in reading order: by section, then by `order`, then by title. Pages without a section are not listed. */
export function readingOrder<T extends NavPage>(pages: readonly T[]): T[] {
  const sectionRank = (page: NavPage) => SECTIONS.findIndex((section) => section.id === page.section);
  return pages
    .filter((page) => page.section !== undefined)
    .sort((a, b) => sectionRank(a) - sectionRank(b) || a.order - b.order || a.title.localeCompare(b.title));
}

/** Pages that are not content (tools such as /releases/), listed after the sections. */
export interface ExtraGroup {
  label: string;
  links: { href: string; label: string }[];
}

/** The sidebar: one group per section that has pages, then the extra groups, with the current page marked. */
export function buildSidebar(pages: readonly NavPage[], currentRoute: string, extraGroups: readonly ExtraGroup[] = []): NavGroup[] {
  const ordered = readingOrder(pages);
  const sections = SECTIONS.map((section) => ({
    label: section.label,
    links: ordered
      .filter((page) => page.section === section.id)
      .map((page) => ({
        href: docRoute(page.id),
        label: page.sidebarLabel ?? page.title,
        current: docRoute(page.id) === currentRoute,
      })),
  })).filter((group) => group.links.length > 0);
  const extras = extraGroups.map((group) => ({
    label: group.label,
    links: group.links.map((link) => ({ ...link, current: link.href === currentRoute })),
  }));
  return [...sections, ...extras];
}

/** The previous and next pages in reading order, for the links at the foot of a page. */
export function prevNext(pages: readonly NavPage[], currentRoute: string) {
  const ordered = readingOrder(pages);
  const index = ordered.findIndex((page) => docRoute(page.id) === currentRoute);
  if (index === -1) return { prev: undefined, next: undefined };
  const link = (page: NavPage | undefined) =>
    page && { href: docRoute(page.id), label: page.sidebarLabel ?? page.title };
  return { prev: link(ordered[index - 1]), next: link(ordered[index + 1]) };
}
