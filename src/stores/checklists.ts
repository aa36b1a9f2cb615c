// Checklist progress, kept per release run, and the only way it changes: one item, one checklist,
// or a whole run's progress (when the run is deleted or that deletion is undone).
import {
  checklistsCodec,
  type ChecklistState,
  type Checklists,
} from '../lib/checklist/checklist-state.ts';
import type { ItemState } from '../lib/item-state/item-state.ts';
import { withEntry } from '../lib/team/team-mirror.ts';
import type { ReadableAtom } from 'nanostores';
import { persistentDocument } from './storage.ts';
import { routeToTeam } from './team.ts';

export const checklistsDocument = persistentDocument('checklists', checklistsCodec);

/** Item states by release run, checklist and item. Read-only: progress changes through the verbs below. */
export const $checklists: ReadableAtom<Checklists> = checklistsDocument.store;

/** One run's progress: item states by checklist and item. */
export type RunProgress = Checklists[string];

/** Apply a pure transition to one item of one run's checklist. */
export function updateItem(
  runId: string,
  checklistId: string,
  itemId: string,
  transition: (state: ItemState | undefined) => ItemState,
): void {
  if (
    import.meta.env.SYNC_URL &&
    routeToTeam('runs', runId, (team) => team.updateItem(runId, checklistId, itemId, transition))
  )
    return;
  const all = $checklists.get();
  const run = all[runId] ?? {};
  const checklist = run[checklistId] ?? {};
  checklistsDocument.store.set({
    ...all,
    [runId]: { ...run, [checklistId]: { ...checklist, [itemId]: transition(checklist[itemId]) } },
  });
}

/** Replace one run's checklist state (reset, undo). */
export function replaceChecklist(runId: string, checklistId: string, state: ChecklistState): void {
  if (
    import.meta.env.SYNC_URL &&
    routeToTeam('runs', runId, (team) => team.replaceChecklist(runId, checklistId, state))
  )
    return;
  const all = $checklists.get();
  const { [checklistId]: _old, ...otherChecklists } = all[runId] ?? {};
  const run =
    Object.keys(state).length > 0 ? { ...otherChecklists, [checklistId]: state } : otherChecklists;
  checklistsDocument.store.set({ ...all, [runId]: run });
}

/** Remove one run's progress, and return it (undefined when there was none) so that it can be put back. */
export function takeRunProgress(runId: string): RunProgress | undefined {
  const { [runId]: progress, ...others } = $checklists.get();
  checklistsDocument.store.set(others);
  return progress;
}

/**
 * One shared run's progress as its team document holds it (undefined: none). Made here, never
 * routed back to the team: this is the team's change arriving.
 */
export function followTeamRunProgress(runId: string, progress: RunProgress | undefined): void {
  if (JSON.stringify($checklists.get()[runId]) === JSON.stringify(progress)) return;
  checklistsDocument.store.set(withEntry($checklists.get(), runId, progress));
}

/** Put back one run's progress, leaving every other run's as it is now. */
export function putBackRunProgress(runId: string, progress: RunProgress): void {
  checklistsDocument.store.set({ ...$checklists.get(), [runId]: progress });
}
