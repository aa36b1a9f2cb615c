// Which checklist changes can be taken back, what Undo says, and what it puts back. A tick, untick,
// note or N/A loses nothing and needs no Undo; a tick over N/A replaces its reason, and a reset
// clears every item: those two can be undone right after.
import type { ItemState } from '../item-state/item-state.ts';
import type { ChecklistState } from './checklist-state.ts';

/** What Undo says, and the item's state or the checklist it puts back. */
export interface ItemUndo {
  message: string;
  state: ItemState;
}

export interface ChecklistUndo {
  message: string;
  states: ChecklistState;
}

/** The Undo of a tick, when the tick replaced an N/A (its reason would be lost); else none. */
export function undoOfTick(itemText: string, before: ItemState | undefined): ItemUndo | undefined {
  if (before?.status !== 'na') return undefined;
  return {
    message: `Marked done: ${itemText} (it was N/A: ${before.reason ?? 'no reason given'}).`,
    state: before,
  };
}

/** The Undo of a reset: every item as it was. `checklistName` as in a sentence ("deployment checklist"). */
export function undoOfReset(checklistName: string, before: ChecklistState): ChecklistUndo {
  return { message: `The ${checklistName} was reset.`, states: before };
}
