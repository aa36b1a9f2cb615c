// Weight budgets, gzip bytes per page on a first visit. A test fails when a page passes one;
// `npm run bench` prints the same figures.
export const KB = 1024;

export const BUDGETS = {
  // A reading page loads the base stylesheet alone (the roles page adds its matrix and filter).
  reading: { html: 8 * KB, css: 4 * KB, js: 8 * KB },
  interactive: { html: 8 * KB, css: 10 * KB, js: 80 * KB },
};

/** Pages with interactive islands (React allowed). Every other page is a reading page. */
export const INTERACTIVE_ROUTES = new Set([
  '/guide/pre-release/',
  '/guide/deployment/',
  '/templates/release-notes/',
  '/playbook/rollback/',
  '/releases/',
]);

export function budgetFor(route) {
  return INTERACTIVE_ROUTES.has(route) ? BUDGETS.interactive : BUDGETS.reading;
}
