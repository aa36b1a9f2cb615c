/** The sidebar and the previous/next links, from each page's section and order, so that adding a page needs no list to edit. */
import { SECTIONS, type SectionId } from '../content/sections.ts';

/**
 * The site's navigation: reading order, previous/next links and the sidebar. The sidebar must
 * stay light with a thousand pages: a folder of pages is listed in full only where the reader
 * is (or when it is small); elsewhere it is one link to its first page, with its page count.
 */

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
  kind: 'page';
  href: string;
  label: string;
  current: boolean;
}

/** A folder shown as one link to its first page: it is neither small nor where the reader is. */
export interface NavFolderLink {
  kind: 'folder';
  href: string;
  label: string;
  pageCount: number;
}

export interface NavGroup {
  kind: 'group';
  label: string;
  /** Open on load: it holds the current page, or it is small enough to show in full. */
  open: boolean;
  items: NavItem[];
}

export type NavItem = NavLink | NavFolderLink | NavGroup;

/** A group of at most this many pages is always shown open, in full (the real guide's sections). */
export const SMALL_GROUP = 12;

/** The route of a content page: `guide/index` → `/guide/`, `index` → `/`. */
export function docRoute(id: string): string {
  const path = id.replace(/(^|\/)index$/, '');
  return path === '' ? '/' : `/${path}/`;
}

/** Pages in reading order: by section, then by `order`, then by title. Pages without a section are not listed. */
export function readingOrder<T extends NavPage>(pages: readonly T[]): T[] {
  const sectionRank = (page: NavPage) =>
    SECTIONS.findIndex((section) => section.id === page.section);
  return pages
    .filter((page) => page.section !== undefined)
    .sort(
      (a, b) =>
        sectionRank(a) - sectionRank(b) || a.order - b.order || a.title.localeCompare(b.title),
    );
}

/** Pages that are not content (tools such as /releases/), listed after the sections. */
export interface ExtraGroup {
  label: string;
  links: { href: string; label: string }[];
}

/** A folder of pages, by the page ids' folders below their section's own folder. */
interface Folder {
  name: string;
  /** The folder's `index` page, whose title names the folder. */
  indexPage: NavPage | undefined;
  /** Pages and sub-folders, in reading order of their first page. */
  entries: (NavPage | Folder)[];
  pageCount: number;
}

const isFolder = (entry: NavPage | Folder): entry is Folder => 'entries' in entry;

const routeSegments = (page: NavPage) => docRoute(page.id).split('/').filter(Boolean);

/** Every folder that holds a page, by its route segments joined: `guide/area-02`. */
function folderKeys(pages: readonly NavPage[]): Set<string> {
  return new Set(
    pages.flatMap((page) =>
      routeSegments(page)
        .slice(0, -1)
        .map((_, index, all) => all.slice(0, index + 1).join('/')),
    ),
  );
}

/**
 * Where a page goes below its section: `guide/area-02/topic-01` in `guide` → folders `['area-02']`.
 * A page whose route is a folder's (`guide/area-02/index.mdx`, whose id may be `guide/area-02`) is
 * that folder's own page, and names it.
 */
function placement(page: NavPage, folders: Set<string>): { folders: string[]; isIndex: boolean } {
  const segments = routeSegments(page);
  const isIndex = folders.has(segments.join('/'));
  const path = isIndex ? segments : segments.slice(0, -1);
  return { folders: path[0] === page.section ? path.slice(1) : path, isIndex };
}

function folderTree(name: string, pages: readonly NavPage[]): Folder {
  const root: Folder = { name, indexPage: undefined, entries: [], pageCount: 0 };
  const folders = folderKeys(pages);
  for (const page of pages) {
    const { folders: path, isIndex } = placement(page, folders);
    let folder = root;
    folder.pageCount += 1;
    for (const segment of path) {
      let child = folder.entries.find(
        (entry): entry is Folder => isFolder(entry) && entry.name === segment,
      );
      if (!child) {
        child = { name: segment, indexPage: undefined, entries: [], pageCount: 0 };
        folder.entries.push(child);
      }
      child.pageCount += 1;
      folder = child;
    }
    if (folder !== root && isIndex) folder.indexPage = page;
    folder.entries.push(page);
  }
  return root;
}

const pageLabel = (page: NavPage) => page.sidebarLabel ?? page.title;
const folderLabel = (folder: Folder) =>
  folder.indexPage
    ? pageLabel(folder.indexPage)
    : folder.name.replace(/[-_]+/g, ' ').replace(/^\w/, (letter) => letter.toUpperCase());

function firstPage(folder: Folder): NavPage {
  const first = folder.entries[0]!;
  return isFolder(first) ? firstPage(first) : first;
}

function holds(folder: Folder, route: string): boolean {
  return folder.entries.some((entry) =>
    isFolder(entry) ? holds(entry, route) : docRoute(entry.id) === route,
  );
}

function navItems(folder: Folder, route: string): NavItem[] {
  return folder.entries.map((entry): NavItem => {
    if (!isFolder(entry))
      return {
        kind: 'page',
        href: docRoute(entry.id),
        label: pageLabel(entry),
        current: docRoute(entry.id) === route,
      };
    const open = holds(entry, route);
    if (!open && entry.pageCount > SMALL_GROUP) {
      return {
        kind: 'folder',
        href: docRoute(firstPage(entry).id),
        label: folderLabel(entry),
        pageCount: entry.pageCount,
      };
    }
    return { kind: 'group', label: folderLabel(entry), open: true, items: navItems(entry, route) };
  });
}

/**
 * The sidebar: one group per section that has pages, then the extra groups, with the current page
 * marked. A section is open when it holds the current page or is small; a folder inside a section
 * is listed in full when it holds the current page or is small, and is otherwise one link.
 */
export function buildSidebar(
  pages: readonly NavPage[],
  currentRoute: string,
  extraGroups: readonly ExtraGroup[] = [],
): NavGroup[] {
  const ordered = readingOrder(pages);
  const sections = SECTIONS.map((section) =>
    folderTree(
      section.label,
      ordered.filter((page) => page.section === section.id),
    ),
  )
    .filter((section) => section.pageCount > 0)
    .map((section): NavGroup => ({
      kind: 'group',
      label: section.name,
      open: section.pageCount <= SMALL_GROUP || holds(section, currentRoute),
      items: navItems(section, currentRoute),
    }));
  const extras = extraGroups.map((group): NavGroup => ({
    kind: 'group',
    label: group.label,
    open: true,
    items: group.links.map((link) => ({
      kind: 'page',
      ...link,
      current: link.href === currentRoute,
    })),
  }));
  return [...sections, ...extras];
}

/** The previous and next pages in reading order, for the links at the foot of a page. */
export function prevNext(pages: readonly NavPage[], currentRoute: string) {
  const ordered = readingOrder(pages);
  const index = ordered.findIndex((page) => docRoute(page.id) === currentRoute);
  if (index === -1) return { prev: undefined, next: undefined };
  const link = (page: NavPage | undefined) =>
    page && { href: docRoute(page.id), label: pageLabel(page) };
  return { prev: link(ordered[index - 1]), next: link(ordered[index + 1]) };
}
