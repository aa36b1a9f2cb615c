// Copies of the project to build apart from it: the e2e site variants, a writer's mistake, and a guide
// of many pages for measuring and testing the site at scale (N generated pages added to the copy's
// content). The real `content/` is never written.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site.mjs';

/** What a scratch project copies; everything else (node_modules, builds) stays behind. */
const PROJECT_FILES = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
];

/** Generated pages are grouped in folders of this many pages, under the guide section. */
export const PAGES_PER_FOLDER = 50;

const WORDS = (
  'release deploy rollback canary staging production monitor alert owner approve checklist smoke test ' +
  'incident runbook version migration database feature flag traffic latency error budget review sign ' +
  'customer notes schedule window freeze hotfix patch minor major pipeline artifact build verify'
).split(' ');

/** Deterministic words, so that two runs index the same text. */
function words(seed, count) {
  const out = [];
  let state = seed * 2654435761;
  for (let index = 0; index < count; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]);
  }
  return out.join(' ');
}

const pad = (number, width) => String(number).padStart(width, '0');

/**
 * One page of about 400 words: three headings, a list and paragraphs, as `{ path, source }`
 * relative to `content/docs/`. Page 0 of each folder is the folder's overview (`index.mdx`).
 */
export function syntheticPage(number) {
  const folder = Math.floor(number / PAGES_PER_FOLDER);
  const inFolder = number % PAGES_PER_FOLDER;
  const area = `area-${pad(folder + 1, 2)}`;
  const title =
    inFolder === 0
      ? `Area ${pad(folder + 1, 2)}`
      : `Area ${pad(folder + 1, 2)} topic ${pad(inFolder, 2)}: ${words(number, 2)}`;
  const path =
    inFolder === 0 ? `guide/${area}/index.mdx` : `guide/${area}/topic-${pad(inFolder, 2)}.mdx`;
  const paragraph = (part) => `${words(number * 7 + part, 60)}.`;
  const source = [
    '---',
    `title: "${title}"`,
    `description: Generated page ${number} of the synthetic guide, for measuring the site with many pages.`,
    'section: guide',
    `order: ${100 + number}`,
    '---',
    '',
    paragraph(1),
    '',
    `## Before the ${words(number + 1, 1)}`,
    '',
    paragraph(2),
    '',
    ...[3, 4, 5, 6, 7].map((part) => `- ${words(number * 11 + part, 8)}`),
    '',
    `## During the ${words(number + 2, 1)}`,
    '',
    paragraph(8),
    '',
    paragraph(9),
    '',
    `### After the ${words(number + 3, 1)}`,
    '',
    paragraph(10),
    '',
  ].join('\n');
  return { path, source };
}

/**
 * A copy of the project in `dir` (replacing whatever was there), with `pages` generated pages added to
 * its content. `dir` must be inside the repository, so that the copy resolves the project's
 * node_modules. A build in a copy writes its caches and generated types into the copy, never into the
 * project, so builds in separate copies can run at once.
 */
export async function copyProject(dir, { pages = 0 } = {}) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of PROJECT_FILES)
    await cp(join(PROJECT_ROOT, file), join(dir, file), { recursive: true });
  for (let number = 0; number < pages; number += 1) {
    const { path, source } = syntheticPage(number);
    await mkdir(join(dir, 'content/docs', path, '..'), { recursive: true });
    await writeFile(join(dir, 'content/docs', path), source);
  }
  return dir;
}

/**
 * A copy of the project with `pages` generated pages, in a new folder under `parent` (inside the
 * repository, so that the copy resolves the project's node_modules). Resolves with its path.
 */
export async function scratchProject({
  pages,
  parent = join(PROJECT_ROOT, 'test/.output'),
  prefix = 'scale-',
}) {
  await mkdir(parent, { recursive: true });
  return copyProject(await mkdtemp(join(parent, prefix)), { pages });
}

export async function removeScratchProject(root) {
  await rm(root, { recursive: true, force: true });
}
