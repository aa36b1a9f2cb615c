/*
 * One release run shared with the team: its checklists' item states (through the item history)
 * and its release-notes draft, written and read in the shapes the browser stores already use, so
 * that the islands work the same whether a run is local or shared.
 *
 * The notes draft is one Y.Map of plain strings, one entry per field, last writer wins per field
 * (rather than a Y.Text per field, merged per character). The islands write a field's whole value
 * on each change; binding a Y.Text to a textarea would mean turning every change into inserts and
 * deletes and moving the caret when someone else types. Per field, two people writing different
 * fields both keep their text; two writing the same field at the same moment end, on every
 * replica, with the same one of the two values.
 */
import * as Y from 'yjs';
import {
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ItemState,
} from '../item-state/item-state.ts';
import { type ChecklistState } from '../checklist/checklist-state.ts';
import type { ReleaseNotesDraft } from '../release-notes/release-notes-draft.ts';
import { appendAction, ownState, recordTransition, sameState } from './item-changes.ts';
import { foldHistory, itemHistory, readActions, readItemStates } from './item-history.ts';
import { compareStrings, KEYS, type TeamSignature } from './team-documents.ts';

/** Apply any pure transition of item-state to one item (what the checklists store's `updateItem` takes). */
export function updateChecklistItem(
  doc: Y.Doc,
  checklistId: string,
  itemId: string,
  transition: (state: ItemState | undefined) => ItemState | undefined,
  signature: TeamSignature,
): void {
  recordTransition(doc, checklistId, itemId, transition, signature);
}

export function tickItem(
  doc: Y.Doc,
  checklistId: string,
  itemId: string,
  signature: TeamSignature,
): void {
  updateChecklistItem(doc, checklistId, itemId, (state) => tick(state, signature), signature);
}

export function untickItem(
  doc: Y.Doc,
  checklistId: string,
  itemId: string,
  signature: TeamSignature,
): void {
  updateChecklistItem(doc, checklistId, itemId, (state) => untick(state, signature), signature);
}

/** Throws, as `markNotApplicable` does, when the reason is empty. */
export function markItemNotApplicable(
  doc: Y.Doc,
  checklistId: string,
  itemId: string,
  reason: string,
  signature: TeamSignature,
): void {
  updateChecklistItem(
    doc,
    checklistId,
    itemId,
    (state) => markNotApplicable(state, reason, signature),
    signature,
  );
}

export function setItemNote(
  doc: Y.Doc,
  checklistId: string,
  itemId: string,
  note: string,
  signature: TeamSignature,
): void {
  updateChecklistItem(
    doc,
    checklistId,
    itemId,
    (state) => setNote(state, note, signature),
    signature,
  );
}

/** Item states of one checklist, by item id. */
export function readChecklist(doc: Y.Doc, checklistId: string): ChecklistState {
  return readItemStates(doc).get(checklistId) ?? {};
}

/** The run's slice of `Checklists`: item states by checklist id, then item id. */
export function readRunChecklists(doc: Y.Doc): Record<string, ChecklistState> {
  return Object.fromEntries(readItemStates(doc));
}

/**
 * Put a checklist in the given state (`{}` resets it; an earlier state undoes a reset): every item
 * that differs gets one action, so the history shows who reset or restored it and when.
 */
export function restoreChecklist(
  doc: Y.Doc,
  checklistId: string,
  state: ChecklistState,
  signature: TeamSignature,
): void {
  const current = readChecklist(doc, checklistId);
  const itemIds = [...new Set([...Object.keys(current), ...Object.keys(state)])].sort(
    compareStrings,
  );
  doc.transact(() => {
    for (const itemId of itemIds) {
      const wanted = ownState(state, itemId);
      const existing = ownState(current, itemId);
      if (sameState(wanted, existing)) continue;
      appendAction(
        doc,
        checklistId,
        itemId,
        wanted ? { action: 'restore', state: wanted } : { action: 'reset' },
        signature,
      );
    }
  });
}

export function resetChecklist(doc: Y.Doc, checklistId: string, signature: TeamSignature): void {
  restoreChecklist(doc, checklistId, {}, signature);
}

function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(KEYS.notes);
}

export function setNotesField(doc: Y.Doc, fieldId: string, value: string): void {
  doc.transact(() => notesMap(doc).set(fieldId, value));
}

/** Replace the whole draft (undo of a clear); `undefined` clears it, as the notes store does. */
export function writeNotesDraft(doc: Y.Doc, draft: ReleaseNotesDraft | undefined): void {
  const notes = notesMap(doc);
  doc.transact(() => {
    for (const fieldId of [...notes.keys()])
      if (!draft || !Object.hasOwn(draft, fieldId)) notes.delete(fieldId);
    for (const [fieldId, value] of Object.entries(draft ?? {}).sort(([a], [b]) =>
      compareStrings(a, b),
    )) {
      if (notes.get(fieldId) !== value) notes.set(fieldId, value);
    }
  });
}

/** Clearing removes the fields as this replica saw them: a field typed at the same moment elsewhere stays. */
export function clearNotesDraft(doc: Y.Doc): void {
  writeNotesDraft(doc, undefined);
}

/** The run's draft, or undefined when it has none (the notes store keeps no empty drafts). */
export function readNotesDraft(doc: Y.Doc): ReleaseNotesDraft | undefined {
  const fields = [...notesMap(doc).entries()].filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return fields.length > 0
    ? Object.fromEntries(fields.sort(([a], [b]) => compareStrings(a, b)))
    : undefined;
}

/** What one browser holds of a run, to share it with the team. */
export interface LocalRunWork {
  checklists: Record<string, ChecklistState>;
  draft?: ReleaseNotesDraft | undefined;
}

export function isRunDocumentEmpty(doc: Y.Doc): boolean {
  return doc.getArray(KEYS.itemActions).length === 0 && notesMap(doc).size === 0;
}

/**
 * "Share with the team": a run's local checklists and draft become the run document. Each item
 * gets one `import` action holding its state as it was (who ticked it and when); items and
 * fields are written in id order, so the same data always makes the same document.
 */
export function importRunWork(doc: Y.Doc, work: LocalRunWork, signature: TeamSignature): void {
  if (!isRunDocumentEmpty(doc))
    throw new Error('This run is already shared: its team document has work in it.');
  doc.transact(() => {
    for (const checklistId of Object.keys(work.checklists).sort(compareStrings)) {
      const states = work.checklists[checklistId] ?? {};
      for (const itemId of Object.keys(states).sort(compareStrings)) {
        const state = ownState(states, itemId);
        if (state) appendAction(doc, checklistId, itemId, { action: 'import', state }, signature);
      }
    }
    writeNotesDraft(doc, work.draft);
  });
}

/** Every checklist item with a history, for exports that list sign-offs. */
export function itemsWithHistory(doc: Y.Doc): { checklistId: string; itemId: string }[] {
  const seen = new Map<string, { checklistId: string; itemId: string }>();
  for (const action of readActions(doc))
    seen.set(JSON.stringify([action.list, action.item]), {
      checklistId: action.list,
      itemId: action.item,
    });
  return [...seen.values()];
}

/** One item's current state, folded from its history. */
export function readItem(doc: Y.Doc, checklistId: string, itemId: string): ItemState | undefined {
  return foldHistory(itemHistory(doc, checklistId, itemId));
}
