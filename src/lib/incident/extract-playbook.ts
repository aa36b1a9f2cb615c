/** Reads the rollback playbook from what `<Playbook>` wraps: the line that triggers it and its steps. */
import type { Root } from 'hast';
import { extractChecklist } from '../checklist/extract-checklist.ts';
import { descendants, htmlTree, isList, ownWords } from '../content/html-tree.ts';
import type { Role } from '../roles/roles.ts';
import { isDecision, type Playbook } from './playbook.ts';

/** The own words of the first list item that introduces a nested list. */
function findTrigger(tree: Root): string | undefined {
  const introducing = [...descendants(tree)].find(
    (element) => element.tagName === 'li' && element.children.some(isList),
  );
  return (introducing && ownWords(introducing)) || undefined;
}

/**
 * The playbook from its rendered HTML (what `<Playbook>` receives as its slot): the leaf items
 * are its steps, derived like checklist items, and their parent line is the trigger. Throws like
 * a checklist does on a mistake in the content.
 */
export function extractPlaybookFromHtml(html: string, roles: readonly Role[]): Playbook {
  const tree = htmlTree(html);
  const { items } = extractChecklist(tree, roles);
  const trigger = findTrigger(tree);
  return {
    ...(trigger ? { trigger } : {}),
    steps: items.map((item) =>
      isDecision(item.text) ? { ...item, decision: true as const } : item,
    ),
  };
}
