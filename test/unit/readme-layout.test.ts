// The README's Layout block is a newcomer's map of the tree: it must name every folder under src/,
// each top-level one on a line of its own, so that a folder added without a word about it fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function foldersUnder(folder: string): string[] {
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((path) => [path, ...foldersUnder(path)]);
}

function layoutBlock(readme: string): string {
  const section = readme.split(/^## Layout$/m)[1] ?? '';
  return /```\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
}

describe('the README’s Layout', () => {
  const block = layoutBlock(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const named = new Set(block.match(/[\w.[\]-]+\//g));
  // The lines of the src/ entry: from `src/` to the next entry at the left margin.
  const srcBlock = /^src\/\n((?: .*\n?)*)/m.exec(block)?.[1] ?? '';
  const srcLines = srcBlock.split('\n').filter((line) => /^ {2}\S+\//.test(line));

  it('is a block under its heading', () => {
    expect(block).toMatch(/^src\/$/m);
  });

  it('names every folder under src/, each top-level folder on a line of its own, once', () => {
    const src = join(ROOT, 'src');
    const missing = foldersUnder(src)
      .map((path) => relative(src, path).split('\\').join('/'))
      .filter((path) => !named.has(`${path.split('/').pop()}/`));
    expect(missing).toEqual([]);
    const topLevel = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    for (const folder of topLevel) {
      expect(srcLines.filter((line) => line.trim().startsWith(`${folder}/`))).toHaveLength(1);
    }
  });
});
