// Accessibility checks with axe-core, injected into a page (the context must bypass the page's CSP).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * WCAG 2.2 A/AA violations on the page as it is now, one readable line each.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
  }, WCAG_TAGS);
  return violations.map(
    (violation) => `${violation.id} at ${violation.targets.join(', ')}: ${violation.summary}`,
  );
}
