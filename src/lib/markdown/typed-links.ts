/**
 * Typed text may hold a web address ("see https://ci.example.com/job/42"), and a reader of the
 * export wants to click it. Left in a text node, the serialiser escapes it (`https\://…`) so that
 * no renderer links it; GitHub then shows plain text. So before serialising, each http(s) address
 * in text becomes a link whose text is the address itself, which the serialiser writes as an
 * autolink (`<https://…>`): every GFM renderer links exactly that address, and nothing else of
 * the typed text becomes markup.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';

/**
 * An address runs to the next white space, control character or angle bracket, as GFM reads it,
 * or to a pipe: a URL has none unencoded, and in a table cell the serialiser would show it as %7C.
 */
const ADDRESS = /https?:\/\/[^\s<>|\p{Cc}]+/giu;

/** Punctuation that ends a sentence rather than the address ("see https://x.example/a."). */
const TRAILING_PUNCTUATION = /[?!.,:;*_~'"]$/u;

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** The address without what GFM leaves out too: trailing punctuation, and a `)` that closes nothing. */
function trimAddress(candidate: string): string {
  let address = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(address)) address = address.slice(0, -1);
    else if (address.endsWith(')') && count(address, ')') > count(address, '('))
      address = address.slice(0, -1);
    else return address;
  }
}

function isWebAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The http(s) addresses in a text, with where each starts and ends. */
export function findWebAddresses(text: string): { start: number; end: number; url: string }[] {
  const found: { start: number; end: number; url: string }[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const url = trimAddress(match[0]);
    if (isWebAddress(url)) found.push({ start: match.index, end: match.index + url.length, url });
  }
  return found;
}

function linkAddresses(value: string): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const { start, end, url } of findWebAddresses(value)) {
    if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
    parts.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    last = end;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/** A copy of the tree with every http(s) address in its text (outside existing links) made a link to itself. */
export function linkWebAddresses<T extends Root | Nodes>(node: T): T {
  if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return node;
  const children = (node.children as Nodes[]).flatMap((child): Nodes[] =>
    child.type === 'text' ? linkAddresses(child.value) : [linkWebAddresses(child)],
  );
  return { ...node, children } as T;
}
