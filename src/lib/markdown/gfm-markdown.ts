import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Markdown for pasting into an issue, a PR or a wiki, serialised from an mdast tree so that
 * text typed by users is escaped where Markdown would read it as syntax.
 */
export function toGfmMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    // Unpadded table cells: a long timeline note would otherwise pad every row of its column.
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    listItemIndent: 'one',
    emphasis: '_',
    strong: '*',
    fences: true,
    rule: '-',
  });
}
