import { basename, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../support/build-site.mjs';
import { findChromium } from '../support/chromium.mjs';
import { siteDirOf, startSiteBuilds, SUB_PATH, variantsFor } from '../support/site-variants.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { reservePort } from '../support/sync-server.mjs';

export const OUTPUT = join(PROJECT_ROOT, 'test/.output');
export { SUB_PATH };

/** How many site builds run at once: a build keeps about one core busy, and the tests use the rest. */
const BUILD_CONCURRENCY = Number(process.env.E2E_BUILD_CONCURRENCY) || 2;

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    subPathSiteUrl: string;
    subPathSiteDir: string;
    teamSiteUrl: string;
    teamSiteDir: string;
    /** The port the team build's sync server address names, held free until the team test starts its server. */
    teamSyncPort: number;
    repoSiteUrl: string;
    repoSiteDir: string;
    scaleSiteDir: string;
  }
}

/**
 * Start building every site variant the run's e2e files read (see site-variants.mjs), serve each
 * one's folder, and return at once: the unit and component tests run meanwhile, and each e2e file
 * waits for the builds it reads.
 */
export default async function setup(project: TestProject) {
  findChromium();
  const runFiles = project.vitest.state
    .getPaths()
    .filter((path) => path.includes('/test/e2e/'))
    .map((path) => basename(path));
  const variants = variantsFor(runFiles);
  const syncPort = variants.includes('team') ? await reservePort() : undefined;
  const builds = await startSiteBuilds(variants, {
    concurrency: BUILD_CONCURRENCY,
    syncPort: syncPort?.port,
    onBuilt: (name, ms) => console.log(`Built the ${name} site in ${(ms / 1000).toFixed(1)} s`),
  });
  const servers = {
    site: await serveStatic({ root: siteDirOf('root') }),
    subPathSite: await serveStatic({ root: siteDirOf('sub-path'), base: SUB_PATH }),
    teamSite: await serveStatic({ root: siteDirOf('team') }),
    repoSite: await serveStatic({ root: siteDirOf('repo') }),
  };
  project.provide('siteUrl', servers.site.url);
  project.provide('siteDir', siteDirOf('root'));
  project.provide('subPathSiteUrl', servers.subPathSite.url);
  project.provide('subPathSiteDir', siteDirOf('sub-path'));
  project.provide('teamSiteUrl', servers.teamSite.url);
  project.provide('teamSiteDir', siteDirOf('team'));
  project.provide('teamSyncPort', syncPort?.port ?? 0);
  project.provide('repoSiteUrl', servers.repoSite.url);
  project.provide('repoSiteDir', siteDirOf('repo'));
  project.provide('scaleSiteDir', siteDirOf('scale'));
  return async () => {
    await builds.stop();
    await syncPort?.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  };
}
