/**
 * Markdown for pasting into an issue, a PR or a wiki, serialised from an mdast tree so that text
 * typed by users is escaped where Markdown would read it as syntax, and a web address typed in it
 * is a link to exactly that address. Escaping follows GitHub's renderer (cmark-gfm), which links
 * more than the serialiser expects.
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { linkWebAddresses } from './typed-links.ts';

/**
 * GitHub links "www." followed by any punctuation or the end of a line ("by www. ·" becomes a link
 * to http://www); the serialiser escapes the dot only before a word character.
 */
const WWW_DOT: Unsafe = {
  character: '.',
  before: '[Ww]{3}',
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'link', 'image', 'label'],
};

/**
 * `emphasis: '*'` suits a writer's own emphasis, which may sit inside a word ("a*b*c"), where an
 * underscore would not read as emphasis; exports of typed notes keep the default underscore.
 */
export function toGfmMarkdown(
  tree: Root,
  { emphasis = '_' }: { emphasis?: '_' | '*' } = {},
): string {
  return toMarkdown(linkWebAddresses(tree), {
    // Unpadded table cells: a long timeline note would otherwise pad every row of its column.
    extensions: [gfmToMarkdown({ tablePipeAlign: false }), { unsafe: [WWW_DOT] }],
    bullet: '-',
    listItemIndent: 'one',
    emphasis,
    strong: '*',
    fences: true,
    rule: '-',
  });
}
