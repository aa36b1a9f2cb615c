/** Site-wide names, kept in one place. */
export const SITE_NAME = 'OctoAcme Release Guide';

/** The full `<title>` of a page: the page's own title first, as screen readers and tabs show it. */
export function documentTitle(pageTitle: string): string {
  return pageTitle === SITE_NAME ? SITE_NAME : `${pageTitle} · ${SITE_NAME}`;
}
