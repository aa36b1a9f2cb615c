import { describe, expect, it } from 'vitest';
import {
  buildSidebar,
  docRoute,
  prevNext,
  SMALL_GROUP,
  type NavFolderLink,
  type NavGroup,
  type NavItem,
  type NavLink,
  type NavPage,
} from '../../../src/lib/navigation/sidebar.ts';

const pages: NavPage[] = [
  { id: 'index', title: 'Home', order: 0 },
  {
    id: 'templates/release-notes',
    title: 'Release Notes Template',
    section: 'templates',
    order: 1,
  },
  { id: 'guide/deployment', title: 'Deployment Checklist', section: 'guide', order: 3 },
  { id: 'guide/index', title: 'Overview', section: 'guide', order: 1 },
  {
    id: 'playbook/rollback',
    title: 'Rollback & Incident Playbook',
    sidebarLabel: 'Rollback playbook',
    section: 'playbook',
    order: 1,
  },
  { id: 'guide/pre-release', title: 'Pre-release requirements', section: 'guide', order: 2 },
];

/** The guide's pages and `folders` folders of `perFolder` pages each (the first one the folder's index). */
function largeGuide(folders: number, perFolder: number): NavPage[] {
  const generated = Array.from({ length: folders * perFolder }, (_, number): NavPage => {
    const folder = `area-${Math.floor(number / perFolder) + 1}`;
    const index = number % perFolder === 0;
    return {
      id: index ? `guide/${folder}/index` : `guide/${folder}/topic-${number}`,
      title: index ? `Area ${folder}` : `Topic ${number}`,
      section: 'guide',
      order: 100 + number,
    };
  });
  return [...pages, ...generated];
}

const labels = (items: NavItem[]) => items.map((item) => item.label);
const allPageLinks = (items: NavItem[]): (NavLink | NavFolderLink)[] =>
  items.flatMap((item) => (item.kind === 'group' ? allPageLinks(item.items) : [item]));
const group = (groups: NavGroup[], label: string) =>
  groups.find((candidate) => candidate.label === label)!;

describe('docRoute', () => {
  it.each([
    ['index', '/'],
    ['guide/index', '/guide/'],
    ['guide', '/guide/'],
    ['guide/pre-release', '/guide/pre-release/'],
  ])('%s → %s', (id, route) => expect(docRoute(id)).toBe(route));
});

describe('buildSidebar', () => {
  it('groups pages by section in reading order and marks the current page', () => {
    const sidebar = buildSidebar(pages, '/guide/pre-release/');
    expect(labels(sidebar)).toEqual(['Guide', 'Playbook', 'Templates']);
    expect(labels(sidebar[0]!.items)).toEqual([
      'Overview',
      'Pre-release requirements',
      'Deployment Checklist',
    ]);
    expect(sidebar[1]!.items[0]).toEqual({
      kind: 'page',
      href: '/playbook/rollback/',
      label: 'Rollback playbook',
      current: false,
    });
    expect(
      allPageLinks(sidebar)
        .filter((link) => link.kind === 'page' && link.current)
        .map((link) => link.href),
    ).toEqual(['/guide/pre-release/']);
  });

  it('shows small sections open wherever the reader is', () => {
    expect(buildSidebar(pages, '/playbook/rollback/').map((section) => section.open)).toEqual([
      true,
      true,
      true,
    ]);
    expect(buildSidebar(pages, '/').map((section) => section.open)).toEqual([true, true, true]);
  });

  it('adds extra groups after the sections, marking the current page there too', () => {
    const extra = [{ label: 'Your team', links: [{ href: '/releases/', label: 'Release runs' }] }];
    const sidebar = buildSidebar(pages, '/releases/', extra);
    expect(sidebar.at(-1)).toEqual({
      kind: 'group',
      label: 'Your team',
      open: true,
      items: [{ kind: 'page', href: '/releases/', label: 'Release runs', current: true }],
    });
  });

  it('leaves out pages without a section and sections without pages', () => {
    const sidebar = buildSidebar(
      pages.filter((page) => page.section !== 'playbook'),
      '/',
    );
    expect(labels(sidebar)).toEqual(['Guide', 'Templates']);
    expect(allPageLinks(sidebar).some((link) => link.href === '/')).toBe(false);
  });
});

