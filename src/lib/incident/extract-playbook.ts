import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { extractChecklist } from '../checklist/extract-checklist.ts';
import type { Role } from '../roles/roles.ts';
import { isDecision, type Playbook } from './playbook.ts';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const isList = (node: ElementContent) => isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol');

/** The own words of the first list item that introduces a nested list. */
function findTrigger(node: Root | Element): string | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'li' && child.children.some(isList)) {
      const own = toString({ ...child, children: child.children.filter((grandchild) => !isList(grandchild)) });
      return own.replace(/\s+/g, ' ').trim() || undefined;
    }
    const found = findTrigger(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The playbook from its rendered HTML (what `<Playbook>` receives as its slot): the leaf items
 * are its steps, derived like checklist items, and their parent line is the trigger. Throws like
 * a checklist does on a mistake in the content.
 */
export function extractPlaybookFromHtml(html: string, roles: readonly Role[]): Playbook {
  const tree = fromHtml(html, { fragment: true });
  const { items } = extractChecklist(tree, roles);
  const trigger = findTrigger(tree);
  return {
    ...(trigger ? { trigger } : {}),
    steps: items.map((item) => (isDecision(item.text) ? { ...item, decision: true as const } : item)),
  };
}
