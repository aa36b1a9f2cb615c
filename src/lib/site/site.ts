/** Site-wide names, kept in one place. */
export const SITE_NAME = 'OctoAcme Release Guide';

/** The full `<title>` of a page: the page's own title first, as screen readers and tabs show it. */
export function documentTitle(pageTitle: string): string {
  return pageTitle === SITE_NAME ? SITE_NAME : `${pageTitle} · ${SITE_NAME}`;
}

/** The tool pages of the sidebar, after the content sections. */
export const TOOL_GROUPS = [
  {
    label: 'Your team',
    links: [
      { href: '/releases/', label: 'Release runs' },
      { href: '/roles/', label: 'Roles' },
    ],
  },
];
