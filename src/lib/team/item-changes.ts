/*
 * An item's change written into a shared document as actions (item-history.ts says how they are
 * read back): the actions a person would name (done, reopen, N/A, note) when the change is one of
 * those, else the whole state put back, so that folding the history always ends at the state the
 * pure transition made.
 */
import * as v from 'valibot';
import type * as Y from 'yjs';
import type { ChecklistState } from '../checklist/checklist-state.ts';
import type { ItemState } from '../item-state/item-state.ts';
import {
  applyAction,
  foldHistory,
  itemHistory,
  ItemActionSchema,
  type ActionFields,
  type ItemAction,
} from './item-history.ts';
import { KEYS, nextEntryId, type TeamSignature } from './team-documents.ts';

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
  doc.getArray<unknown>(KEYS.itemActions).push([action]);
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
 * Record a pure transition of one item (`tick`, `markNotApplicable`, … of item-state), so
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
