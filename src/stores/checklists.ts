import { checklistsCodec, type ChecklistState } from '../lib/checklist/checklist-state.ts';
import type { ItemState } from '../lib/item-state/item-state.ts';
import { persistentDocument } from './storage.ts';

/** Item states by release run, checklist and item. */
export const $checklists = persistentDocument('checklists', checklistsCodec);

export function checklistState(runId: string, checklistId: string): ChecklistState {
  return $checklists.get()[runId]?.[checklistId] ?? {};
}

/** Apply a pure transition to one item of one run's checklist. */
export function updateItem(
  runId: string,
  checklistId: string,
  itemId: string,
  transition: (state: ItemState | undefined) => ItemState,
): void {
  const all = $checklists.get();
  const run = all[runId] ?? {};
  const checklist = run[checklistId] ?? {};
  $checklists.set({ ...all, [runId]: { ...run, [checklistId]: { ...checklist, [itemId]: transition(checklist[itemId]) } } });
}

/** Replace one run's checklist state (reset, undo). */
export function replaceChecklist(runId: string, checklistId: string, state: ChecklistState): void {
  const all = $checklists.get();
  const { [checklistId]: _old, ...otherChecklists } = all[runId] ?? {};
  const run = Object.keys(state).length > 0 ? { ...otherChecklists, [checklistId]: state } : otherChecklists;
  $checklists.set({ ...all, [runId]: run });
}
