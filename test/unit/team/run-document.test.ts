import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ItemState,
} from '../../../src/lib/item-state/item-state.ts';
import { itemHistory, unreadableActionCount } from '../../../src/lib/team/item-history.ts';
import {
  clearNotesDraft,
  importRunWork,
  markItemNotApplicable,
  readChecklist,
  readNotesDraft,
  readRunChecklists,
  resetChecklist,
  restoreChecklist,
  setItemNote,
  setNotesField,
  tickItem,
  untickItem,
  writeNotesDraft,
} from '../../../src/lib/team/run-document.ts';
import { replicas, send, syncAll } from '../../support/yjs-replicas.ts';

const at = (time: string, by?: string, role?: string) => ({
  at: `2026-11-26T${time}.000Z`,
  ...(by ? { by } : {}),
  ...(role ? { role } : {}),
});

describe('one replica reads back what the pure transitions make', () => {
  it('matches tick, setNote, untick and markNotApplicable step by step', () => {
    const [doc] = replicas(1) as [Y.Doc];
    let expected: ItemState | undefined;
    const steps: [(d: Y.Doc) => void, (s: ItemState | undefined) => ItemState][] = [
      [
        (d) => tickItem(d, 'deploy', 'smoke', at('10:00:00', 'Dana (QA Lead)')),
        (s) => tick(s, at('10:00:00', 'Dana (QA Lead)')),
      ],
      [
        (d) => setItemNote(d, 'deploy', 'smoke', '  waiting for the DBA ', at('10:01:00', 'Lee')),
        (s) => setNote(s, '  waiting for the DBA ', at('10:01:00', 'Lee')),
      ],
      [(d) => untickItem(d, 'deploy', 'smoke', at('10:02:00')), (s) => untick(s, at('10:02:00'))],
      [
        (d) => markItemNotApplicable(d, 'deploy', 'smoke', ' stateless ', at('10:03:00', 'Lee')),
        (s) => markNotApplicable(s, ' stateless ', at('10:03:00', 'Lee')),
      ],
      [
        (d) => setItemNote(d, 'deploy', 'smoke', '', at('10:04:00', 'Lee')),
        (s) => setNote(s, '', at('10:04:00', 'Lee')),
      ],
    ];
    for (const [apply, transition] of steps) {
      apply(doc);
      expected = transition(expected);
      expect(readChecklist(doc, 'deploy')).toEqual({ smoke: expected });
    }
    const history = itemHistory(doc, 'deploy', 'smoke');
    expect(history.map((action) => action.action)).toEqual([
      'done',
      'note',
      'reopen',
      'na',
      'note',
    ]);
    expect(history[0]).toMatchObject({ by: 'Dana (QA Lead)', at: '2026-11-26T10:00:00.000Z' });
    expect(history[3]).toMatchObject({ reason: 'stateless', by: 'Lee' });
  });

  it('keeps the role of who signed in the history', () => {
    const [doc] = replicas(1) as [Y.Doc];
    tickItem(doc, 'deploy', 'smoke', at('10:00:00', 'Dana (QA Lead)', 'qa-lead'));
    expect(itemHistory(doc, 'deploy', 'smoke')[0]).toMatchObject({
      action: 'done',
      role: 'qa-lead',
    });
  });

  it('refuses N/A without a reason and writes nothing', () => {
    const [doc] = replicas(1) as [Y.Doc];
    expect(() => markItemNotApplicable(doc, 'deploy', 'smoke', '  ', at('10:00:00'))).toThrow(
      'An item marked N/A needs a reason.',
    );
    expect(itemHistory(doc, 'deploy', 'smoke')).toEqual([]);
  });

  it('resets a checklist and undoes the reset, with every step in the history', () => {
    const [doc] = replicas(1) as [Y.Doc];
    tickItem(doc, 'deploy', 'a', at('10:00:00', 'Dana'));
    markItemNotApplicable(doc, 'deploy', 'b', 'no schema change', at('10:01:00', 'Lee'));
    tickItem(doc, 'other', 'c', at('10:02:00'));
    const before = readChecklist(doc, 'deploy');
    resetChecklist(doc, 'deploy', at('10:05:00', 'Sam'));
    expect(readRunChecklists(doc)).toEqual({
      other: { c: { status: 'done', at: '2026-11-26T10:02:00.000Z' } },
    });
    restoreChecklist(doc, 'deploy', before, at('10:06:00', 'Sam'));
    expect(readChecklist(doc, 'deploy')).toEqual(before);
    expect(itemHistory(doc, 'deploy', 'b').map((action) => [action.action, action.by])).toEqual([
      ['na', 'Lee'],
      ['reset', 'Sam'],
      ['restore', 'Sam'],
    ]);
  });
});

