import { describe, expect, it } from 'vitest';
import { describePresent, othersPresent, readPresence } from '../../../src/lib/team/presence.ts';

describe('reading who else is here', () => {
  it('reads a name, a role and what is viewed, cut to their lengths', () => {
    expect(readPresence({ user: { name: 'Sam', role: 'QA Lead', viewing: 'run:1' } })).toEqual({
      name: 'Sam',
      role: 'QA Lead',
      viewing: 'run:1',
    });
    expect(readPresence({ user: { name: 'x'.repeat(150), viewing: 'v'.repeat(300) } })).toEqual({
      name: 'x'.repeat(100),
      viewing: 'v'.repeat(200),
    });
  });

  it('shows nobody for a state without a name, or with one that is not text', () => {
    for (const state of [
      null,
      undefined,
      {},
      { user: null },
      { user: { name: '' } },
      { user: { name: 7 } },
    ])
      expect(readPresence(state), JSON.stringify(state)).toBeUndefined();
    expect(readPresence({ user: { name: 'Sam', role: 3, viewing: {} } })).toEqual({ name: 'Sam' });
  });

  it('lists everyone but this page, and leaves out states that show nobody', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Dana' } }],
      [2, { user: { name: 'Sam', viewing: 'incident:9' } }],
      [3, { user: null }],
    ]);
    expect(othersPresent(states, 1)).toEqual([{ name: 'Sam', viewing: 'incident:9' }]);
  });
});

describe('saying who else is here', () => {
  it('names each person once, with the number of their tabs when there are several', () => {
    const dana = { name: 'Dana', role: 'QA Lead', viewing: 'run:1' };
    expect(
      describePresent([
        dana,
        { name: 'Sam' },
        { ...dana, viewing: 'run:2' },
        { name: 'Sam' },
        dana,
      ]),
    ).toBe('Dana (QA Lead) in 3 tabs, Sam in 2 tabs');
    expect(describePresent([dana, { name: 'Dana', role: 'PM' }])).toBe('Dana (QA Lead), Dana (PM)');
    expect(describePresent([])).toBe('');
  });

  it('speaks of this person’s own other tabs as theirs, last', () => {
    const dana = { name: 'Dana', role: 'QA Lead' };
    const sam = { name: 'Sam' };
    expect(describePresent([dana, sam], dana)).toBe('Sam, you in another tab');
    expect(describePresent([dana, dana, sam], dana)).toBe('Sam, you in 2 other tabs');
    expect(describePresent([dana], { name: 'Dana' })).toBe('Dana (QA Lead)');
  });
});
