// Every built page, at the root and under a sub-path, is valid HTML by html-validate's standard rules
// (the configuration is .htmlvalidate.mjs at the root of the project).
import { readFile } from 'node:fs/promises';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../support/built-site.mjs';

/**
 * The one element of a built page that is not ours: Astro writes this `<style>` into the body before the
 * first island (a `<style>` belongs in the head). Only this exact element is left out of the check; any
 * other `<style>` in the body still fails it.
 */
const ASTRO_ISLAND_STYLE =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([
  ['at the root', inject('siteDir')],
  ['under a sub-path', inject('subPathSiteDir')],
])('built pages %s', async (_where, siteDir) => {
  const pages = await listPages(siteDir);

  it('are all checked', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages.map((page) => [page.route, page.file]))(
    '%s is valid HTML',
    async (_route, file) => {
      const html = (await readFile(file, 'utf8')).replace(ASTRO_ISLAND_STYLE, '');
      // The file's own path, so that the configuration is looked up from the project.
      const report = await validator.validateString(html, file);
      const problems = report.results.flatMap((result) =>
        result.messages.map(
          (message) =>
            `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
        ),
      );
      expect(problems).toEqual([]);
    },
  );
});
