import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { ChecklistItem } from '../checklist/checklist-item.ts';
import { extractChecklist } from '../checklist/extract-checklist.ts';
import type { Role } from '../roles/roles.ts';

/**
 * A step of the playbook. A "decision" says "if necessary": it is either done ("rolled back at
 * 14:20") or not needed, with a reason.
 */
export interface PlaybookStep extends ChecklistItem {
  decision?: true;
}

/** What `<Playbook>` wraps: the line that says when to use it, and its steps. */
export interface Playbook {
  /** "If a deployment fails or causes a critical issue:" */
  trigger?: string;
  steps: PlaybookStep[];
}

/** The role whose steps become required when customers are affected. */
export const CUSTOMER_SUCCESS_ROLE = 'customer-success';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const isList = (node: ElementContent) => isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol');

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

export function isDecision(text: string): boolean {
  return /\bif necessary\b/i.test(text);
}

/** The playbook from its rendered HTML: the leaf items are steps, their parent line is the trigger. */
export function extractPlaybookFromHtml(html: string, roles: readonly Role[]): Playbook {
  const tree = fromHtml(html, { fragment: true });
  const { items } = extractChecklist(tree, roles);
  const trigger = findTrigger(tree);
  return {
    ...(trigger ? { trigger } : {}),
    steps: items.map((item) => (isDecision(item.text) ? { ...item, decision: true } : item)),
  };
}

export function isCustomerSuccessStep(step: Pick<ChecklistItem, 'owners'>): boolean {
  return step.owners.includes(CUSTOMER_SUCCESS_ROLE);
}

/** "Rolled back" for the rollback decision, "Done" for any other. */
export function decisionDoneLabel(step: Pick<PlaybookStep, 'text'>): string {
  return /^roll ?back\b/i.test(step.text) ? 'Rolled back' : 'Done';
}
