// `npm run bench:scale -- --pages N`: the site with N generated pages (about 400 words each) in a
// scratch copy of the project, against the site as it is. Prints build time, peak memory, the
// marginal build cost per page, page HTML weight, the service worker's precache and search latency.
// With `--starlight`, also builds a Starlight site from the same pages and prints both side by side.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { astroEnvironment, PROJECT_ROOT } from '../support/build-site.mjs';
import { listPages } from '../support/built-site.mjs';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { removeScratchProject, scratchProject } from '../support/synthetic-guide.mjs';
import { precachedFiles } from '../support/service-worker-manifest.mjs';
import { STARLIGHT_ASTRO, STARLIGHT_VERSION, starlightProject } from './starlight.mjs';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
  },
});
const PAGES = Number(options.pages);
if (!Number.isInteger(PAGES) || PAGES < 1)
  throw new Error(`--pages must be a whole number above 0, not "${options.pages}"`);

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / KB / KB).toFixed(1)} MB`;
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** Resident memory of a process and all its descendants, in bytes (Linux /proc; 0 elsewhere). */
async function treeRss(rootPid) {
  let entries;
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  const children = new Map();
  const rss = new Map();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop();
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

const OUR_ASTRO = join(PROJECT_ROOT, 'node_modules/astro/astro.js');

/**
 * `astro build` in `cwd` (with the given Astro, ours or the Starlight site's), with its wall time, the peak memory of its process tree and, with
 * /usr/bin/time, its CPU time (user + system), which depends less on what else the machine runs.
 */
function measuredBuild(cwd, astro = OUR_ASTRO) {
  const started = performance.now();
  const command = [process.execPath, astro, 'build'];
  const [file, ...args] = hasTime ? [TIME, '-f', 'cpu-seconds %U %S', ...command] : command;
  const child = spawn(file, args, {
    cwd,
    env: astroEnvironment('/'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let peak = 0;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const sampler = setInterval(async () => (peak = Math.max(peak, await treeRss(child.pid))), 100);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${output}`));
      const cpu = output.match(/cpu-seconds ([\d.]+) ([\d.]+)/);
      return resolve({
        seconds: (performance.now() - started) / 1000,
        cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
        peak,
        output,
      });
    });
  });
}

async function htmlWeights(siteDir) {
  const weights = [];
  for (const page of await listPages(siteDir)) {
    weights.push({
      route: page.route,
      gzip: gzipSync(await readFile(page.file), { level: 9 }).length,
      raw: (await stat(page.file)).size,
    });
  }
  return weights.sort((a, b) => a.gzip - b.gzip);
}

