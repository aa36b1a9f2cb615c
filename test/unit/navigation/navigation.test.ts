import { describe, expect, it } from 'vitest';
import { buildSidebar, docRoute, prevNext, type NavPage } from '../../../src/lib/navigation/sidebar.ts';
import { buildToc } from '../../../src/lib/navigation/table-of-contents.ts';

const pages: NavPage[] = [
  { id: 'index', title: 'Home', order: 0 },
  { id: 'templates/release-notes', title: 'Release Notes Template', section: 'templates', order: 1 },
  { id: 'guide/deployment', title: 'Deployment Checklist', section: 'guide', order: 3 },
  { id: 'guide/index', title: 'Overview', section: 'guide', order: 1 },
  { id: 'playbook/rollback', title: 'Rollback & Incident Playbook', sidebarLabel: 'Rollback playbook', section: 'playbook', order: 1 },
  { id: 'guide/pre-release', title: 'Pre-release requirements', section: 'guide', order: 2 },
];

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
    expect(sidebar.map((group) => group.label)).toEqual(['Guide', 'Playbook', 'Templates']);
    expect(sidebar[0]!.links.map((link) => link.label)).toEqual(['Overview', 'Pre-release requirements', 'Deployment Checklist']);
    expect(sidebar[1]!.links[0]).toEqual({ href: '/playbook/rollback/', label: 'Rollback playbook', current: false });
    expect(sidebar.flatMap((group) => group.links).filter((link) => link.current).map((link) => link.href)).toEqual([
      '/guide/pre-release/',
    ]);
  });

  it('adds extra groups after the sections, marking the current page there too', () => {
    const extra = [{ label: 'Your team', links: [{ href: '/releases/', label: 'Release runs' }] }];
    const sidebar = buildSidebar(pages, '/releases/', extra);
    expect(sidebar.at(-1)).toEqual({ label: 'Your team', links: [{ href: '/releases/', label: 'Release runs', current: true }] });
  });

  it('leaves out pages without a section and sections without pages', () => {
    const sidebar = buildSidebar(pages.filter((page) => page.section !== 'playbook'), '/');
    expect(sidebar.map((group) => group.label)).toEqual(['Guide', 'Templates']);
    expect(sidebar.flatMap((group) => group.links).some((link) => link.href === '/')).toBe(false);
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

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and leaves out other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'purpose', text: 'Purpose' },
      { depth: 3, slug: 'why', text: 'Why' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'release-types', text: 'Release Types' },
    ]);
    expect(toc).toEqual([
      { slug: 'purpose', text: 'Purpose', children: [{ slug: 'why', text: 'Why', children: [] }] },
      { slug: 'release-types', text: 'Release Types', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'a', text: 'A' }])).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });
});
