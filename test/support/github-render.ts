// Exported Markdown rendered by GitHub's own renderer, cmark-gfm, with the extensions github.com
// enables. micromark reads some Markdown more generously than GitHub (it links an escaped
// `https\://…`), so what an export promises about links and literal text is checked here.
import { spawnSync } from 'node:child_process';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const EXTENSIONS = ['autolink', 'tasklist', 'table', 'strikethrough', 'tagfilter'];

/** The HTML github.com would make of `markdown`. Fails plainly when cmark-gfm is not installed. */
export function renderLikeGitHub(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    EXTENSIONS.flatMap((extension) => ['--extension', extension]),
    { input: markdown, encoding: 'utf8' },
  );
  if (result.error)
    throw new Error(
      `cmark-gfm could not run (install the Debian package cmark-gfm): ${result.error.message}`,
    );
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

export function renderedTree(markdown: string): Root {
  return fromHtml(renderLikeGitHub(markdown), { fragment: true });
}

/** Every element of the rendered tree, in document order. */
export function elementsOf(node: Root | Element): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [child, ...elementsOf(child)] : [],
  );
}
