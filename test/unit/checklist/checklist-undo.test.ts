import { describe, expect, it } from 'vitest';
import { undoOfReset, undoOfTick } from '../../../src/lib/checklist/checklist-undo.ts';
import {
  markNotApplicable,
  setNote,
  signNow,
  tick,
} from '../../../src/lib/item-state/item-state.ts';

const SIGNED = signNow('Dana (QA Lead)', new Date('2026-03-02T10:00:00Z'));

describe('undoing a checklist change', () => {
  it('offers nothing after a tick that replaced no N/A: nothing was lost', () => {
    expect(undoOfTick('Deploy to staging', undefined)).toBeUndefined();
    expect(
      undoOfTick('Deploy to staging', setNote(undefined, 'After 14:00', SIGNED)),
    ).toBeUndefined();
    expect(undoOfTick('Deploy to staging', tick(undefined, SIGNED))).toBeUndefined();
  });

  it('gives back an N/A and its reason that a tick replaced, and says what it was', () => {
    const before = markNotApplicable(undefined, 'No staging for this hotfix', SIGNED);
    expect(undoOfTick('Deploy to staging', before)).toEqual({
      message: 'Marked done: Deploy to staging (it was N/A: No staging for this hotfix).',
      state: before,
    });
  });

  it('says so when the N/A it gives back had no reason', () => {
    const { reason: _none, ...withoutReason } = markNotApplicable(undefined, 'x', SIGNED);
    expect(undoOfTick('Deploy to staging', withoutReason)?.message).toBe(
      'Marked done: Deploy to staging (it was N/A: no reason given).',
    );
  });

  it('puts every item back after a reset', () => {
    const before = { staging: tick(undefined, SIGNED), window: setNote(undefined, 'Fri', SIGNED) };
    expect(undoOfReset('deployment checklist', before)).toEqual({
      message: 'The deployment checklist was reset.',
      states: before,
    });
  });
});
