import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT } from '../support/build-site.mjs';
import { findChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';

export const OUTPUT = join(PROJECT_ROOT, 'test/.output');
export const SUB_PATH = '/release-guide/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    subPathSiteUrl: string;
    subPathSiteDir: string;
  }
}

/** Build the site once at the root and once under a sub-path, and serve both for the e2e files. */
export default async function setup(project: TestProject) {
  findChromium();
  const siteDir = join(OUTPUT, 'site');
  const subPathSiteDir = join(OUTPUT, 'site-subpath');
  await buildSite({ outDir: siteDir });
  await buildSite({ outDir: subPathSiteDir, base: SUB_PATH });
  const site = await serveStatic({ root: siteDir });
  const subPathSite = await serveStatic({ root: subPathSiteDir, base: SUB_PATH });
  project.provide('siteUrl', site.url);
  project.provide('siteDir', siteDir);
  project.provide('subPathSiteUrl', subPathSite.url);
  project.provide('subPathSiteDir', subPathSiteDir);
  return async () => {
    await site.close();
    await subPathSite.close();
  };
}
