import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pagefindBundleFile } from '../lib/search/bundle-path.ts';
import { builtPageUrl, searchableHtml } from '../lib/search/searchable-html.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Pages handed to Pagefind before waiting for its answer. Pagefind indexes in its own process: with
 * a few pages in flight, reading and preparing the next page overlaps the indexing of the last ones.
 * Pages are still sent in one order, which Pagefind keeps, so that the same site makes the same index
 * (the service worker precaches its first chunks by revision).
 */
const PAGES_IN_FLIGHT = 8;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Adds every page to the index as `searchableHtml` reads it; fails with every page that could not be added. */
async function indexPages(index: PagefindIndex, siteDir: string, pages: string[]) {
  const failures: string[] = [];
  const inFlight: Promise<void>[] = [];
  for (const page of pages) {
    const content = searchableHtml(await readFile(join(siteDir, page), 'utf8'));
    // Never rejects, so that a page failing while others are in flight is reported, not left unhandled.
    const added = index.addHTMLFile({ url: builtPageUrl(page), content }).then(
      ({ errors }) => {
        if (errors.length > 0) failures.push(`${page}: ${errors.join('; ')}`);
      },
      (error: unknown) => {
        failures.push(`${page}: ${String(error)}`);
      },
    );
    inFlight.push(added);
    if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.join('\n')}`);
}

async function isFile(path: string) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Full-text search with Pagefind.
 * - `astro build` indexes the pages it has just written (whatever `--outDir` and `BASE_PATH` are)
 *   and writes the index to `<outDir>/pagefind/`, through Pagefind's Node API in this process.
 *   Only `<article data-pagefind-body>` is indexed, as `searchableHtml` reads it (labels as text,
 *   no form controls); the build fails if no page was indexed.
 * - `astro dev` serves the last build's index at `<base>pagefind/`; without one, the search
 *   dialog says that the index is made by `npm run build`.
 */
export function pagefindSearch(): AstroIntegration {
  let outDir: URL | undefined;
  let base = '/';
  return {
    name: 'octoacme:pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const file = pagefindBundleFile(base, request.url);
          if (file === null || !outDir) return next();
          const path = join(fileURLToPath(outDir), 'pagefind', file);
          if (!(await isFile(path))) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
            response.end('No search index yet: `npm run build` makes it.');
            return;
          }
          response.writeHead(200, {
            'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
          });
          createReadStream(path).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const siteDir = fileURLToPath(dir);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const pages = (await readdir(siteDir, { recursive: true }))
            .filter((path) => path.endsWith('.html'))
            .sort();
          await indexPages(index, siteDir, pages);
          const outputPath = join(siteDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Pages without `data-pagefind-body` (the 404 page) are read but not indexed: count what was.
          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
          const indexed = Object.values<{ page_count: number }>(entry.languages).reduce(
            (sum, language) => sum + language.page_count,
            0,
          );
          if (indexed === 0)
            throw new Error('Pagefind indexed no page: is `data-pagefind-body` on the article?');
          logger.info(
            `indexed ${indexed} pages for search in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
