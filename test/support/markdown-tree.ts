// Exported Markdown read back as a GFM syntax tree, the way a Markdown renderer sees it: tests check
// structure (headings, list items, links, tables) rather than strings.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export const parseGfm = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/**
 * Every node of `type` in the tree, in document order. Loosely typed on purpose: a test reaches into
 * the nodes it has just found (a table's rows, a link's url) and fails plainly if they are not there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed on purpose, as said above
export function nodesOfType(tree: Nodes, type: string): any[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node);
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return found;
}