/** Search in Chromium through Pagefind's API: the first search (index loading) and later ones. */
async function searchLatency(siteDir) {
  const server = await serveStatic({ root: siteDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(new URL('guide/', server.url).href);
    const script = JSON.stringify(new URL('pagefind/pagefind.js', server.url).href);
    return await page.evaluate(`(async () => {
      const pagefind = await import(${script});
      const timed = async (query) => {
        const started = performance.now();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        return { query, ms: performance.now() - started, results: search.results.length };
      };
      const first = await timed('rollback');
      const later = [];
      for (const query of ['deployment', 'smoke tests', 'canary traffic', 'release notes', 'rollback']) later.push(await timed(query));
      return { first, later };
    })()`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measure(pages) {
  const root = await scratchProject({ pages, prefix: `bench-scale-${pages}-` });
  try {
    const build = await measuredBuild(root);
    const siteDir = join(root, 'dist');
    const weights = await htmlWeights(siteDir);
    const precache = await precachedFiles(siteDir);
    const precacheBytes = (
      await Promise.all(precache.map(async (file) => (await stat(join(siteDir, file))).size))
    ).reduce((a, b) => a + b, 0);
    const search = await searchLatency(siteDir);
    return { pages, root, build, weights, precache, precacheBytes, search };
  } finally {
    if (!options.keep) await removeScratchProject(root);
  }
}

/** The Starlight site from the same pages, measured by the same code as ours. */
async function measureStarlight(pages) {
  const root = await starlightProject({ pages, prefix: `site-${pages}-` });
  try {
    const build = await measuredBuild(root, STARLIGHT_ASTRO);
    return { pages, root, build, weights: await htmlWeights(join(root, 'dist')) };
  } finally {
    if (!options.keep) await removeScratchProject(root);
  }
}

// Ours and Starlight alternate, so that a change in the machine's load falls on both alike.
const results = [];
const starlight = [];
for (const pages of [0, PAGES]) {
  results.push(await measure(pages));
  if (options.starlight) starlight.push(await measureStarlight(pages));
}
const [small, large] = results;
const marginal = ((large.build.seconds - small.build.seconds) / PAGES) * 1000;
const heaviest = (result) => result.weights.at(-1);
const medianOf = (result) => result.weights[Math.floor(result.weights.length / 2)];
console.log(`## The site with ${PAGES} generated pages\n`);
console.log(
  table(
    [
      'pages',
      'build (wall)',
      'build (CPU)',
      'peak memory',
      'page HTML gzip (median / heaviest)',
      'precache',
      'first search',
      'later searches (median)',
    ],
    results.map((result) => {
      const later = result.search.later.map((run) => run.ms).sort((a, b) => a - b);
      return [
        String(result.weights.length),
        `${result.build.seconds.toFixed(1)} s`,
        result.build.cpu === undefined ? 'n/a' : `${result.build.cpu.toFixed(1)} s`,
        mb(result.build.peak),
        `${kb(medianOf(result).gzip)} / ${kb(heaviest(result).gzip)} (${heaviest(result).route})`,
        `${result.precache.length} files, ${mb(result.precacheBytes)}`,
        `${result.search.first.ms.toFixed(0)} ms`,
        `${later[Math.floor(later.length / 2)].toFixed(0)} ms`,
      ];
    }),
  ),
);
const marginalCpu =
  large.build.cpu === undefined
    ? ''
    : `, ${(((large.build.cpu - small.build.cpu) / PAGES) * 1000).toFixed(1)} ms of CPU`;
console.log(
  `\nMarginal build cost: ${marginal.toFixed(1)} ms per page of wall time${marginalCpu} (from ${small.weights.length} to ${large.weights.length} pages).`,
);
console.log(
  'Wall times depend on what else the machine runs; compare CPU times between runs on a busy machine.\n',
);
const buildLog = (result) =>
  result.build.output
    .split('\n')
    .filter((line) =>
      /(Completed in|built in|indexed \d+ pages|search index in|service worker)/.test(line),
    )
    .map((line) => `    ${line.trim()}`)
    .join('\n');
console.log(`Build log at ${PAGES} pages:\n\n${buildLog(large)}\n`);

if (options.starlight) {
  const row = (name, result, precache) => [
    name,
    String(result.weights.length),
    `${result.build.seconds.toFixed(1)} s`,
    result.build.cpu === undefined ? 'n/a' : `${result.build.cpu.toFixed(1)} s`,
    mb(result.build.peak),
    kb(medianOf(result).gzip),
    precache,
  ];
  const precache = (result) => `${result.precache.length} files, ${mb(result.precacheBytes)}`;
  console.log(
    `## Ours against Starlight ${STARLIGHT_VERSION} (Astro 5), the same pages, the same run\n`,
  );
  console.log(
    table(
      [
        'site',
        'HTML pages',
        'build (wall)',
        'build (CPU)',
        'peak memory (process tree)',
        'page HTML gzip (median)',
        'precache',
      ],
      [
        row(`ours, real pages`, small, precache(small)),
        row(`Starlight, real pages`, starlight[0], '(none)'),
        row(`ours, +${PAGES} pages`, large, precache(large)),
        row(`Starlight, +${PAGES} pages`, starlight[1], '(none)'),
      ],
    ),
  );
  console.log(
    '\nCompare CPU times (user + system of the whole build, search indexing included): wall times depend on what ' +
      'else the machine runs. Ours also builds /releases/, /roles/ and its service worker; Starlight builds its 404 page.\n',
  );
  console.log(`Starlight's build log at ${PAGES} pages:\n\n${buildLog(starlight[1])}\n`);
}
