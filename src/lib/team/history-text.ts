/*
 * An item's sign-off history in words, for the page and the Markdown export: what was done, by whom,
 * and when, one line per action. Who is the server's word (its witness, lib/team/witness.ts), not the
 * name the action was signed with; an action it has not received yet is "not yet confirmed by the
 * server", and one made offline shows when it was made and when the server received it. Typed text
 * (reasons, notes) is returned as typed: the page shows it as text and the Markdown serialiser escapes it.
 */
import type * as Y from 'yjs';
import { describeIdentity } from './identity-message.ts';
import { compareActions, readActions, type ItemAction } from './item-history.ts';
import { readWitness, witnessKey, type Witness } from './witness.ts';

/** An action the server has not witnessed yet (made offline, or on its way). */
export const UNCONFIRMED = 'unconfirmed';
/** An action as a shared document holds it: with the server's witness, or UNCONFIRMED. Local work has neither. */
export type HistoryAction = ItemAction & { witness?: Witness | typeof UNCONFIRMED };

/** Received this long after it was made, an action was made offline (a change on its way takes well under a second). */
const OFFLINE_AFTER_MS = 2 * 60_000;

export interface HistorySignature {
  /** Who did it: the server's witness, else the signature (local work, or not yet confirmed). */
  by?: string;
  madeAt: string;
  /** When the server received it, only when that was well after it was made (made offline). */
  receivedAt?: string;
  unconfirmed: boolean;
}

/** Anything signed in a shared document: an item's action, a timeline entry. */
export interface Witnessed {
  at: string;
  by?: string | undefined;
  witness?: Witness | typeof UNCONFIRMED | undefined;
}

export function historySignature(action: Witnessed): HistorySignature {
  const { witness } = action;
  if (witness && witness !== UNCONFIRMED) {
    const late = Date.parse(witness.receivedAt) - Date.parse(action.at) > OFFLINE_AFTER_MS;
    return {
      by: describeIdentity(witness),
      madeAt: action.at,
      ...(late ? { receivedAt: witness.receivedAt } : {}),
      unconfirmed: false,
    };
  }
  return {
    ...(action.by?.trim() ? { by: action.by } : {}),
    madeAt: action.at,
    unconfirmed: witness === UNCONFIRMED,
  };
}

/**
 * Who signed an entry, as the server witnessed it, for an export: "Sam (QA Lead)", "Dana · made 10:02
 * offline, received 10:40", "Dana · not yet confirmed by the server"; local work gives its signature.
 */
export function signerLine(signed: HistorySignature, formatTime: (iso: string) => string): string {
  return [
    signed.by,
    signed.receivedAt &&
      `made ${formatTime(signed.madeAt)} offline, received ${formatTime(signed.receivedAt)}`,
    signed.unconfirmed && 'not yet confirmed by the server',
  ]
    .filter(Boolean)
    .join(' · ');
}

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
export function historyLine(action: HistoryAction, formatTime: (iso: string) => string): string {
  const signed = historySignature(action);
  const words = describeAction(action);
  const by = signed.by ? ` by ${signed.by}` : '';
  const when = signed.receivedAt
    ? `made ${formatTime(signed.madeAt)} offline, received ${formatTime(signed.receivedAt)}`
    : formatTime(signed.madeAt);
  // Typed text (a reason, a note) is kept apart from the signature, as the state's wording does.
  const separator =
    action.action === 'na' || (action.action === 'note' && action.note) || signed.receivedAt
      ? ' · '
      : ' ';
  const caveat = signed.unconfirmed ? ' · not yet confirmed by the server' : '';
  return `${words}${separator}${when}${by}${caveat}`;
}

/** The key an item's history is published under: its list (checklist id) and item id. */
export function historyKey(list: string, item: string): string {
  return `${list}\n${item}`;
}

/** Every item's history in one shared document, by `historyKey`, each in history order: what the page shows. */
export function documentHistories(doc: Y.Doc): Record<string, HistoryAction[]> {
  const byItem: Record<string, HistoryAction[]> = {};
  for (const action of readActions(doc).sort(compareActions)) {
    const witness = readWitness(doc, witnessKey('itemActions', action.id)) ?? UNCONFIRMED;
    (byItem[historyKey(action.list, action.item)] ??= []).push({ ...action, witness });
  }
  return byItem;
}

/**
 * One checklist's histories by item id, from a document's published histories (keyed by
 * `historyKey`), for the Markdown export. Items without a history are left out.
 */
export function checklistHistory(
  histories: Readonly<Record<string, readonly HistoryAction[]>> | undefined,
  list: string,
  itemIds: readonly string[],
): Record<string, readonly HistoryAction[]> {
  const byItem: Record<string, readonly HistoryAction[]> = {};
  for (const itemId of itemIds) {
    const key = historyKey(list, itemId);
    const actions = histories && Object.hasOwn(histories, key) ? histories[key] : undefined;
    if (actions && actions.length > 0)
      Object.defineProperty(byItem, itemId, { value: actions, enumerable: true });
  }
  return byItem;
}

/** Who signed each timeline entry of an incident's document, in the server's word, by entry id. */
export function timelineSignatures(doc: Y.Doc): Record<string, HistorySignature> {
  const byEntry: Record<string, HistorySignature> = {};
  for (const entry of doc.getArray<unknown>('timeline').toArray()) {
    const { id, at, by } = (entry ?? {}) as { id?: unknown; at?: unknown; by?: unknown };
    if (typeof id !== 'string' || typeof at !== 'string') continue;
    const witness = readWitness(doc, witnessKey('timeline', id)) ?? UNCONFIRMED;
    const signed = historySignature({ at, by: typeof by === 'string' ? by : undefined, witness });
    Object.defineProperty(byEntry, id, { value: signed, enumerable: true });
  }
  return byEntry;
}
