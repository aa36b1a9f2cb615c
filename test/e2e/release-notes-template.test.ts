// The template is the single source of the generator: a writer renames a label and adds a line in
// the MDX, and the built form and its export follow with no code change; a mistake fails the build.
// Both builds are site variants (site-variants.mjs), built in the background while other tests run.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.mjs';
import { BUILD_WAIT, buildFailure, siteDirOf, siteReady } from '../support/site-variants.mjs';
import { serveStatic } from '../support/static-server.mjs';

it(
  'builds the form and the export from the template’s lines',
  async () => {
    await siteReady('edited-template');
    const server = await serveStatic({ root: siteDirOf('edited-template') });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // A run of its own: the notes' title line names it.
      await page.addInitScript(() =>
        localStorage.setItem(
          'octoacme-rg:v1:releases',
          JSON.stringify({
            v: 1,
            data: {
              runs: [
                {
                  id: 'r1',
                  version: '3.1.0',
                  name: 'Comet',
                  type: 'minor',
                  customerFacing: true,
                  createdAt: '2026-11-20T09:30:00.000Z',
                },
              ],
              currentId: 'r1',
            },
          }),
        ),
      );
      await page.goto(new URL('templates/release-notes/', server.url).href);
      await page.waitForSelector('textarea:not([readonly])');
      const labels = await page.locator('.notes-form > .notes-field > label').allTextContents();
      expect(labels).toEqual([
        'Release name / number:',
        'Date:',
        'Summary:',
        'Notable changes:',
        'Migration steps (if any):',
        'Known limitations:',
        'Documentation links:',
        'Support contact:',
      ]);
      await page.getByLabel('Support contact:').fill('The Customer Success team');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Markdown of the release notes' }).click(),
      ]);
      const markdown = await readFile((await download.path())!, 'utf8');
      expect(markdown.match(/^##+ .*$/gm)).toEqual([
        expect.stringMatching(/^## Release 3\.1\.0 — Comet · \d{4}-\d{2}-\d{2}$/),
        '### Summary',
        '### Notable changes',
        '### Known limitations',
        '### Documentation links',
        '### Support contact',
      ]);
      expect(markdown.endsWith('### Support contact\n\nThe Customer Success team\n')).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  },
  BUILD_WAIT,
);

it(
  'fails the build on a template mistake, naming the file and the problem',
  async () => {
    const failure = await buildFailure('broken-template');
    expect(failure, 'the build should fail').toBeDefined();
    expect(failure).toMatch(/templates\/release-notes\.mdx/);
    expect(failure).toMatch(/unknown kind "essay". Kinds: date, text, paragraph, list, links/);
  },
  BUILD_WAIT,
);
