import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { precacheSelection } from '../lib/offline/precache.ts';

/**
 * The offline service worker, `<outDir>/sw.js`: Workbox's runtime modules bundled with esbuild
 * around the precache list of the build (see lib/offline/precache.ts). Run after any integration
 * that writes files into the build (the search index), so that they can be precached.
 */
export function serviceWorker(): AstroIntegration {
  let entry: string | undefined;
  return {
    name: 'octoacme:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        entry = fileURLToPath(new URL('scripts/offline-worker.ts', config.srcDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const paths = (await readdir(siteDir, { recursive: true })).map((path) =>
          path.split('\\').join('/'),
        );
        const files = [];
        for (const path of paths) {
          const info = await stat(join(siteDir, path));
          if (info.isFile()) files.push({ path, size: info.size });
        }
        const selection = precacheSelection(files);
        // Workbox fetches again a file whose revision changed: the revision is a hash of its content.
        const manifest = await Promise.all(
          selection.map(async (url) => ({
            url,
            revision: createHash('md5')
              .update(await readFile(join(siteDir, url)))
              .digest('hex'),
          })),
        );
        await build({
          entryPoints: [entry!],
          outfile: join(siteDir, 'sw.js'),
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2020',
          legalComments: 'none',
          logLevel: 'warning',
          define: {
            PRECACHE_MANIFEST: JSON.stringify(manifest),
            'process.env.NODE_ENV': '"production"',
          },
        });
        const bytes = files
          .filter((file) => selection.includes(file.path))
          .reduce((sum, file) => sum + file.size, 0);
        logger.info(
          `service worker precaches ${selection.length} files (${Math.round(bytes / 1024)} KB) of ${files.length}, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
