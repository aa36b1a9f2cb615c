/**
 * A stable id from an item's text: lowercase words joined by hyphens, punctuation dropped.
 * "Deploy to staging and run smoke tests (QA Lead signs off)"
 *   → "deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off"
 * Changing the wording changes the id, so only that item's saved state is left behind.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
