/**
 * The state of one item that people tick, skip and sign: a checklist item in a release run, a
 * step of an incident. Both stored formats embed this schema, so it lives here, apart from
 * either of them, and changes here are changes to both.
 *
 * Rule: a change to `ItemStateSchema` changes the stored format of every codec that embeds it
 * (`checklistsCodec`, `incidentsCodec`): bump each codec's version and give it a migration.
 * `test/unit/item-state/item-state.test.ts` pins the shape so that such a change cannot go
 * unnoticed.
 */
import * as v from 'valibot';

export const ITEM_STATUSES = ['open', 'done', 'na'] as const;

/** The longest signature, reason and note an item keeps, here and in the team's item history. */
export const SIGNATURE_MAX = 200;
export const REASON_MAX = 2000;
export const NOTE_MAX = 5000;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * What happened to one item. `at` and `by` say when and by whom the status was last set (an
 * item set back to open keeps them: "Reopened 15:52 by Dana").
 */
export const ItemStateSchema = v.object({
  status: v.picklist(ITEM_STATUSES),
  at: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  by: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX))),
  /** Why the item does not apply (required for N/A), or why it was done before what it waits for. */
  reason: v.optional(v.pipe(v.string(), v.maxLength(REASON_MAX))),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
});

/**
 * A checklist item's state: as above, and who wrote its note and when, so that a note read days
 * later still says whose it is. Incident steps carry no notes, so the incidents' format keeps
 * `ItemStateSchema`; checklist progress (and the team's item actions) store this one. A note
 * written before notes were signed has neither.
 */
export const SignedNoteStateSchema = v.object({
  ...ItemStateSchema.entries,
  noteAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  noteBy: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX))),
});

export type ItemState = v.InferOutput<typeof SignedNoteStateSchema>;

/** When a change was made and who made it ("Dana (QA Lead)"), when they said who they are. */
export interface Signature {
  at: string;
  by?: string | undefined;
}

/** A signature for a change made now. */
export function signNow(by: string | undefined, now = new Date()): Signature {
  return { at: now.toISOString(), by };
}

export const OPEN: ItemState = Object.freeze({ status: 'open' });

/** A new status, signed; the note and its signature stay as they were (ticking, reopening or skipping keeps them). */
function signed(state: ItemState | undefined, status: ItemStatus, signature: Signature): ItemState {
  const { status: _status, at: _at, by: _by, reason: _reason, ...note } = state ?? OPEN;
  return { status, at: signature.at, ...(signature.by ? { by: signature.by } : {}), ...note };
}

export function tick(state: ItemState | undefined, signature: Signature): ItemState {
  return signed(state, 'done', signature);
}

export function untick(state: ItemState | undefined, signature: Signature): ItemState {
  return signed(state, 'open', signature);
}

export function markNotApplicable(
  state: ItemState | undefined,
  reason: string,
  signature: Signature,
): ItemState {
  const trimmed = reason.trim();
  if (trimmed === '') throw new Error('An item marked N/A needs a reason.');
  return { ...signed(state, 'na', signature), reason: trimmed };
}

/**
 * Write, change or clear (empty text) an item's note, signed with who wrote it and when. Saving the
 * same words again changes nothing, so the note keeps its first signature.
 */
export function setNote(
  state: ItemState | undefined,
  note: string,
  signature: Signature,
): ItemState {
  const { note: previous, noteAt: _at, noteBy: _by, ...rest } = state ?? OPEN;
  const trimmed = note.trim();
  if (trimmed === '') return rest;
  if (state && trimmed === previous) return state;
  return {
    ...rest,
    note: trimmed,
    noteAt: signature.at,
    ...(signature.by ? { noteBy: signature.by } : {}),
  };
}
