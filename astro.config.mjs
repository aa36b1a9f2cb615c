// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { normaliseBasePath } from './src/lib/site/base-path.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { headingAnchorContent } from './src/lib/markdown/heading-anchor.ts';
import { rehypeTaskListLabels } from './src/lib/markdown/rehype-task-list-labels.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { pagefindSearch } from './src/integrations/pagefind-search.ts';
import { connectSources, parseSyncUrl } from './src/lib/site/sync-url.ts';
import { parseSignInSettings } from './src/lib/site/sign-in-settings.ts';
import { repositoryUrl } from './src/lib/release-notes/changes/repository-links.ts';

// Publish under a sub-path with `BASE_PATH=/release-guide/ npm run build` (see README).
const base = normaliseBasePath(process.env.BASE_PATH);

// Team mode: `SYNC_URL=wss://sync.example.com npm run build` (see README). Without it, no sync code is built.
const syncUrl = parseSyncUrl(process.env.SYNC_URL);
// Signing in with the company's identity provider: `SYNC_OIDC_ISSUER` and `SYNC_OIDC_CLIENT_ID` (see README).
// Without them, no sign-in code is built.
const signIn = parseSignInSettings(process.env, syncUrl);

// With `REPO_URL=https://github.com/octoacme/app`, references in the notes link to pull requests and
// the exports offer GitHub's release and issue forms (see README). Anything but an http(s) address
// of a repository stops the build.
const repository = process.env.REPO_URL?.trim() ? repositoryUrl(process.env.REPO_URL) : undefined;
if (repository && !repository.ok) throw new Error(`REPO_URL: ${repository.problem}`);

// The theme is applied by a tiny blocking script before first paint (no flash of the
// wrong theme). It is inline, so the Content-Security-Policy allows it by its hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site: process.env.SITE_URL,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  srcDir: './src',
  // Constants, so that a build without them drops every team-mode and GitHub branch and its dynamic import.
  vite: {
    define: {
      'import.meta.env.SYNC_URL': JSON.stringify(syncUrl ?? ''),
      'import.meta.env.SYNC_OIDC_ISSUER': JSON.stringify(signIn?.issuer ?? ''),
      'import.meta.env.SYNC_OIDC_CLIENT_ID': JSON.stringify(signIn?.clientId ?? ''),
      'import.meta.env.SYNC_OIDC_SCOPES': JSON.stringify(signIn?.scopes ?? ''),
      'import.meta.env.SYNC_OIDC_NAME': JSON.stringify(signIn?.label ?? ''),
      __REPO_URL__: JSON.stringify(repository?.url ?? ''),
    },
  },
  publicDir: './public',
  integrations: [
    mdx(),
    react(),
    pagefindSearch(),
    // Last: it lists the build's files for the service worker, after any integration that writes
    // more files (the search index) into the build folder.
    serviceWorker(),
  ],
  markdown: {
    rehypePlugins: [
      rehypeHeadingIds,
      // The anchor's "Link to section …" text is for screen readers, not for the search index or its
      // heading titles ("all": Pagefind keeps the text of an ignored element's children in heading titles).
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'], dataPagefindIgnore: 'all' },
          content: headingAnchorContent,
        },
      ],
      [rehypeBaseLinks, { base }],
      rehypeTaskListLabels,
    ],
  },
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        connectSources(syncUrl, signIn?.issuer),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search index as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
    },
  },
});
