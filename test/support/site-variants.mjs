// The site variants the browser tests share (at the root, under a sub-path, a team build, a build
// with a repository, a guide of many pages): each is built once per run by the e2e global setup, in
// a copy of the project of its own, while other tests run; a test file waits for the ones it reads.
// A build writes its content cache and generated types into its project folder: builds in separate
// copies can run at once, and none of them writes into the project a type check reads.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, PROJECT_ROOT } from './build-site.mjs';
import { copyProject } from './synthetic-guide.mjs';

export const SITES_DIR = join(PROJECT_ROOT, 'test/.output/sites');
export const SUB_PATH = '/release-guide/';
/** The repository of the `repo` build (its address as `git remote -v` shows it, with `.git`). */
export const REPO_URL = 'https://github.com/octoacme/app';
/** Pages the `scale` build adds to the guide. */
export const SCALE_PAGES = 200;
/** How long a test file waits for a shared build: the builds of a whole run on a busy machine. */
export const BUILD_WAIT = 600_000;

/** The release notes template, which the template variants edit. */
export const NOTES_TEMPLATE = 'content/docs/templates/release-notes.mdx';

/**
 * How each variant is built, and which e2e files read it (`all`: every file, through the e2e setup
 * file). `team` takes the sync server's port, reserved by the global setup before the build. `edits`
 * change the copy's files first, as a writer would (each must change something); the variants with a
 * writer's mistake are built to fail, and their tests read the build's message (`buildFailure`).
 * @typedef {{ file: string, find: string | RegExp, replace: string }} Edit
 * @type {Record<string, { usedBy: 'all' | string[], edits?: Edit[], build: (context: { syncPort?: number }) => { base?: string, repoUrl?: string, env?: Record<string, string>, pages?: number } }>}
 */
export const SITE_VARIANTS = {
  root: { usedBy: 'all', build: () => ({}) },
  'sub-path': { usedBy: 'all', build: () => ({ base: SUB_PATH }) },
  team: {
    usedBy: ['team.test.ts'],
    build: ({ syncPort }) => ({ env: { SYNC_URL: `ws://127.0.0.1:${syncPort}` } }),
  },
  repo: { usedBy: ['github-handoff.test.ts'], build: () => ({ repoUrl: `${REPO_URL}.git` }) },
  scale: { usedBy: ['scale.test.ts'], build: () => ({ pages: SCALE_PAGES }) },
  'edited-template': {
    usedBy: ['release-notes-template.test.ts'],
    edits: [
      { file: NOTES_TEMPLATE, find: '- Known issues:', replace: '- Known limitations:' },
      {
        file: NOTES_TEMPLATE,
        find: '- Documentation links:',
        replace: '- Documentation links:\n- Support contact:',
      },
    ],
    build: () => ({}),
  },
  'broken-template': {
    usedBy: ['release-notes-template.test.ts'],
    edits: [
      {
        file: NOTES_TEMPLATE,
        find: '<ReleaseNotesGenerator>',
        replace: '<ReleaseNotesGenerator kinds="Summary=essay">',
      },
    ],
    build: () => ({}),
  },
  'broken-frontmatter': {
    usedBy: ['content-validation.test.ts'],
    edits: [
      {
        file: 'content/docs/guide/pre-release.mdx',
        find: /^section: guide$/m,
        replace: 'section: guides',
      },
    ],
    build: () => ({}),
  },
  'unsafe-repo': {
    usedBy: ['github-handoff.test.ts'],
    build: () => ({ repoUrl: 'javascript:alert(1)//github.com/a/b' }),
  },
};

/** Make a variant's edits in its project copy; an edit that changes nothing is a broken test. */
async function applyEdits(cwd, edits = []) {
  for (const { file, find, replace } of edits) {
    const path = join(cwd, file);
    const original = await readFile(path, 'utf8');
    const edited = original.replace(find, replace);
    if (edited === original) throw new Error(`Editing ${file} changed nothing: ${find} not found.`);
    await writeFile(path, edited);
  }
}

/** Where a variant's project copy and its build live. */
export const projectDirOf = (name) => join(SITES_DIR, name);
export const siteDirOf = (name) => join(SITES_DIR, name, 'dist');
const statusFileOf = (name) => join(SITES_DIR, `${name}.status.json`);

/** The variants that the e2e files among `files` (base names) read, in build order. */
export function variantsFor(files) {
  const e2eFiles = new Set(files);
  return Object.keys(SITE_VARIANTS).filter((name) => {
    const { usedBy } = SITE_VARIANTS[name];
    return usedBy === 'all' ? e2eFiles.size > 0 : usedBy.some((file) => e2eFiles.has(file));
  });
}

/**
 * Start building `names` in order, at most `concurrency` at once, each into its own project copy, and
 * resolve once they are under way (the outcomes of an earlier run are gone by then). Each build's
 * outcome is written next to it when it ends: the file the test workers wait for. Returns `settled`
 * (every build has ended) and `stop` (ends the builds still running, for a run that is over).
 * @param {string[]} names
 * @param {{ concurrency: number, syncPort?: number, onBuilt?: (name: string, ms: number) => void }} options
 */
export async function startSiteBuilds(names, { concurrency, syncPort, onBuilt = () => {} }) {
  const stopping = new AbortController();
  const queue = [...names];
  async function buildOne(name) {
    const { pages = 0, ...options } = SITE_VARIANTS[name].build({ syncPort });
    let status;
    try {
      const cwd = await copyProject(projectDirOf(name), { pages });
      await applyEdits(cwd, SITE_VARIANTS[name].edits);
      const ms = await buildSite({
        ...options,
        cwd,
        outDir: siteDirOf(name),
        signal: stopping.signal,
      });
      status = { ok: true, ms };
      onBuilt(name, ms);
    } catch (error) {
      status = { ok: false, output: error.output ?? String(error.stack ?? error) };
    }
    // Written whole, then renamed: a waiting worker never reads half a status.
    await writeFile(`${statusFileOf(name)}.partial`, JSON.stringify(status));
    await rename(`${statusFileOf(name)}.partial`, statusFileOf(name));
  }
  async function lane() {
    for (let name = queue.shift(); name; name = queue.shift()) await buildOne(name);
  }
  await mkdir(SITES_DIR, { recursive: true });
  await Promise.all(
    Object.keys(SITE_VARIANTS).map((name) => rm(statusFileOf(name), { force: true })),
  );
  const settled = Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return {
    settled,
    stop: async () => {
      queue.length = 0;
      stopping.abort();
      await settled;
    },
  };
}

/** How the build of `name` ended, once the run's global setup has ended it. */
async function buildStatus(name) {
  const file = statusFileOf(name);
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Resolves once the run's global setup has built `name`; rejects with the build's output if it failed. */
export async function siteReady(name) {
  const status = await buildStatus(name);
  if (!status.ok) throw new Error(`The ${name} site did not build:\n${status.output}`);
}

/** What the build of `name` printed when it failed, or undefined if it built. */
export async function buildFailure(name) {
  const status = await buildStatus(name);
  return status.ok ? undefined : status.output;
}
