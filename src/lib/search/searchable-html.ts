/**
 * The HTML of a built page as the search index should read it.
 *
 * Pagefind drops the text of every `<label>` and `<form>`, and indexes the text of buttons and
 * options. In the article, a label is how a checklist item or a template field names itself, so
 * inside `data-pagefind-body` labels and forms become plain text containers, and form controls
 * (buttons, selects, text areas) are left out. The page itself is served unchanged.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

const AS_TEXT: Record<string, string> = { label: 'span', form: 'div' };
const CONTROLS = new Set(['button', 'select', 'textarea', 'datalist']);
const FORM_PROPERTIES = ['htmlFor', 'action', 'method', 'target', 'noValidate'];

function readAsText(body: Element) {
  visit(body, 'element', (node, index, parent) => {
    if (CONTROLS.has(node.tagName) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const tagName = AS_TEXT[node.tagName];
    if (tagName) {
      node.tagName = tagName;
      for (const property of FORM_PROPERTIES) delete node.properties[property];
    }
    return undefined;
  });
}

const NEEDS_READING = /<(label|form|button|select|textarea|datalist)[\s/>]/i;

/**
 * Whether the indexed part of a page may hold anything to change, checked on the text so that most
 * pages skip parsing (the build stays fast). When in doubt (the body is not an `<article>`), yes.
 */
function mayNeedReading(html: string): boolean {
  const body = html.indexOf('data-pagefind-body');
  if (body === -1) return false;
  const opening = html.lastIndexOf('<', body);
  const end = html.lastIndexOf('</article>');
  const region = html.startsWith('<article', opening) && end > body ? html.slice(opening, end) : html.slice(opening);
  return NEEDS_READING.test(region);
}

export function searchableHtml(html: string): string {
  if (!mayNeedReading(html)) return html;
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node) => {
    if (!('dataPagefindBody' in node.properties)) return undefined;
    readAsText(node);
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
