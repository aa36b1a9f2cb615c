// The files a built service worker precaches, read back from `sw.js` (paths relative to the build).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @returns {Promise<string[]>} */
export async function precachedFiles(siteDir) {
  const worker = await readFile(join(siteDir, 'sw.js'), 'utf8');
  return [...new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? ''))];
}
