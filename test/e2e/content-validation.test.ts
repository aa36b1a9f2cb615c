// A writer's mistake in frontmatter fails the build with a message that names the file and the field.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.mjs';
import { copyProject } from '../support/synthetic-guide.mjs';
import { OUTPUT } from './global-setup.ts';

const copy = join(OUTPUT, 'broken-frontmatter');

afterAll(() => rm(copy, { recursive: true, force: true }));

it('fails the build on a broken frontmatter, naming the file and the field', async () => {
  await copyProject(copy);
  const page = join(copy, 'content/docs/guide/pre-release.mdx');
  const original = await readFile(page, 'utf8');
  await writeFile(page, original.replace(/^section: guide$/m, 'section: guides'));

  const failure = await buildSite({ cwd: copy, outDir: join(copy, 'dist') }).then(
    () => undefined,
    (error: Error & { output: string }) => error.output,
  );
  expect(failure, 'the build should fail').toBeDefined();
  expect(failure).toMatch(/guide\/pre-release/);
  expect(failure).toMatch(/section/);
  expect(failure).toMatch(/guide.*playbook.*templates/s);
});
