/**
 * The HTML of a built page as the search index should read it.
 *
 * Pagefind drops the text of every `<label>` and `<form>`, and indexes the text of buttons and
 * options. In the article, a label is how a checklist item or a template field names itself, so
 * inside `data-pagefind-body` labels and forms become plain text containers, and form controls
 * (buttons, selects, text areas) are left out. So are the islands' dialogs: closed until used, their
 * titles and prompts are not content a reader searches for. An id that React generates changes
 * whenever an island's markup does, so no result may link to it: such ids are dropped, and only the
 * headings' own ids become result anchors. A page's synonyms (frontmatter `synonyms`, carried by the
 * article's `data-search-synonyms`) become the page's Pagefind metadata: they find the page, and
 * are shown neither on it nor in an excerpt. The page itself is served unchanged.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { SYNONYMS_META } from './results.ts';

const AS_TEXT: Record<string, string> = { label: 'span', form: 'div' };
const LEFT_OUT = new Set(['button', 'select', 'textarea', 'datalist', 'dialog']);
const FORM_PROPERTIES = ['htmlFor', 'action', 'method', 'target', 'noValidate'];
/** The shapes of React's useId: `:r1R5:` (React 19.0), `«r1»` (19.1), `_r_1_` (19.2 and later). */
const GENERATED_ID_START = '(?::r|«r|_r_)';
const GENERATED_ID = new RegExp(`^${GENERATED_ID_START}`);

/**
 * The synonyms as the page's metadata, on an empty element at the top of the body: Pagefind
 * searches metadata but cuts excerpts from the text, so a synonym finds the page and is never
 * shown as what the page says.
 */
function indexSynonyms(body: Element) {
  const synonyms = body.properties.dataSearchSynonyms;
  delete body.properties.dataSearchSynonyms;
  if (typeof synonyms !== 'string' || synonyms.trim() === '') return;
  body.children.unshift({
    type: 'element',
    tagName: 'span',
    // Inline metadata (`key:value`) runs to the end of the attribute, commas and all.
    properties: { dataPagefindMeta: `${SYNONYMS_META}:${synonyms.trim()}` },
    children: [],
  });
}

function readAsText(body: Element) {
  visit(body, 'element', (node, index, parent) => {
    if (LEFT_OUT.has(node.tagName) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (typeof node.properties.id === 'string' && GENERATED_ID.test(node.properties.id))
      delete node.properties.id;
    const tagName = AS_TEXT[node.tagName];
    if (tagName) {
      node.tagName = tagName;
      for (const property of FORM_PROPERTIES) delete node.properties[property];
    }
    return undefined;
  });
}

const NEEDS_READING = new RegExp(
  `<(label|form|button|select|textarea|datalist|dialog)[\\s/>]|\\sid="${GENERATED_ID_START}|\\sdata-search-synonyms=`,
  'i',
);

/**
 * Whether the indexed part of a page may hold anything to change, checked on the text so that most
 * pages skip parsing (the build stays fast). When in doubt (the body is not an `<article>`), yes.
 */
function mayNeedReading(html: string): boolean {
  const body = html.indexOf('data-pagefind-body');
  if (body === -1) return false;
  const opening = html.lastIndexOf('<', body);
  const end = html.lastIndexOf('</article>');
  const region =
    html.startsWith('<article', opening) && end > body
      ? html.slice(opening, end)
      : html.slice(opening);
  return NEEDS_READING.test(region);
}

export function searchableHtml(html: string): string {
  if (!mayNeedReading(html)) return html;
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node) => {
    if (!('dataPagefindBody' in node.properties)) return undefined;
    readAsText(node);
    indexSynonyms(node);
    return SKIP;
  });
  return toHtml(tree);
}

/** The URL of a built page from its path in the output folder: `guide/index.html` → `/guide/`. */
export function builtPageUrl(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
