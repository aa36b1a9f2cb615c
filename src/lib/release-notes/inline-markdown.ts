/**
 * Release notes are a writer's text: `code`, *emphasis*, **strong** and [links](https://…) typed in
 * a field are meant as Markdown. Each entry is read with micromark (the site's own parser), but only
 * its inline constructs: a field is one line of the notes, so a "#", "- " or ">" at its start stays
 * text rather than opening a heading, a list or a quote that would swallow the next section. Raw
 * HTML, images, references and links to anything but http(s) stay as the text that was typed.
 * Loaded lazily: the parser is not part of the generator's first load.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { text } from '../markdown/markdown-text.ts';

/** Typed text as phrasing, for the stretches of plain text (the repository's "#123" links). */
export type TextPhrasing = (value: string) => PhrasingContent[];

/**
 * Every block construct, and the inline ones that are not a writer's formatting: raw HTML, character
 * references ("&amp;" stays as typed) and hard breaks (an entry is one line).
 */
const NOT_READ = [
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'definition',
  'headingAtx',
  'htmlFlow',
  'list',
  'setextUnderline',
  'thematicBreak',
  'htmlText',
  'characterReference',
  'hardBreakEscape',
  'hardBreakTrailing',
];

const isWebUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
};

/** Adjacent text nodes as one, as a parser would give them back. */
function joinText(nodes: PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (node.type === 'text' && last?.type === 'text')
      joined[joined.length - 1] = text(last.value + node.value);
    else joined.push(node);
  }
  return joined;
}

/** The phrasing a reader is shown: formatting kept, anything else as the text typed for it. */
function phrasingOf(
  node: Nodes,
  source: string,
  textPhrasing: TextPhrasing,
  inLink: boolean,
): PhrasingContent[] {
  const inner = (children: Nodes[], linked = inLink) =>
    children.flatMap((child) => phrasingOf(child, source, textPhrasing, linked));
  switch (node.type) {
    case 'text':
      return inLink ? [text(node.value)] : textPhrasing(node.value);
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }];
    case 'emphasis':
    case 'strong':
      return [{ type: node.type, children: joinText(inner(node.children)) }];
    case 'paragraph':
      return inner(node.children);
    case 'link':
      if (isWebUrl(node.url) && !inLink)
        return [{ type: 'link', url: node.url, children: joinText(inner(node.children, true)) }];
      break;
  }
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const typed = start !== undefined && end !== undefined ? source.slice(start, end) : '';
  return inLink ? [text(typed)] : textPhrasing(typed);
}

/** One line typed in the notes, its inline Markdown read; plain stretches go through `textPhrasing`. */
export function inlineMarkdown(
  value: string,
  textPhrasing: TextPhrasing = (plain) => [text(plain)],
): PhrasingContent[] {
  const tree = fromMarkdown(value, { extensions: [{ disable: { null: NOT_READ } }] });
  const phrasing = joinText(
    tree.children.flatMap((child) => phrasingOf(child, value, textPhrasing, false)),
  );
  return phrasing.length > 0 ? phrasing : [text(value)];
}
