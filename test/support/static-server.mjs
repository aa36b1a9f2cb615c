// A small static file server for the built site, the way any static host serves it:
// `/guide/` serves `guide/index.html`, unknown paths get `404.html` with status 404, and text is
// gzipped for clients that accept it (so that Lighthouse in the bench loads what a reader downloads).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/;

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serve `root` under `base` (for example `/` or `/release-guide/`) on 127.0.0.1.
 * @param {{ root: string, base?: string, port?: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ root, base = '/', port = 0 }) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    let file = relative === null ? null : normalize(join(root, relative));
    if (file && !file.startsWith(normalize(root))) file = null;
    if (file && !(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file !== null && (await isFile(file));
    const served = found ? file : join(root, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    // A failed read or a client gone away ends the response instead of leaving it open.
    const streams = gzip
      ? [createReadStream(served), createGzip(), response]
      : [createReadStream(served), response];
    pipeline(streams, (error) => error && response.destroy(error));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
