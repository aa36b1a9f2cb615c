import { describe, expect, it } from 'vitest';
import { checklistHistory, historyKey, historyLine } from '../../../src/lib/team/history-text.ts';
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
