// A Starlight site made from the same pages as ours, for `npm run bench:scale -- --starlight`: the
// question is whether our build is as fast and as lean as the documentation theme most Astro sites
// use. Starlight is installed once into a scratch folder (never into the project's dependencies) and
// reused; each measured site is a fresh folder beside that install, so that it resolves its packages.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../support/build-site.mjs';
import { syntheticPage } from '../support/synthetic-guide.mjs';

export const STARLIGHT_VERSION = '0.37.7';
const INSTALL_ROOT = join(PROJECT_ROOT, 'test/.output/starlight');
export const STARLIGHT_ASTRO = join(INSTALL_ROOT, 'node_modules/astro/astro.js');

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`)),
    );
  });
}

async function installedVersion() {
  try {
    return JSON.parse(
      await readFile(join(INSTALL_ROOT, 'node_modules/@astrojs/starlight/package.json'), 'utf8'),
    ).version;
  } catch {
    return undefined;
  }
}

/** Installs Starlight and Astro 5 from the npm registry into the scratch folder, unless they are there. */
export async function ensureStarlight() {
  if ((await installedVersion()) === STARLIGHT_VERSION && existsSync(STARLIGHT_ASTRO)) return;
  console.log(
    `Installing @astrojs/starlight@${STARLIGHT_VERSION} and astro@5 into ${INSTALL_ROOT} (once)…`,
  );
  await mkdir(INSTALL_ROOT, { recursive: true });
  await writeFile(
    join(INSTALL_ROOT, 'package.json'),
    `${JSON.stringify({ name: 'starlight-comparison', private: true, type: 'module' }, null, 2)}\n`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await run(
    npm,
    ['install', '--no-audit', '--no-fund', `@astrojs/starlight@${STARLIGHT_VERSION}`, 'astro@5'],
    INSTALL_ROOT,
  );
  if ((await installedVersion()) !== STARLIGHT_VERSION)
    throw new Error(
      `npm did not install @astrojs/starlight@${STARLIGHT_VERSION} into ${INSTALL_ROOT}`,
    );
}

/** Components of ours that writers put in MDX; for Starlight their inner Markdown stands alone. */
const OUR_COMPONENTS = ['Checklist', 'Playbook', 'ReleaseNotesGenerator'];
const COMPONENT_TAG = new RegExp(`^\\s*</?(${OUR_COMPONENTS.join('|')})\\b[^>]*>\\s*$`, 'gm');

/**
 * One of our MDX pages as a Starlight page: `title` and `description` stay, `order` becomes
 * Starlight's sidebar order, `section` (ours only) goes, and our components' tags are removed so
 * that their inner Markdown (task lists, lists) renders as plain Markdown. Fails on any other
 * component, rather than measuring a page that Starlight would render differently.
 */
export function toStarlightPage(source, name) {
  const match = source.match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error(`${name}: no frontmatter`);
  const lines = match[1].split('\n');
  if (!lines.some((line) => line.startsWith('title:')))
    throw new Error(`${name}: no title in the frontmatter (Starlight needs one)`);
  const frontmatter = lines
    .filter((line) => !line.startsWith('section:'))
    .map((line) => line.replace(/^order:\s*(\d+)\s*$/, 'sidebar:\n  order: $1'));
  const body = source.slice(match[0].length).replace(COMPONENT_TAG, '');
  const unknown = body.match(/<[A-Z][A-Za-z]*/);
  if (unknown)
    throw new Error(
      `${name}: ${unknown[0]}> is a component Starlight does not have; add it to OUR_COMPONENTS`,
    );
  return `---\n${frontmatter.join('\n')}\n---\n${body}`;
}

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'OctoAcme Release Guide' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

async function writePage(root, path, source) {
  const file = join(root, 'src/content/docs', path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, source);
}

/**
 * A Starlight site with our real pages and `pages` generated ones (the same as the scale bench
 * adds to ours), in a new folder beside the install. Resolves with its path.
 */
export async function starlightProject({ pages, prefix = 'site-' }) {
  await ensureStarlight();
  const root = await mkdtemp(join(INSTALL_ROOT, prefix));
  await writeFile(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'starlight-site', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(join(root, 'astro.config.mjs'), ASTRO_CONFIG);
  await mkdir(join(root, 'src'), { recursive: true });
  await writeFile(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  const contentDir = join(PROJECT_ROOT, 'content/docs');
  for (const path of (await readdir(contentDir, { recursive: true })).filter((entry) =>
    /\.mdx?$/.test(entry),
  )) {
    await writePage(
      root,
      path,
      toStarlightPage(await readFile(join(contentDir, path), 'utf8'), `content/docs/${path}`),
    );
  }
  for (let number = 0; number < pages; number += 1) {
    const { path, source } = syntheticPage(number);
    await writePage(root, path, toStarlightPage(source, `generated page ${number}`));
  }
  return root;
}
