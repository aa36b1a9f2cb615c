/**
 * Reads a checklist from what the writer wrote: the task list inside `<Checklist>`, from the
 * rendered HTML (the component's slot) or from the MDX source (the build's registry of checklists).
 */
import type { Root } from 'hast';
import {
  descendants,
  htmlTree,
  isList,
  isOwnerLine,
  markdownTree,
  ownWords,
  words,
} from '../content/html-tree.ts';
import type { Role } from '../roles/roles.ts';
import { deriveItem, type ChecklistItem } from './checklist-item.ts';

/** What a writer's task list says: the owner line above it (if any) and its items. */
export interface ExtractedChecklist {
  ownerLine?: string;
  items: ChecklistItem[];
}

/**
 * Items of a checklist from its HTML tree. Every list item that has no nested list is an item;
 * a list item with a nested list (the playbook's "If a deployment fails…:") introduces its
 * children and is not itself an item. An emphasised paragraph alone is the owner line
 * ("_Release Manager coordinates; PM and Tech Lead support_").
 * Throws an Error that says what is wrong when there are no items or two items share an id.
 */
export function extractChecklist(tree: Root, roles: readonly Role[]): ExtractedChecklist {
  const elements = [...descendants(tree)];
  const ownerParagraph = elements.find(isOwnerLine);
  const ownerLine = ownerParagraph ? words(ownerParagraph) : undefined;
  const leafItems = elements.filter(
    (element) => element.tagName === 'li' && ![...descendants(element)].some(isList),
  );
  const items = leafItems.map((element) => deriveItem(ownWords(element), roles, ownerLine));

  if (items.length === 0)
    throw new Error('has no items: write a Markdown task list ("- [ ] …") inside it');
  const seen = new Map<string, string>();
  for (const item of items) {
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      throw new Error(
        `has two items with the same id "${item.id}": "${earlier}" and "${item.text}". Reword one of them.`,
      );
    }
    if (item.id === '') throw new Error(`has an item without words: "${item.text}"`);
    seen.set(item.id, item.text);
  }
  return { ...(ownerLine ? { ownerLine } : {}), items };
}

/** Items from rendered HTML (what `<Checklist>` receives as its slot). */
export function extractChecklistFromHtml(html: string, roles: readonly Role[]): ExtractedChecklist {
  return extractChecklist(htmlTree(html), roles);
}

/** Items from Markdown (a checklist's source, read from the MDX file). */
export function extractChecklistFromMarkdown(
  markdown: string,
  roles: readonly Role[],
): ExtractedChecklist {
  return extractChecklist(markdownTree(markdown), roles);
}

/** A `<Checklist …>…</Checklist>` (or another component's) block found in MDX source. */
export interface ComponentBlock {
  attributes: Record<string, string>;
  body: string;
}

/** Find the blocks of one component in MDX source, with their string attributes and inner Markdown. */
export function findComponentBlocks(source: string, component: string): ComponentBlock[] {
  const pattern = new RegExp(
    `<${component}((?:\\s+[\\w-]+="[^"]*")*)\\s*>([\\s\\S]*?)</${component}>`,
    'g',
  );
  return [...source.matchAll(pattern)].map((match) => ({
    attributes: Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]),
    ),
    body: match[2] ?? '',
  }));
}
