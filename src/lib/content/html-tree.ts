/**
 * Checklists, the playbook and the release-notes template are plain Markdown lists that writers
 * wrap in a component. Each is read from its HTML tree (hast): the HTML that MDX renders into the
 * component's slot, or the same Markdown read from the MDX source. These are the readings they
 * share, so that the three read a list, its items and an owner line the same way.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';

export const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

export const isList = (node: RootContent | ElementContent): node is Element => isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol');

/** Every element below `node`, in document order. */
export function* descendants(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    yield child;
    yield* descendants(child);
  }
}

/** The text of a node with its white space folded, as a reader sees it. */
export function words(node: Root | Element): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** A list item's own words: its text without its nested lists (and without a checkbox, which has no text). */
export function ownWords(item: Element): string {
  return words({ ...item, children: item.children.filter((child) => !isList(child)) });
}

/**
 * The owner line: a paragraph that is all emphasis ("_Release Manager coordinates; PM and Tech
 * Lead support_"), written above a checklist or a template to say who owns it.
 */
export function isOwnerLine(element: Element): boolean {
  return (
    element.tagName === 'p' &&
    element.children.some(isElement) &&
    element.children.every((child) => (child.type === 'text' ? child.value.trim() === '' : isElement(child) && child.tagName === 'em'))
  );
}

/** The tree of rendered HTML: what a component receives as its slot. */
export function htmlTree(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** The tree of GitHub-flavoured Markdown: a component's body, read from the MDX source. */
export function markdownTree(markdown: string): Root {
  const mdast = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return toHast(mdast) as Root;
}
