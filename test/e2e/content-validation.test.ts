// A writer's mistake in frontmatter fails the build with a message that names the file and the field.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build-site.mjs';
import { OUTPUT } from './global-setup.ts';

const copy = join(OUTPUT, 'broken-frontmatter');

afterAll(() => rm(copy, { recursive: true, force: true }));

it('fails the build on a broken frontmatter, naming the file and the field', async () => {
  await rm(copy, { recursive: true, force: true });
  await mkdir(copy, { recursive: true });
  for (const entry of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'src',
    'content',
    'public',
  ]) {
    await cp(join(PROJECT_ROOT, entry), join(copy, entry), { recursive: true });
  }
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
