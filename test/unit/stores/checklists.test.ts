import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemState } from '../../../src/lib/item-state/item-state.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { envelope, freshStorage, storedData } from '../../support/store-storage.ts';
import {
  $checklists,
  putBackRunProgress,
  replaceChecklist,
  takeRunProgress,
  updateItem,
} from '../../../src/stores/checklists.ts';

const CHECKLISTS = storageKey('checklists');
const DONE: ItemState = { status: 'done', at: '2026-03-01T10:00:00.000Z', by: 'Dana' };
const NA: ItemState = { status: 'na', reason: 'internal release' };

describe('checklist progress', () => {
  beforeEach(() =>
    freshStorage({
      [CHECKLISTS]: envelope({
        a: { deployment: { smoke: DONE } },
        b: { 'pre-release': { tests: DONE } },
      }),
    }),
  );

  it('changes one item by a transition of its current state', () => {
    const seen: (ItemState | undefined)[] = [];
    updateItem('a', 'deployment', 'smoke', (state) => {
      seen.push(state);
      return { ...DONE, status: 'open' };
    });
    updateItem('a', 'post-release', 'announce', (state) => {
      seen.push(state);
      return NA;
    });
    expect(seen).toEqual([DONE, undefined]);
    expect($checklists.get()).toEqual({
      a: { deployment: { smoke: { ...DONE, status: 'open' } }, 'post-release': { announce: NA } },
      b: { 'pre-release': { tests: DONE } },
    });
    expect(storedData(CHECKLISTS)).toEqual($checklists.get());
  });

  it('replaces one checklist of one run, and an empty state removes it', () => {
    replaceChecklist('a', 'post-release', { announce: NA });
    expect($checklists.get().a).toEqual({
      deployment: { smoke: DONE },
      'post-release': { announce: NA },
    });
    replaceChecklist('a', 'deployment', {});
    expect($checklists.get()).toEqual({
      a: { 'post-release': { announce: NA } },
      b: { 'pre-release': { tests: DONE } },
    });
  });

  it('takes a whole run’s progress away and puts it back, leaving the other runs alone', () => {
    expect(takeRunProgress('a')).toEqual({ deployment: { smoke: DONE } });
    expect($checklists.get()).toEqual({ b: { 'pre-release': { tests: DONE } } });
    expect(takeRunProgress('none')).toBeUndefined();
    updateItem('b', 'pre-release', 'docs', () => NA);
    putBackRunProgress('a', { deployment: { smoke: DONE } });
    expect($checklists.get()).toEqual({
      a: { deployment: { smoke: DONE } },
      b: { 'pre-release': { tests: DONE, docs: NA } },
    });
    expect(storedData(CHECKLISTS)).toEqual($checklists.get());
  });
});
