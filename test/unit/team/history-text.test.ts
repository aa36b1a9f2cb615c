import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { witnessKey } from '../../../src/lib/team/witness.ts';
import {
  checklistHistory,
  documentHistories,
  historyKey,
  historyLine,
  historySignature,
  signerLine,
  timelineSignatures,
  UNCONFIRMED,
} from '../../../src/lib/team/history-text.ts';
import type { ItemAction } from '../../../src/lib/team/item-history.ts';

const at = '2026-11-26T10:02:00.000Z';
const action = (fields: Partial<ItemAction> & Pick<ItemAction, 'action'>): ItemAction => ({
  id: 'a.1',
  list: 'deployment',
  item: 'staging',
  seq: 1,
  at,
  ...fields,
});
const time = (iso: string) => `[${iso}]`;

describe('historyLine', () => {
  it('words each action as an item state is worded, with who and when', () => {
    expect(historyLine(action({ action: 'done', by: 'Dana (QA Lead)' }), time)).toBe(
      `Done [${at}] by Dana (QA Lead)`,
    );
    expect(historyLine(action({ action: 'reopen' }), time)).toBe(`Reopened [${at}]`);
    expect(historyLine(action({ action: 'na', reason: 'no database', by: 'Sam' }), time)).toBe(
      `N/A: no database · [${at}] by Sam`,
    );
    expect(historyLine(action({ action: 'note', note: 'ask Lee', by: 'Sam' }), time)).toBe(
      `Note: ask Lee · [${at}] by Sam`,
    );
    expect(historyLine(action({ action: 'note', note: '', by: 'Sam' }), time)).toBe(
      `Note cleared [${at}] by Sam`,
    );
    expect(historyLine(action({ action: 'import', by: ' ' }), time)).toBe(
      `Shared with the team [${at}]`,
    );
    expect(historyLine(action({ action: 'reset', by: 'Lee' }), time)).toBe(`Reset [${at}] by Lee`);
    expect(historyLine(action({ action: 'restore', by: 'Lee' }), time)).toBe(
      `Put back [${at}] by Lee`,
    );
  });
});

describe('checklistHistory', () => {
  it('picks one checklist’s histories by item id, leaving out other lists and items without one', () => {
    const staging = [action({ action: 'done' })];
    const histories = {
      [historyKey('deployment', 'staging')]: staging,
      [historyKey('deployment', 'backup')]: [],
      [historyKey('pre-release', 'staging')]: [action({ action: 'reopen', list: 'pre-release' })],
    };
    expect(checklistHistory(histories, 'deployment', ['staging', 'backup', 'production'])).toEqual({
      staging,
    });
    expect(checklistHistory(undefined, 'deployment', ['staging'])).toEqual({});
  });

  it('reads item ids that are names of object properties as plain ids', () => {
    const proto = [action({ action: 'done', item: '__proto__' })];
    const picked = checklistHistory(
      { [historyKey('deployment', '__proto__')]: proto },
      'deployment',
      ['__proto__', 'constructor'],
    );
    expect(Object.keys(picked)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
  });
});

describe('the server’s word in a history line', () => {
  const witness = (receivedAt: string, name = 'Dana', role?: string) => ({
    name,
    ...(role ? { role } : {}),
    receivedAt,
  });

  it('names the sender the server witnessed, whatever name the action was signed with', () => {
    const forged = action({ action: 'done', by: 'Alex (CTO)' });
    expect(historyLine({ ...forged, witness: witness(at, 'Lee', 'QA Lead') }, time)).toBe(
      `Done [${at}] by Lee (QA Lead)`,
    );
  });

  it('says an action the server has not received yet is not yet confirmed', () => {
    expect(
      historyLine({ ...action({ action: 'done', by: 'Dana' }), witness: UNCONFIRMED }, time),
    ).toBe(`Done [${at}] by Dana · not yet confirmed by the server`);
    expect(historySignature({ ...action({ action: 'done' }), witness: UNCONFIRMED })).toEqual({
      madeAt: at,
      unconfirmed: true,
    });
  });

  it('shows both times for an action made offline and received later, and one time otherwise', () => {
    const late = '2026-11-26T10:40:00.000Z';
    expect(historyLine({ ...action({ action: 'done' }), witness: witness(late) }, time)).toBe(
      `Done · made [${at}] offline, received [${late}] by Dana`,
    );
    expect(
      historyLine(
        { ...action({ action: 'na', reason: 'none' }), witness: witness(late, 'Sam') },
        time,
      ),
    ).toBe(`N/A: none · made [${at}] offline, received [${late}] by Sam`);
    // A few seconds on the way is not "offline".
    const soon = '2026-11-26T10:02:03.000Z';
    expect(historySignature({ ...action({ action: 'done' }), witness: witness(soon) })).toEqual({
      by: 'Dana',
      madeAt: at,
      unconfirmed: false,
    });
  });
});

describe('documentHistories', () => {
  it('gives each action the server’s witness from the document, or marks it unconfirmed', () => {
    const doc = new Y.Doc();
    doc
      .getArray('itemActions')
      .push([
        action({ id: 'a.1', action: 'done', by: 'Alex (CTO)' }),
        action({ id: 'a.2', seq: 2, action: 'reopen', at: '2026-11-26T10:05:00.000Z' }),
      ]);
    const witnessed = { name: 'Lee', role: 'QA Lead', receivedAt: at };
    doc.getMap('witness').set(witnessKey('itemActions', 'a.1'), witnessed);
    const [done, reopened] = documentHistories(doc)[historyKey('deployment', 'staging')]!;
    expect(done!.witness).toEqual(witnessed);
    expect(reopened!.witness).toBe(UNCONFIRMED);
  });
});

describe('signerLine', () => {
  const late = '2026-11-26T10:40:00.000Z';
  const line = (entry: Parameters<typeof historySignature>[0]) =>
    signerLine(historySignature(entry), time);
  it('names whom the server witnessed, not the signed name, with both times for work made offline', () => {
    const entry = { at, by: 'Alex (CTO)' };
    expect(line({ ...entry, witness: { name: 'Sam', role: 'QA Lead', receivedAt: at } })).toBe(
      'Sam (QA Lead)',
    );
    expect(line({ ...entry, witness: { name: 'Sam', receivedAt: late } })).toBe(
      `Sam · made [${at}] offline, received [${late}]`,
    );
    expect(line({ ...entry, witness: UNCONFIRMED })).toBe(
      'Alex (CTO) · not yet confirmed by the server',
    );
    // Local work has no witness: its signature, or nothing.
    expect(line(entry)).toBe('Alex (CTO)');
    expect(line({ at })).toBe('');
  });
});

describe('timelineSignatures', () => {
  it('signs each timeline entry of an incident document with the server’s witness, or marks it unconfirmed', () => {
    const doc = new Y.Doc();
    doc.getArray('timeline').push([
      { id: 't.1', at, kind: 'note', text: 'Paged', by: 'Alex (CTO)' },
      { id: 't.2', at, kind: 'note', text: 'Offline note', by: 'Alex (CTO)' },
    ]);
    const witnessed = { name: 'Sam', role: 'Release Manager', receivedAt: at };
    doc.getMap('witness').set(witnessKey('timeline', 't.1'), witnessed);
    expect(timelineSignatures(doc)).toEqual({
      't.1': { by: 'Sam (Release Manager)', madeAt: at, unconfirmed: false },
      't.2': { by: 'Alex (CTO)', madeAt: at, unconfirmed: true },
    });
  });
});
