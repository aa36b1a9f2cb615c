// Reading the built site from disk: its pages, and what each page loads.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

/** Every HTML file of a build, as routes (`/guide/`, `/404.html`) with their file paths. */
export async function listPages(distDir) {
  const entries = await readdir(distDir, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith('.html'))
    .map((entry) => {
      const path = entry.split('\\').join('/');
      const route =
        path === 'index.html'
          ? '/'
          : path.endsWith('/index.html')
            ? `/${path.slice(0, -10)}`
            : `/${path}`;
      return { route, file: join(distDir, path) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export async function loadDocument(file) {
  return new JSDOM(await readFile(file, 'utf8')).window.document;
}

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** Resolve a URL found in a page (with the build's base) to a file in the build. */
function fileFor(distDir, base, url, fromFile) {
  const clean = url.split(/[?#]/)[0];
  if (clean.startsWith(base)) return join(distDir, clean.slice(base.length));
  if (clean.startsWith('/')) return join(distDir, clean);
  return join(dirname(fromFile), clean);
}

/** The JavaScript modules a module pulls in at load (static imports; `import()` loads later, on demand). */
async function staticImportClosure(entryFiles) {
  const seen = new Set();
  const queue = [...entryFiles];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
      if (match[1].startsWith('.')) queue.push(join(dirname(file), match[1]));
    }
  }
  return [...seen];
}

/**
 * What a page costs on a first visit, gzip bytes: its HTML, the CSS it links or inlines, and the
 * JavaScript it runs at load (inline scripts, module scripts and their static imports, island code).
 */
export async function pageWeight(distDir, base, pageFile) {
  const html = await readFile(pageFile, 'utf8');
  const document = new JSDOM(html).window.document;
  const at = (url) => fileFor(distDir, base, url, pageFile);

  const inlineScripts = [...document.querySelectorAll('script:not([src])')]
    .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.textContent ?? '');
  const moduleUrls = [
    ...[...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')),
    ...[...document.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    ),
    ...[...document.querySelectorAll('astro-island')].flatMap((island) =>
      ['component-url', 'renderer-url', 'before-hydration-url'].map((name) =>
        island.getAttribute(name),
      ),
    ),
  ].filter((url) => url);
  const inlineModuleImports = inlineScripts.flatMap((source) =>
    [...source.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g)].map(
      (match) => match[1],
    ),
  );
  const jsFiles = await staticImportClosure([...moduleUrls, ...inlineModuleImports].map(at));
  const js = [
    ...inlineScripts,
    ...(await Promise.all(jsFiles.map((file) => readFile(file, 'utf8')))),
  ];

  const cssFiles = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
    at(link.getAttribute('href')),
  );
  const css = [
    ...[...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
    ...(await Promise.all(cssFiles.map((file) => readFile(file, 'utf8')))),
  ];

  const jsGzip = js.reduce((sum, source) => sum + gzipSize(source), 0);
  return {
    html: gzipSize(html),
    css: css.reduce((sum, source) => sum + gzipSize(source), 0),
    js: jsGzip,
    jsFiles: jsFiles.map((file) => posix.normalize(relative(distDir, file).split('\\').join('/'))),
    islands: document.querySelectorAll('astro-island').length,
    loadsReact: js.some((source) => /react\.(transitional\.)?element/.test(source)),
  };
}
