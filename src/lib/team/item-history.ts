/*
 * A checklist item (or an incident step) changed by two people at once must end the same on every
 * replica and keep both sign-offs. So no state is ever overwritten: each change is an action
 * appended to the document's `itemActions`, and the state is folded from the item's actions with
 * the existing pure transitions, in an order that every replica agrees on.
 *
 * Order of an item's history: `seq` first (one more than the highest the writer had seen for that
 * item, so an action made after seeing another always comes after it), then the time it was made
 * (of two concurrent actions, the later one wins), then its id (unique per replica and clock).
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import {
  NOTE_MAX,
  REASON_MAX,
  SIGNATURE_MAX,
  SignedNoteStateSchema,
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ItemState,
} from '../item-state/item-state.ts';
import { type ChecklistState } from '../checklist/checklist-state.ts';
import { compareStrings, compareTimes, KEYS } from './team-documents.ts';

export const ITEM_ACTIONS = ['done', 'reopen', 'na', 'note', 'reset', 'restore', 'import'] as const;
export type ItemActionKind = (typeof ITEM_ACTIONS)[number];

const textUpTo = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const ItemActionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  list: v.string(),
  item: v.string(),
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  action: v.picklist(ITEM_ACTIONS),
  at: v.pipe(v.string(), v.isoTimestamp()),
  by: v.optional(textUpTo(SIGNATURE_MAX)),
  /** The signer's role, as the server names the token's holder (identity-message.ts). */
  role: v.optional(textUpTo(100)),
  /** Why the item does not apply (`na`). */
  reason: v.optional(textUpTo(REASON_MAX)),
  /** The note as it now reads (`note`; empty clears it). */
  note: v.optional(textUpTo(NOTE_MAX)),
  /** The whole state put back (`restore`: undo of a reset; `import`: shared from one browser). */
  state: v.optional(SignedNoteStateSchema),
});

export type ItemAction = v.InferOutput<typeof ItemActionSchema>;

/** What a caller says about an action; the id, the item and `seq` are added on writing. */
export type ActionFields = Pick<ItemAction, 'action'> &
  Partial<Pick<ItemAction, 'reason' | 'note' | 'state'>>;

function actionsArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(KEYS.itemActions);
}

/** Every readable action of the document; anything else a replica wrote is left in place, unread. */
export function readActions(doc: Y.Doc): ItemAction[] {
  const actions: ItemAction[] = [];
  for (const raw of actionsArray(doc).toArray()) {
    const parsed = v.safeParse(ItemActionSchema, raw);
    if (parsed.success) actions.push(parsed.output);
  }
  return actions;
}

/** How many stored actions could not be read (written by a newer or a broken client). */
export function unreadableActionCount(doc: Y.Doc): number {
  return actionsArray(doc).length - readActions(doc).length;
}

export function compareActions(a: ItemAction, b: ItemAction): number {
  return a.seq - b.seq || compareTimes(a.at, b.at) || compareStrings(a.id, b.id);
}

/** One item's actions in history order. */
export function itemHistory(doc: Y.Doc, list: string, item: string): ItemAction[] {
  return readActions(doc)
    .filter((action) => action.list === list && action.item === item)
    .sort(compareActions);
}

/** One action applied to an item's state, with the same pure transitions as a local change. */
export function applyAction(
  state: ItemState | undefined,
  action: ItemAction,
): ItemState | undefined {
  const signature = { at: action.at, ...(action.by ? { by: action.by } : {}) };
  switch (action.action) {
    case 'done':
      return tick(state, signature);
    case 'reopen':
      return untick(state, signature);
    case 'na':
      return action.reason?.trim() ? markNotApplicable(state, action.reason, signature) : state;
    case 'note':
      // Signed by whoever wrote it, when: the note's signature travels as the action's own.
      return setNote(state, action.note ?? '', signature);
    case 'reset':
      return undefined;
    case 'restore':
    case 'import':
      return action.state ? { ...action.state } : state;
  }
}

/** The state an item's history leads to; undefined when it has none (never touched, or reset). */
export function foldHistory(history: readonly ItemAction[]): ItemState | undefined {
  return [...history].sort(compareActions).reduce<ItemState | undefined>(applyAction, undefined);
}

/** Item states by list (checklist id) and item id; items without a state are left out. */
export function readItemStates(doc: Y.Doc): Map<string, ChecklistState> {
  const byItem = new Map<string, Map<string, ItemAction[]>>();
  for (const action of readActions(doc)) {
    const items = byItem.get(action.list) ?? new Map<string, ItemAction[]>();
    byItem.set(action.list, items);
    items.set(action.item, [...(items.get(action.item) ?? []), action]);
  }
  const lists = new Map<string, ChecklistState>();
  for (const [list, items] of byItem) {
    const states = [...items].flatMap(([item, history]) => {
      const state = foldHistory(history);
      return state ? [[item, state] as const] : [];
    });
    // fromEntries defines own properties: an item id such as "__proto__" stays an ordinary key.
    if (states.length > 0) lists.set(list, Object.fromEntries(states));
  }
  return lists;
}