describe('replicas merging', () => {
  it('counts ticks on different items made offline on two replicas, whatever the merge order', () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    tickItem(a, 'deploy', 'smoke', at('10:00:00', 'Dana'));
    tickItem(b, 'deploy', 'window', at('10:00:05', 'Lee'));
    send(b, c);
    send(a, c);
    send(a, b);
    send(b, a);
    for (const doc of [a, b, c])
      expect(Object.keys(readChecklist(doc, 'deploy')).sort()).toEqual(['smoke', 'window']);
  });

  it('ends one item changed at once by two people in the same state everywhere, keeping both actions', () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    tickItem(a, 'deploy', 'smoke', at('10:00:00', 'Dana'));
    markItemNotApplicable(b, 'deploy', 'smoke', 'no staging today', at('10:00:03', 'Lee'));
    send(b, c);
    send(a, c);
    send(a, b);
    send(c, a);
    const expected = {
      status: 'na',
      at: '2026-11-26T10:00:03.000Z',
      by: 'Lee',
      reason: 'no staging today',
    };
    for (const doc of [a, b, c]) {
      expect(readChecklist(doc, 'deploy')).toEqual({ smoke: expected });
      expect(itemHistory(doc, 'deploy', 'smoke').map((action) => action.by)).toEqual([
        'Dana',
        'Lee',
      ]);
    }
  });

  it('lets an action made after seeing another win even when its clock is behind', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    tickItem(a, 'deploy', 'smoke', at('10:00:00', 'Dana'));
    send(a, b);
    untickItem(b, 'deploy', 'smoke', at('09:58:00', 'Lee')); // Lee's clock is two minutes slow
    send(b, a);
    for (const doc of [a, b]) expect(readChecklist(doc, 'deploy').smoke?.status).toBe('open');
  });

  it('keeps an item ticked offline while another replica reset the checklist', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    tickItem(a, 'deploy', 'smoke', at('10:00:00', 'Dana'));
    syncAll([a, b]);
    resetChecklist(a, 'deploy', at('10:05:00', 'Sam'));
    tickItem(b, 'deploy', 'window', at('10:06:00', 'Lee'));
    syncAll([a, b], [1, 0]);
    for (const doc of [a, b]) expect(Object.keys(readChecklist(doc, 'deploy'))).toEqual(['window']);
  });
});

describe('release-notes draft', () => {
  it('merges edits of different fields and settles the same field on one value everywhere', () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    setNotesField(a, 'summary', 'Faster checkout');
    setNotesField(b, 'known-issues', 'None known');
    setNotesField(a, 'release', 'Aurora 2.4.0');
    setNotesField(b, 'release', 'Aurora 2.4.1');
    syncAll([a, b, c], [1, 0]);
    const draft = readNotesDraft(a);
    expect(draft).toMatchObject({ summary: 'Faster checkout', 'known-issues': 'None known' });
    expect(['Aurora 2.4.0', 'Aurora 2.4.1']).toContain(draft?.release);
    expect(readNotesDraft(b)).toEqual(draft);
    expect(readNotesDraft(c)).toEqual(draft);
  });

  it('keeps a field typed at the same moment as someone clears the draft, and undoes a clear', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    writeNotesDraft(a, { summary: 'First', release: '2.4.0' });
    syncAll([a, b]);
    const cleared = readNotesDraft(a);
    clearNotesDraft(a);
    setNotesField(b, 'summary', 'Second');
    syncAll([a, b]);
    for (const doc of [a, b]) expect(readNotesDraft(doc)).toEqual({ summary: 'Second' });
    writeNotesDraft(a, cleared);
    expect(readNotesDraft(a)).toEqual({ summary: 'First', release: '2.4.0' });
    clearNotesDraft(a);
    expect(readNotesDraft(a)).toBeUndefined();
  });
});

describe('hostile and foreign input', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '{"v":1,"data":{}}',
    '__proto__',
    '[x](javascript:alert(1))',
    'a\u0000b\u202e',
  ];

  it('stores typed text as the plain string it is, also under odd ids', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    for (const [index, text] of hostile.entries()) {
      setItemNote(a, '__proto__', text, text, at(`10:0${index}:00`));
      setNotesField(a, text, text);
    }
    markItemNotApplicable(a, 'constructor', 'toString', hostile[0]!, at('10:09:00'));
    send(a, b);
    const checklists = readRunChecklists(b);
    expect(Object.getPrototypeOf(checklists)).toBe(Object.prototype);
    expect(Object.hasOwn(checklists, '__proto__')).toBe(true);
    for (const [index, text] of hostile.entries()) {
      expect(checklists.__proto__?.[text]).toEqual({
        status: 'open',
        note: text.trim(),
        noteAt: `2026-11-26T10:0${index}:00.000Z`,
      });
    }
    expect(checklists.constructor?.toString).toMatchObject({ status: 'na', reason: hostile[0] });
    const draft = readNotesDraft(b) ?? {};
    for (const text of hostile)
      expect(Object.getOwnPropertyDescriptor(draft, text)?.value).toBe(text);
  });

  it('skips what a broken replica wrote, counts it, and leaves it in the document', () => {
    const [doc] = replicas(1) as [Y.Doc];
    tickItem(doc, 'deploy', 'smoke', at('10:00:00'));
    doc
      .getArray('itemActions')
      .push([
        { id: 'x', list: 'deploy', item: 'smoke', seq: 'high', action: 'done', at: 'now' },
        42,
      ]);
    doc.getMap('notes').set('summary', { html: '<b>' });
    expect(readChecklist(doc, 'deploy').smoke?.status).toBe('done');
    expect(unreadableActionCount(doc)).toBe(2);
    expect(doc.getArray('itemActions').length).toBe(3);
    expect(readNotesDraft(doc)).toBeUndefined();
  });
});

