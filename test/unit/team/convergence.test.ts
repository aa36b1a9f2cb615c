import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  markNotApplicable,
  setNote,
  tick,
  untick,
} from '../../../src/lib/item-state/item-state.ts';
import { type Checklists } from '../../../src/lib/checklist/checklist-state.ts';
import { itemHistory, readActions } from '../../../src/lib/team/item-history.ts';
import {
  markItemNotApplicable,
  readNotesDraft,
  readRunChecklists,
  resetChecklist,
  setItemNote,
  setNotesField,
  tickItem,
  untickItem,
} from '../../../src/lib/team/run-document.ts';
import { replicas, send, syncAll } from '../../support/yjs-replicas.ts';

const LISTS = ['deployment', 'pre-release'] as const;
const ITEMS = ['smoke', 'window', '__proto__'] as const;
const PEOPLE = ['Dana', 'Lee', ''] as const;

const signature = fc.record({
  minute: fc.integer({ min: 0, max: 59 }),
  by: fc.constantFrom(...PEOPLE),
});
const target = { list: fc.constantFrom(...LISTS), item: fc.constantFrom(...ITEMS) };

const itemChange = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), ...target, signature }),
  fc.record({ kind: fc.constant('untick' as const), ...target, signature }),
  fc.record({
    kind: fc.constant('na' as const),
    ...target,
    signature,
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    ...target,
    signature,
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('reset' as const), list: fc.constantFrom(...LISTS), signature }),
);
type ItemChange = typeof itemChange extends fc.Arbitrary<infer T> ? T : never;

const sig = ({ minute, by }: { minute: number; by: string }) => ({
  at: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
  ...(by ? { by } : {}),
});

function applyToDoc(doc: Y.Doc, change: ItemChange): void {
  const signed = sig(change.signature);
  if (change.kind === 'reset') resetChecklist(doc, change.list, signed);
  else if (change.kind === 'tick') tickItem(doc, change.list, change.item, signed);
  else if (change.kind === 'untick') untickItem(doc, change.list, change.item, signed);
  else if (change.kind === 'na')
    markItemNotApplicable(doc, change.list, change.item, change.text, signed);
  else setItemNote(doc, change.list, change.item, change.text, signed);
}

/** The same change through the pure transitions, on the shape the checklists store keeps. */
function applyToModel(model: Checklists[string], change: ItemChange): Checklists[string] {
  const signed = sig(change.signature);
  if (change.kind === 'reset') {
    const { [change.list]: _reset, ...others } = model;
    return others;
  }
  const states = Object.hasOwn(model, change.list) ? model[change.list]! : {};
  const current = Object.hasOwn(states, change.item) ? states[change.item] : undefined;
  const next =
    change.kind === 'tick'
      ? tick(current, signed)
      : change.kind === 'untick'
        ? untick(current, signed)
        : change.kind === 'na'
          ? markNotApplicable(current, change.text, signed)
          : setNote(current, change.text, signed);
  return {
    ...model,
    [change.list]: Object.fromEntries([...Object.entries(states), [change.item, next]]),
  };
}

describe('a run document under random changes', () => {
  it('reads back on one replica exactly what the pure transitions produce', () => {
    fc.assert(
      fc.property(fc.array(itemChange, { maxLength: 30 }), (changes) => {
        const [doc] = replicas(1) as [Y.Doc];
        let model: Checklists[string] = {};
        for (const change of changes) {
          let expected: Checklists[string];
          try {
            expected = applyToModel(model, change);
          } catch {
            expect(() => applyToDoc(doc, change)).toThrow();
            continue;
          }
          applyToDoc(doc, change);
          model = expected;
        }
        expect(readRunChecklists(doc)).toEqual(model);
        // Each change is named in the history as what it was (never a catch-all restore).
        expect(readActions(doc).filter((action) => action.action === 'restore')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  const step = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ replica: fc.integer({ min: 0, max: 2 }), change: itemChange }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        replica: fc.integer({ min: 0, max: 2 }),
        field: fc.constantFrom('summary', 'release', '__proto__'),
        value: fc.string({ maxLength: 8 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        from: fc.integer({ min: 0, max: 2 }),
        to: fc.integer({ min: 0, max: 2 }),
      }),
    },
  );
  const mergeOrder = fc.constantFrom(
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  );

  it('ends identical on every replica, with every action in exactly one item history', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), mergeOrder, (steps, order) => {
        const docs = replicas(3);
        const written: string[] = [];
        for (const current of steps) {
          if ('from' in current) {
            send(docs[current.from]!, docs[current.to]!);
            continue;
          }
          const doc = docs[current.replica]!;
          if ('field' in current) {
            setNotesField(doc, current.field, current.value);
            continue;
          }
          const before = new Set(readActions(doc).map((action) => action.id));
          try {
            applyToDoc(doc, current.change);
          } catch {
            // an N/A without a reason is refused, as locally
          }
          written.push(
            ...readActions(doc).flatMap((action) => (before.has(action.id) ? [] : [action.id])),
          );
        }
        syncAll(docs, order);
        const [first, ...others] = docs.map((doc) => ({
          checklists: readRunChecklists(doc),
          notes: readNotesDraft(doc),
          histories: LISTS.flatMap((list) => ITEMS.map((item) => itemHistory(doc, list, item))),
        }));
        for (const other of others) expect(other).toEqual(first);
        const inHistories = first!.histories.flat().map((action) => action.id);
        expect(inHistories.sort()).toEqual([...written].sort());
        expect(new Set(inHistories).size).toBe(inHistories.length);
      }),
      { numRuns: 120 },
    );
  });
});
