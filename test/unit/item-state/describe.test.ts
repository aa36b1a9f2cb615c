import { describe, expect, it } from 'vitest';
import {
  describeItemState,
  describeItemStateText,
  describeNote,
  ITEM_WORDING,
} from '../../../src/lib/item-state/describe.ts';

const AT = '2026-11-26T15:52:00.000Z';
const utc = (iso: string) => `${iso.slice(11, 16)} UTC`;

describe('describeItemState', () => {
  it('says done, when and by whom, keeping the time apart for the page to format', () => {
    expect(describeItemState({ status: 'done', at: AT, by: 'Dana (QA Lead)' })).toEqual([
      'Done',
      ' ',
      { at: AT },
      ' by Dana (QA Lead)',
    ]);
    expect(describeItemStateText({ status: 'done', at: AT, by: 'Dana (QA Lead)' }, utc)).toBe(
      'Done 15:52 UTC by Dana (QA Lead)',
    );
  });

  it('says N/A with the reason, then the signature', () => {
    expect(
      describeItemStateText({ status: 'na', at: AT, by: 'Lee', reason: 'no database' }, utc),
    ).toBe('N/A: no database · 15:52 UTC by Lee');
    expect(describeItemStateText({ status: 'na', reason: 'no database' }, utc)).toBe(
      'N/A: no database',
    );
  });

  it('does not sign an N/A the site decided by itself', () => {
    expect(
      describeItemStateText(
        {
          status: 'na',
          at: AT,
          by: 'Sam',
          reason: 'Not a customer-facing release',
          automatic: true,
        },
        utc,
      ),
    ).toBe('N/A: Not a customer-facing release');
  });

  it('says reopened for an item set back to open, and nothing for an untouched one', () => {
    expect(describeItemStateText({ status: 'open', at: AT, by: 'Sam', note: 'later' }, utc)).toBe(
      'Reopened 15:52 UTC by Sam',
    );
    expect(describeItemState({ status: 'open' })).toEqual([]);
    expect(describeItemState({ status: 'open', note: 'waiting' })).toEqual([]);
  });

  it('signs without a time or without a name, and ignores a blank name', () => {
    expect(describeItemStateText({ status: 'done', by: 'Dana' }, utc)).toBe('Done by Dana');
    expect(describeItemStateText({ status: 'done', at: AT }, utc)).toBe('Done 15:52 UTC');
    expect(describeItemStateText({ status: 'done', at: AT, by: '  ' }, utc)).toBe('Done 15:52 UTC');
    expect(describeItemStateText({ status: 'done' }, utc)).toBe('Done');
  });

  it('takes the words of another kind of item: a decision is rolled back or not needed', () => {
    const decision = { done: 'Rolled back', skipped: 'Not needed' };
    expect(describeItemStateText({ status: 'done', at: AT, by: 'Lee' }, utc, decision)).toBe(
      'Rolled back 15:52 UTC by Lee',
    );
    expect(
      describeItemStateText({ status: 'na', at: AT, reason: 'fixed forward' }, utc, decision),
    ).toBe('Not needed: fixed forward · 15:52 UTC');
    expect(ITEM_WORDING).toEqual({ done: 'Done', skipped: 'N/A' });
  });
});

describe('describeNote', () => {
  it('says whose a note is and when it was written, keeping the time apart', () => {
    expect(describeNote({ note: 'DBA on call', noteAt: AT, noteBy: 'Lee' })).toEqual([
      'Note (',
      'Lee',
      ', ',
      { at: AT },
      '): DBA on call',
    ]);
    expect(describeNote({ note: 'DBA on call', noteAt: AT })).toEqual([
      'Note (',
      { at: AT },
      '): DBA on call',
    ]);
    expect(describeNote({ note: 'DBA on call', noteBy: ' ' })).toEqual(['Note: DBA on call']);
  });

  it('keeps a note written before notes were signed as it was, and says nothing without a note', () => {
    expect(describeNote({ note: 'flaky scan' })).toEqual(['Note: flaky scan']);
    expect(describeNote({})).toEqual([]);
  });
});
