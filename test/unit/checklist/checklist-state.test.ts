import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../src/lib/checklist/checklist-item.ts';
import {
  AUTOMATIC_NA_REASON,
  checklistProgress,
  describeProgress,
  effectiveState,
} from '../../../src/lib/checklist/checklist-state.ts';
import { INTERNAL_RUN, RUN } from '../../fixtures/release-work.ts';

const at = '2026-11-26T15:52:00.000Z';
const items: ChecklistItem[] = [
  { id: 'a', text: 'A', owners: [] },
  { id: 'b', text: 'B (if needed)', owners: [], condition: 'optional' },
  { id: 'c', text: 'C for customer-facing changes', owners: [], condition: 'customer-facing' },
];

describe('effectiveState and progress', () => {
  it('makes customer-facing items N/A by themselves for an internal run, unless someone ticked them', () => {
    expect(effectiveState(items[2]!, undefined, INTERNAL_RUN)).toEqual({
      status: 'na',
      reason: AUTOMATIC_NA_REASON,
      automatic: true,
    });
    expect(effectiveState(items[2]!, undefined, RUN)).toEqual({ status: 'open' });
    expect(effectiveState(items[2]!, { status: 'done', at }, INTERNAL_RUN)).toEqual({
      status: 'done',
      at,
    });
  });

  it('counts done, N/A and open items', () => {
    const states = {
      a: { status: 'done' as const, at },
      b: { status: 'na' as const, reason: 'r', at },
    };
    expect(checklistProgress(items, states, RUN)).toEqual({
      total: 3,
      done: 1,
      na: 1,
      open: 1,
      complete: false,
    });
    const internal = checklistProgress(items, states, INTERNAL_RUN);
    expect(internal).toEqual({ total: 3, done: 1, na: 2, open: 0, complete: true });
    expect(describeProgress(internal)).toBe('1 of 3 done · 2 N/A');
    expect(describeProgress(checklistProgress(items, {}, RUN))).toBe('0 of 3 done');
  });
});
