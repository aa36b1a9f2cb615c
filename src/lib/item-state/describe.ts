/**
 * One wording for an item's state, wherever it shows: the checklist row, the incident steps and
 * both Markdown exports say "Done 15:52 UTC by Dana (QA Lead)", "N/A: no database · 15:40 UTC
 * by Lee", "Reopened 16:02 UTC". The description keeps the time apart, so that a page can show
 * it in the reader's time zone and an export in UTC.
 */
import type { ItemState } from './item-state.ts';

/** Words, and the instant to show as a time wherever the description puts one. */
export type DescriptionPart = string | { at: string };

/** How a kind of item words being done and being skipped: a decision is "Rolled back" or "Not needed". */
export interface StateWording {
  done: string;
  skipped: string;
}

export const ITEM_WORDING: StateWording = Object.freeze({ done: 'Done', skipped: 'N/A' });

/**
 * The state as parts: its words, then when and by whom it was set. Empty for an item nobody has
 * touched. An N/A that the site decided by itself (`automatic`) is not signed.
 */
export function describeItemState(
  state: ItemState & { automatic?: true },
  wording: StateWording = ITEM_WORDING,
): DescriptionPart[] {
  const signature: DescriptionPart[] = [];
  if (state.at) signature.push({ at: state.at });
  if (state.by?.trim()) signature.push(`${state.at ? ' ' : ''}by ${state.by}`);
  const signed = state.automatic ? [] : signature;
  // A done item's reason says why it was done out of the declared order ("Ticked while open: …").
  const why = state.reason?.trim() ? [` · ${state.reason.trim()}`] : [];
  if (state.status === 'done')
    return [wording.done, ...(signed.length > 0 ? [' ', ...signed] : []), ...why];
  if (state.status === 'na')
    return [
      `${wording.skipped}: ${state.reason ?? ''}`,
      ...(signed.length > 0 ? [' · ', ...signed] : []),
    ];
  if (state.at) return ['Reopened', ' ', ...signed];
  return [];
}

/** The description as one line of text, with each time written by `formatTime`. */
export function describeItemStateText(
  state: ItemState & { automatic?: true },
  formatTime: (iso: string) => string,
  wording: StateWording = ITEM_WORDING,
): string {
  return describeItemState(state, wording)
    .map((part) => (typeof part === 'string' ? part : formatTime(part.at)))
    .join('');
}

/**
 * A note with who wrote it and when, when that is known: "Note (Lee, 25 Nov, 09:00): DBA on call".
 * A note written before notes were signed is just "Note: DBA on call". Empty without a note.
 */
export function describeNote(
  state: Pick<ItemState, 'note' | 'noteAt' | 'noteBy'>,
): DescriptionPart[] {
  if (!state.note) return [];
  const by = state.noteBy?.trim();
  const signature: DescriptionPart[] = [
    ...(by ? [by] : []),
    ...(by && state.noteAt ? [', '] : []),
    ...(state.noteAt ? [{ at: state.noteAt }] : []),
  ];
  return signature.length > 0
    ? ['Note (', ...signature, `): ${state.note}`]
    : [`Note: ${state.note}`];
}
