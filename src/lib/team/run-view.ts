/**
 * A shared run as the API for CI shows it: the run, its progress, its checklists with each item's state, and the
 * answers built on them (which run `current` means, what an item still waits for, whether a deploy may go). Item
 * states come from the run document as the pages read them; completeness and waits are the pages' own rules.
 */
import type { CatalogChecklist } from '../checklist/checklist-catalog.ts';
import { openPrerequisites } from '../checklist/checklist-order.ts';
import {
  checklistProgress,
  effectiveState,
  type ChecklistState,
} from '../checklist/checklist-state.ts';
import type { ReleaseRun, Releases } from '../releases/release-run.ts';
import { latestOpenRun } from './team-list.ts';

/** Item states of one run, by checklist id then item id. */
export type RunStates = Record<string, ChecklistState>;

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

export function runProgress(
  run: ReleaseRun,
  states: RunStates,
  catalog: readonly CatalogChecklist[],
) {
  let done = 0;
  let total = 0;
  let complete = true;
  for (const checklist of catalog) {
    const progress = checklistProgress(checklist.items, own(states, checklist.id), run);
    done += progress.done + progress.na;
    total += progress.total;
    complete &&= progress.complete;
  }
  return { complete, progress: { done, total } };
}

export function runSummary(
  run: ReleaseRun,
  states: RunStates,
  catalog: readonly CatalogChecklist[],
) {
  const { id, version, name, type, customerFacing, createdAt } = run;
  return {
    id,
    version,
    ...(name ? { name } : {}),
    type,
    customerFacing,
    createdAt,
    ...runProgress(run, states, catalog),
  };
}

/** One item as the API shows it: its words, owners, and state (`na` also when it does not apply by itself). */
export function itemView(
  run: ReleaseRun,
  item: CatalogChecklist['items'][number],
  stored: RunStates[string][string] | undefined,
) {
  const state = effectiveState(item, stored, run);
  return {
    id: item.id,
    text: item.text,
    owners: item.owners,
    state: state.status,
    ...(state.by ? { by: state.by } : {}),
    ...(state.at ? { at: state.at } : {}),
    ...(state.reason ? { reason: state.reason } : {}),
    ...(state.note ? { note: state.note } : {}),
  };
}

export function runDetail(
  run: ReleaseRun,
  states: RunStates,
  catalog: readonly CatalogChecklist[],
) {
  return {
    ...runSummary(run, states, catalog),
    checklists: catalog.map((checklist) => ({
      id: checklist.id,
      title: checklist.title,
      items: checklist.items.map((item) =>
        itemView(run, item, own(own(states, checklist.id), item.id)),
      ),
    })),
  };
}

/**
 * The run `ref` names: its id, else the newest run of that version, else (`current`) the newest run not complete
 * as the pages land on it, else the newest run.
 */
export function findRun(
  releases: Releases,
  ref: string,
  isComplete: (run: ReleaseRun) => boolean,
): ReleaseRun | undefined {
  if (ref === 'current') return latestOpenRun(releases, isComplete) ?? releases.runs.at(-1);
  return (
    releases.runs.find((run) => run.id === ref) ??
    [...releases.runs].reverse().find((run) => run.version === ref.replace(/^v/, ''))
  );
}

/** What an item still waits for in the run (the words of each open item, "Checklist (n open)"); empty if nothing. */
export function openWaits(
  catalog: readonly CatalogChecklist[],
  checklist: CatalogChecklist,
  itemId: string,
  run: ReleaseRun,
  states: RunStates,
): string[] {
  return openPrerequisites(
    own(checklist.waits, itemId),
    checklist.items,
    own(states, checklist.id) ?? {},
    catalog.map(({ id, title, items }) => ({ id, title, items, states: own(states, id) })),
    run,
  );
}

export type GateAnswer =
  | { ready: true }
  | { ready: false; open: { checklist: string; item: string; text: string }[] }
  | { unknown: string[] };

/**
 * Whether everything a pipeline names (`checklistId` or `checklistId/itemId`) is done or N/A in the run. Names
 * that are no checklist or item are answered as unknown, so that a typo cannot open a gate.
 */
export function gate(
  run: ReleaseRun,
  states: RunStates,
  catalog: readonly CatalogChecklist[],
  required: readonly string[],
): GateAnswer {
  const unknown: string[] = [];
  const open: { checklist: string; item: string; text: string }[] = [];
  for (const name of required) {
    const [checklistId = '', itemId] = name.split('/', 2);
    const checklist = catalog.find(({ id }) => id === checklistId);
    const items = checklist?.items.filter((item) => itemId === undefined || item.id === itemId);
    if (!checklist || !items?.length) {
      unknown.push(name);
      continue;
    }
    for (const item of items) {
      const stored = own(own(states, checklist.id), item.id);
      if (effectiveState(item, stored, run).status === 'open')
        open.push({ checklist: checklist.id, item: item.id, text: item.text });
    }
  }
  if (unknown.length > 0) return { unknown };
  return open.length === 0 ? { ready: true } : { ready: false, open };
}
