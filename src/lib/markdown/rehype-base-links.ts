/**
 * Writers link between pages with root-relative paths (`/guide/pre-release/`).
 * This rehype plugin rewrites them for the configured base path, so the same
 * content works at a domain root and under a sub-path.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../site/base-path.ts';

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string') node.properties.href = withBase(options.base, href);
    });
  };
}
