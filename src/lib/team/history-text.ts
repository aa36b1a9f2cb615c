/*
 * An item's sign-off history in words, for the page and the Markdown export: what was done, by whom,
 * and when, one line per action. Typed text (reasons, notes) is returned as typed: the page shows it
 * as text and the Markdown serialiser escapes it.
 */
import type * as Y from 'yjs';
import { compareActions, readActions, type ItemAction } from './item-history.ts';

/** Actions whose words carry no typed text. */
const ACTION_WORDS = {
  done: 'Done',
  reopen: 'Reopened',
  reset: 'Reset',
  restore: 'Put back',
  import: 'Shared with the team',
} as const;

export function describeAction(action: ItemAction): string {
  if (action.action === 'na') return `N/A: ${action.reason ?? ''}`;
  if (action.action === 'note') return action.note ? `Note: ${action.note}` : 'Note cleared';
  return ACTION_WORDS[action.action];
}

/**
 * "Done 10:02 UTC by Dana (QA Lead)", "N/A: no database · 10:04 UTC by Sam": one history line for
 * an export, in the wording of an item's state, with the time written by `formatTime`.
 */
export function historyLine(action: ItemAction, formatTime: (iso: string) => string): string {
  const words = describeAction(action);
  const by = action.by?.trim() ? ` by ${action.by}` : '';
  // Typed text (a reason, a note) is kept apart from the signature, as the state's wording does.
  const separator =
    action.action === 'na' || (action.action === 'note' && action.note) ? ' · ' : ' ';
  return `${words}${separator}${formatTime(action.at)}${by}`;
}

/** The key an item's history is published under: its list (checklist id) and item id. */
export function historyKey(list: string, item: string): string {
  return `${list}\n${item}`;
}

/** Every item's history in one shared document, by `historyKey`, each in history order: what the page shows. */
export function documentHistories(doc: Y.Doc): Record<string, ItemAction[]> {
  const byItem: Record<string, ItemAction[]> = {};
  for (const action of readActions(doc).sort(compareActions))
    (byItem[historyKey(action.list, action.item)] ??= []).push(action);
  return byItem;
}

/**
 * One checklist's histories by item id, from a document's published histories (keyed by
 * `historyKey`), for the Markdown export. Items without a history are left out.
 */
export function checklistHistory(
  histories: Readonly<Record<string, readonly ItemAction[]>> | undefined,
  list: string,
  itemIds: readonly string[],
): Record<string, readonly ItemAction[]> {
  const byItem: Record<string, readonly ItemAction[]> = {};
  for (const itemId of itemIds) {
    const key = historyKey(list, itemId);
    const actions = histories && Object.hasOwn(histories, key) ? histories[key] : undefined;
    if (actions && actions.length > 0)
      Object.defineProperty(byItem, itemId, { value: actions, enumerable: true });
  }
  return byItem;
}
