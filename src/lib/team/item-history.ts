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
  SignedNoteStateSchema,
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ItemState,
} from '../item-state/item-state.ts';
import { type ChecklistState } from '../checklist/checklist-state.ts';
import {
  compareStrings,
  compareTimes,
  KEYS,
  nextEntryId,
  type TeamSignature,
} from './team-documents.ts';

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
  by: v.optional(textUpTo(200)),
  role: v.optional(textUpTo(100)),
  /** Why the item does not apply (`na`). */
  reason: v.optional(textUpTo(2000)),
  /** The note as it now reads (`note`; empty clears it). */
  note: v.optional(textUpTo(5000)),
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

function applyAction(state: ItemState | undefined, action: ItemAction): ItemState | undefined {
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

/** Append one action to an item, after everything this replica has seen of that item. */
export function appendAction(
  doc: Y.Doc,
  list: string,
  item: string,
  fields: ActionFields,
  signature: TeamSignature,
): void {
  const history = itemHistory(doc, list, item);
  const action: ItemAction = {
    id: nextEntryId(doc),
    list,
    item,
    seq: (history.at(-1)?.seq ?? 0) + 1,
    at: signature.at,
    ...(signature.by ? { by: signature.by } : {}),
    ...(signature.role ? { role: signature.role } : {}),
    ...fields,
  };
  const checked = v.safeParse(ItemActionSchema, action);
  // Refused rather than written: every replica would skip an action it cannot read.
  if (!checked.success)
    throw new Error(`This change cannot be shared: ${checked.issues[0].message}`);
  actionsArray(doc).push([action]);
}

/** A record's own entry: an id such as "__proto__" must not read the prototype. */
export function ownState(states: ChecklistState, id: string): ItemState | undefined {
  return Object.hasOwn(states, id) ? states[id] : undefined;
}

export function sameState(a: ItemState | undefined, b: ItemState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.status === b.status &&
    a.at === b.at &&
    a.by === b.by &&
    a.reason === b.reason &&
    a.note === b.note &&
    a.noteAt === b.noteAt &&
    a.noteBy === b.noteBy
  );
}

/**
 * The actions that take an item from `before` to `after`, as a person would name them (done,
 * reopen, N/A, note); a change they cannot name is kept whole as a `restore`.
 */
export function actionsBetween(
  before: ItemState | undefined,
  after: ItemState | undefined,
  signature: TeamSignature,
): ActionFields[] {
  if (sameState(before, after)) return [];
  if (after === undefined) return [{ action: 'reset' }];
  const actions: ActionFields[] = [];
  const signed =
    before?.status !== after.status ||
    before.at !== after.at ||
    before.by !== after.by ||
    before.reason !== after.reason;
  if (signed && after.at === signature.at && (after.by ?? '') === (signature.by ?? '')) {
    if (after.status === 'done') actions.push({ action: 'done' });
    else if (after.status === 'open') actions.push({ action: 'reopen' });
    else if (after.reason) actions.push({ action: 'na', reason: after.reason });
  }
  // A note set on an untouched item is also what makes an empty open state ("note cleared").
  if ((before?.note ?? '') !== (after.note ?? '') || actions.length === 0)
    actions.push({ action: 'note', note: after.note ?? '' });
  const named = actions.reduce<ItemState | undefined>(
    (state, fields) =>
      applyAction(state, {
        id: '-',
        list: '',
        item: '',
        seq: 1,
        at: signature.at,
        ...(signature.by ? { by: signature.by } : {}),
        ...fields,
      }),
    before,
  );
  return sameState(named, after) ? actions : [{ action: 'restore', state: after }];
}

/**
 * Record a pure transition of one item (`tick`, `markNotApplicable`, … of checklist-state), so
 * that the existing transitions and their checks stay the one source of the rules.
 */
export function recordTransition(
  doc: Y.Doc,
  list: string,
  item: string,
  transition: (state: ItemState | undefined) => ItemState | undefined,
  signature: TeamSignature,
): void {
  const before = foldHistory(itemHistory(doc, list, item));
  const after = transition(before);
  doc.transact(() => {
    for (const fields of actionsBetween(before, after, signature))
      appendAction(doc, list, item, fields, signature);
  });
}
