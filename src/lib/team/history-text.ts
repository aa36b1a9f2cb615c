/*
 * An item's sign-off history in words, for the page and the Markdown export: what was done, by whom,
 * and when, one line per action. Typed text (reasons, notes) is returned as typed: the page shows it
 * as text and the Markdown serialiser escapes it.
 */
import type { ItemAction } from './item-history.ts';

export function describeAction(action: ItemAction): string {
  switch (action.action) {
    case 'done':
      return 'Done';
    case 'reopen':
      return 'Reopened';
    case 'na':
      return `N/A: ${action.reason ?? ''}`;
    case 'note':
      return action.note ? `Note: ${action.note}` : 'Note cleared';
    case 'reset':
      return 'Reset';
    case 'restore':
      return 'Put back';
    case 'import':
      return 'Shared with the team';
  }
}

/** "Done — Dana (QA Lead), 2026-03-02T10:04:00.000Z": one history line for an export. */
export function historyLine(action: ItemAction): string {
  const by = action.by ? ` — ${action.by}` : '';
  return `${describeAction(action)}${by}, ${action.at}`;
}

/** The key an item's history is published under: its list (checklist id) and item id. */
export function historyKey(list: string, item: string): string {
  return `${list}\n${item}`;
}