describe('sharing a local run', () => {
  const work = {
    checklists: {
      deployment: {
        smoke: {
          status: 'done' as const,
          at: '2026-11-26T10:00:00.000Z',
          by: 'Dana',
          note: 'green',
        },
        window: { status: 'na' as const, at: '2026-11-26T10:01:00.000Z', reason: 'not needed' },
        reopened: { status: 'open' as const, at: '2026-11-26T10:02:00.000Z' },
      },
      'pre-release': { noted: { status: 'open' as const, note: 'ask Sam' } },
    },
    draft: { summary: 'Faster checkout', release: 'Aurora 2.4.0' },
  };

  it('reads back exactly what the browser held, and makes the same document from the same data', () => {
    const [first, second] = [new Y.Doc(), new Y.Doc()];
    first.clientID = second.clientID = 7;
    importRunWork(first, work, at('11:00:00', 'Dana'));
    importRunWork(second, structuredClone(work), at('11:00:00', 'Dana'));
    expect(readRunChecklists(first)).toEqual(work.checklists);
    expect(readNotesDraft(first)).toEqual(work.draft);
    expect(Y.encodeStateAsUpdate(second)).toEqual(Y.encodeStateAsUpdate(first));
    expect(itemHistory(first, 'deployment', 'smoke')).toEqual([
      expect.objectContaining({ action: 'import', by: 'Dana' }),
    ]);
  });

  it('refuses to import into a run document that already has work', () => {
    const [doc] = replicas(1) as [Y.Doc];
    tickItem(doc, 'deployment', 'smoke', at('10:00:00'));
    expect(() => importRunWork(doc, work, at('11:00:00'))).toThrow('This run is already shared');
    expect(readRunChecklists(doc)).toEqual({
      deployment: { smoke: { status: 'done', at: '2026-11-26T10:00:00.000Z' } },
    });
  });
});

describe('signed checklist notes in a shared run', () => {
  it('carry who wrote them and when to another replica, through ticks, changes and clearing', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    setItemNote(a, 'deploy', 'smoke', 'DBA on call', at('09:00:00', 'Lee (Release Manager)'));
    send(a, b);
    expect(readChecklist(b, 'deploy').smoke).toEqual({
      status: 'open',
      note: 'DBA on call',
      noteAt: '2026-11-26T09:00:00.000Z',
      noteBy: 'Lee (Release Manager)',
    });
    // Another person ticks the item a day's work later: the note keeps its own author and time.
    tickItem(b, 'deploy', 'smoke', at('17:30:00', 'Dana (QA Lead)'));
    send(b, a);
    expect(readChecklist(a, 'deploy').smoke).toMatchObject({
      status: 'done',
      by: 'Dana (QA Lead)',
      noteAt: '2026-11-26T09:00:00.000Z',
      noteBy: 'Lee (Release Manager)',
    });
    setItemNote(a, 'deploy', 'smoke', 'DBA paged', at('18:00:00', 'Sam'));
    send(a, b);
    expect(readChecklist(b, 'deploy').smoke).toMatchObject({
      note: 'DBA paged',
      noteAt: '2026-11-26T18:00:00.000Z',
      noteBy: 'Sam',
    });
    setItemNote(b, 'deploy', 'smoke', ' ', at('18:05:00', 'Sam'));
    send(b, a);
    expect(readChecklist(a, 'deploy').smoke).toEqual({
      status: 'done',
      at: '2026-11-26T17:30:00.000Z',
      by: 'Dana (QA Lead)',
    });
  });

  it('keep their signature when a run is shared, and when a reset is undone', () => {
    const [doc] = replicas(1) as [Y.Doc];
    const noted = {
      status: 'open' as const,
      note: 'flaky scan',
      noteAt: '2026-11-25T10:00:00.000Z',
      noteBy: 'Lee',
    };
    importRunWork(doc, { checklists: { 'pre-release': { ci: noted } } }, at('11:00:00', 'Dana'));
    expect(readChecklist(doc, 'pre-release')).toEqual({ ci: noted });
    resetChecklist(doc, 'pre-release', at('11:05:00', 'Dana'));
    expect(readChecklist(doc, 'pre-release')).toEqual({});
    restoreChecklist(doc, 'pre-release', { ci: noted }, at('11:06:00', 'Dana'));
    expect(readChecklist(doc, 'pre-release')).toEqual({ ci: noted });
  });
});
