// The template is the single source of the generator: a writer renames a label and adds a line in
// the MDX, and the built form and its export follow with no code change; a mistake fails the build.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.mjs';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { copyProject } from '../support/synthetic-guide.mjs';
import { OUTPUT } from './global-setup.ts';

const copy = join(OUTPUT, 'release-notes-template');
const TEMPLATE = 'content/docs/templates/release-notes.mdx';
let original = '';

beforeAll(async () => {
  await copyProject(copy);
  original = await readFile(join(copy, TEMPLATE), 'utf8');
});
afterAll(() => rm(copy, { recursive: true, force: true }));

it('builds the form and the export from the template’s lines', async () => {
  const edited = original
    .replace('- Known issues:', '- Known limitations:')
    .replace('- Documentation links:', '- Documentation links:\n- Support contact:');
  expect(edited).not.toBe(original);
  await writeFile(join(copy, TEMPLATE), edited);
  const dist = join(copy, 'dist');
  await buildSite({ cwd: copy, outDir: dist });

  const server = await serveStatic({ root: dist });
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
}, 180_000);

it('fails the build on a template mistake, naming the file and the problem', async () => {
  await writeFile(
    join(copy, TEMPLATE),
    original.replace('<ReleaseNotesGenerator>', '<ReleaseNotesGenerator kinds="Summary=essay">'),
  );
  const failure = await buildSite({ cwd: copy, outDir: join(copy, 'dist-broken') }).then(
    () => undefined,
    (error: Error & { output: string }) => error.output,
  );
  expect(failure, 'the build should fail').toBeDefined();
  expect(failure).toMatch(/templates\/release-notes\.mdx/);
  expect(failure).toMatch(/unknown kind "essay". Kinds: date, text, paragraph, list, links/);
}, 180_000);