describe('buildSidebar with a thousand pages', () => {
  const guide = largeGuide(20, 50);

  it('opens the current page’s folder in full and shows every other large folder as one link with its count', () => {
    const sidebar = buildSidebar(guide, '/guide/area-3/topic-110/');
    const section = group(sidebar, 'Guide');
    expect(section.open).toBe(true);
    expect(labels(section.items).slice(0, 4)).toEqual([
      'Overview',
      'Pre-release requirements',
      'Deployment Checklist',
      'Area area-1',
    ]);
    const folders = section.items.slice(3);
    expect(folders).toHaveLength(20);
    expect(folders[0]).toEqual({
      kind: 'folder',
      href: '/guide/area-1/',
      label: 'Area area-1',
      pageCount: 50,
    });
    const current = folders[2]!;
    expect(current.kind === 'group' && current.open).toBe(true);
    expect(current.kind === 'group' && current.items).toHaveLength(50);
    expect(folders.filter((folder) => folder.kind === 'group')).toHaveLength(1);
    expect(
      allPageLinks(sidebar)
        .filter((link) => link.kind === 'page' && link.current)
        .map((link) => link.href),
    ).toEqual(['/guide/area-3/topic-110/']);
    expect(allPageLinks(sidebar).length).toBeLessThan(80);
  });

  it('closes a large section the reader is not in, and keeps the small ones open', () => {
    const sidebar = buildSidebar(guide, '/playbook/rollback/');
    expect(sidebar.map((section) => [section.label, section.open])).toEqual([
      ['Guide', false],
      ['Playbook', true],
      ['Templates', true],
    ]);
    expect(group(sidebar, 'Guide').items.filter((item) => item.kind === 'folder')).toHaveLength(20);
  });

  it('names a folder after its index page whatever its id (Astro gives `guide/area-1/index.mdx` the id `guide/area-1`)', () => {
    const astroIds = guide.map((page) => ({ ...page, id: page.id.replace(/\/index$/, '') }));
    const section = group(buildSidebar(astroIds, '/guide/area-2/topic-60/'), 'Guide');
    expect(labels(section.items)).toEqual([
      'Overview',
      'Pre-release requirements',
      'Deployment Checklist',
      ...Array.from({ length: 20 }, (_, index) => `Area area-${index + 1}`),
    ]);
    const current = section.items[4]!;
    expect(current.kind === 'group' && current.items).toHaveLength(50);
    expect(current.kind === 'group' && current.items[0]).toEqual({
      kind: 'page',
      href: '/guide/area-2/',
      label: 'Area area-2',
      current: false,
    });
  });

  it('lists a small folder in full, and names a folder without an index page after its folder name', () => {
    const small: NavPage[] = [
      ...largeGuide(20, 50),
      ...Array.from({ length: SMALL_GROUP }, (_, number): NavPage => ({
        id: `guide/on-call_rotations/page-${number}`,
        title: `Rotation ${number}`,
        section: 'guide',
        order: 5000 + number,
      })),
    ];
    const folder = group(buildSidebar(small, '/'), 'Guide').items.at(-1)!;
    expect(folder.kind).toBe('group');
    expect(folder.label).toBe('On call rotations');
    expect(folder.kind === 'group' && folder.items).toHaveLength(SMALL_GROUP);
  });
});

describe('prevNext', () => {
  it('links across sections in reading order', () => {
    expect(prevNext(pages, '/guide/deployment/')).toEqual({
      prev: { href: '/guide/pre-release/', label: 'Pre-release requirements' },
      next: { href: '/playbook/rollback/', label: 'Rollback playbook' },
    });
  });

  it('has no previous link on the first page, no next link on the last, and none off the list', () => {
    expect(prevNext(pages, '/guide/').prev).toBeUndefined();
    expect(prevNext(pages, '/templates/release-notes/').next).toBeUndefined();
    expect(prevNext(pages, '/')).toEqual({ prev: undefined, next: undefined });
  });
});
