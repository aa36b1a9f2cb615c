/**
 * GFM renders a task list item as a bare `<input type="checkbox" disabled>` followed by text,
 * which leaves the checkbox without an accessible name. Wrap the checkbox and the item's
 * inline text in a `<label>` so that screen readers read "Deploy to production, checkbox".
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (item: Element) => {
      if (item.tagName !== 'li') return;
      const classes = item.properties?.className;
      if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
      const nestedStart = item.children.findIndex(
        (child) => child.type === 'element' && ['ul', 'ol', 'p', 'div'].includes(child.tagName),
      );
      const end = nestedStart === -1 ? item.children.length : nestedStart;
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: item.children.slice(0, end),
      };
      item.children = [label, ...item.children.slice(end)];
    });
  };
}
