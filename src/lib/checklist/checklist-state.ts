/**
 * The progress of checklists in release runs: what is stored (item states by run, checklist and
 * item), the state an item shows (customer-facing items are N/A by themselves for an internal
 * run) and the progress figures.
 */
import * as v from 'valibot';
import { OPEN, SignedNoteStateSchema, type ItemState } from '../item-state/item-state.ts';
import type { ReleaseRun } from '../releases/release-run.ts';
import { defineCodec } from '../storage/envelope.ts';
import type { ChecklistItem } from './checklist-item.ts';

/** Item states by item id. */
export type ChecklistState = Record<string, ItemState>;

/** Item states by release run id, then checklist id, then item id. */
export const ChecklistsSchema = v.record(
  v.string(),
  v.record(v.string(), v.record(v.string(), SignedNoteStateSchema)),
);
export type Checklists = v.InferOutput<typeof ChecklistsSchema>;

/**
 * Version 2 signs notes (`noteAt`, `noteBy`). A version 1 note stays unsigned: who wrote it was
 * never recorded, so a signature found in version 1 data was not written by this site and is
 * dropped rather than shown as someone's (no run, checklist or item id is spelt so: ids are lower
 * case). The version goes up so that a page of the site from before (a cached tab, an old service
 * worker) refuses this data instead of writing it back without the signatures.
 */
export function signedNotesFromVersion1(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data), (key, value: unknown) =>
    key === 'noteAt' || key === 'noteBy' ? undefined : value,
  );
}

/** Embeds `SignedNoteStateSchema`: a change to it is a change to this format (see item-state.ts). */
export const checklistsCodec = defineCodec('checklist progress', ChecklistsSchema, () => ({}), {
  version: 2,
  migrations: { 1: signedNotesFromVersion1 },
});

export const AUTOMATIC_NA_REASON = 'Not a customer-facing release';

/** The state shown for an item: stored, or N/A by itself when a customer-facing item meets an internal run. */
export function effectiveState(
  item: Pick<ChecklistItem, 'condition'>,
  stored: ItemState | undefined,
  run: Pick<ReleaseRun, 'customerFacing'>,
): ItemState & { automatic?: true } {
  if (
    item.condition === 'customer-facing' &&
    !run.customerFacing &&
    (stored?.status ?? 'open') === 'open'
  ) {
    return { ...(stored ?? {}), status: 'na', reason: AUTOMATIC_NA_REASON, automatic: true };
  }
  return stored ?? OPEN;
}

export interface Progress {
  total: number;
  done: number;
  na: number;
  open: number;
  complete: boolean;
}

export function checklistProgress(
  items: readonly Pick<ChecklistItem, 'id' | 'condition'>[],
  states: ChecklistState | undefined,
  run: Pick<ReleaseRun, 'customerFacing'>,
): Progress {
  let done = 0;
  let na = 0;
  for (const item of items) {
    const status = effectiveState(item, states?.[item.id], run).status;
    if (status === 'done') done += 1;
    else if (status === 'na') na += 1;
  }
  const open = items.length - done - na;
  return { total: items.length, done, na, open, complete: open === 0 };
}

/** "5 of 8 done · 1 N/A" */
export function describeProgress(progress: Progress): string {
  const na = progress.na > 0 ? ` · ${progress.na} N/A` : '';
  return `${progress.done} of ${progress.total} done${na}`;
}
