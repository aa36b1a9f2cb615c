import * as v from 'valibot';
import type { ReleaseRun } from '../releases/release-run.ts';
import type { Codec } from '../storage/envelope.ts';
import type { ChecklistItem } from './checklist-item.ts';

export const ITEM_STATUSES = ['open', 'done', 'na'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * What happened to one item in one release run. `at` and `by` say when and by whom the status
 * was last set (an item set back to open keeps them: "reopened 15:52 by Dana").
 */
export const ItemStateSchema = v.object({
  status: v.picklist(ITEM_STATUSES),
  at: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  by: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Why the item does not apply; required for N/A. */
  reason: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
});

export type ItemState = v.InferOutput<typeof ItemStateSchema>;

/** Item states by item id. */
export type ChecklistState = Record<string, ItemState>;

/** Item states by release run id, then checklist id, then item id. */
export const ChecklistsSchema = v.record(v.string(), v.record(v.string(), v.record(v.string(), ItemStateSchema)));
export type Checklists = v.InferOutput<typeof ChecklistsSchema>;

export const checklistsCodec: Codec<Checklists> = {
  label: 'checklist progress',
  version: 1,
  schema: ChecklistsSchema,
  migrations: {},
  empty: () => ({}),
};

export interface Signature {
  at: string;
  by?: string | undefined;
}

const OPEN: ItemState = { status: 'open' };

function signed(state: ItemState | undefined, status: ItemStatus, signature: Signature): ItemState {
  const { note } = state ?? OPEN;
  return { status, at: signature.at, ...(signature.by ? { by: signature.by } : {}), ...(note ? { note } : {}) };
}

export function tick(state: ItemState | undefined, signature: Signature): ItemState {
  return signed(state, 'done', signature);
}

export function untick(state: ItemState | undefined, signature: Signature): ItemState {
  return signed(state, 'open', signature);
}

export function markNotApplicable(state: ItemState | undefined, reason: string, signature: Signature): ItemState {
  const trimmed = reason.trim();
  if (trimmed === '') throw new Error('An item marked N/A needs a reason.');
  return { ...signed(state, 'na', signature), reason: trimmed };
}

export function setNote(state: ItemState | undefined, note: string): ItemState {
  const { note: _previous, ...rest } = state ?? OPEN;
  const trimmed = note.trim();
  return trimmed ? { ...rest, note: trimmed } : rest;
}

export const AUTOMATIC_NA_REASON = 'Not a customer-facing release';

/** The state shown for an item: stored, or N/A by itself when a customer-facing item meets an internal run. */
export function effectiveState(
  item: ChecklistItem,
  stored: ItemState | undefined,
  run: Pick<ReleaseRun, 'customerFacing'>,
): ItemState & { automatic?: true } {
  if (item.condition === 'customer-facing' && !run.customerFacing && (stored?.status ?? 'open') === 'open') {
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
  items: readonly ChecklistItem[],
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
