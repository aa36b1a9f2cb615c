/**
 * The order a checklist's writer declares: an item that waits for others ("Deploy to production"
 * waits for the staging sign-off and for the pre-release requirements). Ticking it while they are
 * open stays possible, after a confirmation, and the override is recorded with the item. The order
 * is written in content (the `waits` attribute of `<Checklist>`), so no item is named in code.
 */
import type { ItemState } from '../item-state/item-state.ts';
import type { ReleaseRun } from '../releases/release-run.ts';
import type { ChecklistItem } from './checklist-item.ts';
import { checklistProgress, effectiveState, type ChecklistState } from './checklist-state.ts';

/** What one item waits for: items of its own checklist (ids), and whole checklists (ids). */
export interface Waits {
  items: string[];
  checklists: string[];
}

/** What items wait for, by item id. */
export type ChecklistOrder = Record<string, Waits>;

type ItemRef = Pick<ChecklistItem, 'id' | 'text'>;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The item a writer means: its id, or the start of its words ("Deploy to staging"). */
function findItem(name: string, items: readonly ItemRef[]): ItemRef {
  const wanted = normalise(name);
  const byId = items.find((item) => item.id === wanted);
  if (byId) return byId;
  const matches = items.filter((item) => normalise(item.text).startsWith(wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new Error(
      `waits: "${name}" could be any of ${matches.map((item) => `"${item.text}"`).join(', ')}. Write more of its words.`,
    );
  }
  throw new Error(
    `waits: "${name}" is not an item of this checklist. Name an item by the start of its words, or a checklist by its id.`,
  );
}

/**
 * Read a `waits` attribute: rules separated by ";", each "<item>: <what it waits for>, …". An item
 * is named by the start of its words or its id; `checklistIds` are the checklists that may be
 * waited for as a whole. Throws an Error that says what is wrong.
 */
export function parseWaits(
  text: string,
  items: readonly ItemRef[],
  checklistIds: readonly string[],
): ChecklistOrder {
  const order: ChecklistOrder = {};
  for (const rule of text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const colon = rule.indexOf(':');
    if (colon < 0)
      throw new Error(
        `waits: "${rule}" needs the item, a colon, then what it waits for ("Deploy to production: Deploy to staging").`,
      );
    const waiting = findItem(rule.slice(0, colon), items);
    if (order[waiting.id])
      throw new Error(
        `waits: "${waiting.text}" is given twice. Write what it waits for in one rule.`,
      );
    const waits: Waits = { items: [], checklists: [] };
    for (const name of rule
      .slice(colon + 1)
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      if (checklistIds.includes(name)) {
        waits.checklists.push(name);
        continue;
      }
      const prerequisite = findItem(name, items);
      if (prerequisite.id === waiting.id)
        throw new Error(`waits: "${waiting.text}" cannot wait for itself.`);
      waits.items.push(prerequisite.id);
    }
    if (waits.items.length + waits.checklists.length === 0)
      throw new Error(
        `waits: "${waiting.text}" waits for nothing. Name what it waits for after the colon.`,
      );
    order[waiting.id] = waits;
  }
  return order;
}

/** A checklist that may be waited for as a whole, with its progress in the run. */
export interface WaitedChecklist {
  id: string;
  title: string;
  items: readonly Pick<ChecklistItem, 'id' | 'condition'>[];
  states: ChecklistState | undefined;
}

/**
 * What an item still waits for in a run: the words of each open item it waits for, and "Pre-release
 * requirements (3 open)" for each incomplete checklist. Done and N/A count as settled. Empty when
 * the item may be ticked without asking.
 */
export function openPrerequisites(
  waits: Waits | undefined,
  items: readonly Pick<ChecklistItem, 'id' | 'text' | 'condition'>[],
  states: ChecklistState,
  checklists: readonly WaitedChecklist[],
  run: Pick<ReleaseRun, 'customerFacing'>,
): string[] {
  if (!waits) return [];
  const open: string[] = [];
  for (const id of waits.items) {
    const item = items.find((candidate) => candidate.id === id);
    if (
      item &&
      effectiveState(item, Object.hasOwn(states, id) ? states[id] : undefined, run).status ===
        'open'
    )
      open.push(item.text);
  }
  for (const id of waits.checklists) {
    const checklist = checklists.find((candidate) => candidate.id === id);
    const progress = checklist && checklistProgress(checklist.items, checklist.states, run);
    if (checklist && progress && !progress.complete)
      open.push(`${checklist.title} (${progress.open} open)`);
  }
  return open;
}

/** How an override reads in the item's record: "Ticked while open: …; …". */
export function overrideReason(open: readonly string[]): string {
  return `Ticked while open: ${open.join('; ')}`.slice(0, 2000);
}

/** A tick made over open prerequisites: done, with the override kept as the reason. */
export function withOverride(state: ItemState, open: readonly string[]): ItemState {
  return open.length > 0 ? { ...state, reason: overrideReason(open) } : state;
}
