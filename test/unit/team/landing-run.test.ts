import { describe, expect, it } from 'vitest';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import {
  isRunComplete,
  landingRun,
  readChecklistOutline,
  type ChecklistOutline,
} from '../../../src/lib/team/landing-run.ts';
import { latestOpenRun } from '../../../src/lib/team/team-list.ts';
import { mergeTeamRuns } from '../../../src/lib/team/team-mirror.ts';

const run = (id: string, createdAt: string, customerFacing = true): ReleaseRun => ({
  id,
  version: '1.0.0',
  type: 'minor',
  customerFacing,
  createdAt,
});
const outline: ChecklistOutline = [
  { id: 'pre-release', items: [{ id: 'tests' }, { id: 'window', condition: 'optional' }] },
  {
    id: 'deployment',
    items: [{ id: 'deploy' }, { id: 'customers', condition: 'customer-facing' }],
  },
];
const done = { status: 'done' as const, at: '2026-03-02T10:00:00.000Z', by: 'Dana' };
const na = { status: 'na' as const, at: '2026-03-02T10:00:00.000Z', reason: 'not needed' };
const older = run('older', '2026-03-01T00:00:00Z');
const newer = run('newer', '2026-03-02T00:00:00Z', false);
const releases = { runs: [older, newer] };
// The newer run (internal) is complete: its customer-facing item is N/A by itself.
const checklists = {
  newer: { 'pre-release': { tests: done, window: na }, deployment: { deploy: done } },
  older: { 'pre-release': { tests: done } },
};

describe('the landing run', () => {
  it('counts a run complete when every checklist of the outline is, as the releases page counts progress', () => {
    expect(isRunComplete(outline, checklists, newer)).toBe(true);
    expect(isRunComplete(outline, checklists, older)).toBe(false);
    expect(isRunComplete(outline, {}, newer)).toBe(false);
    expect(
      isRunComplete(outline, { newer: { 'pre-release': { tests: done, window: na } } }, newer),
    ).toBe(false);
  });

  it('lands on the newest run not complete, skipping a newer finished one; the newest when all are finished', () => {
    expect(landingRun(releases, outline, checklists)?.id).toBe('older');
    expect(latestOpenRun(releases, () => false)?.id).toBe('newer');
    const allDone = {
      ...checklists,
      older: {
        'pre-release': { tests: done, window: done },
        deployment: { deploy: done, customers: done },
      },
    };
    expect(landingRun(releases, outline, allDone)?.id).toBe('newer');
    expect(landingRun({ runs: [] }, outline, checklists)).toBeUndefined();
  });

  it('keeps a run someone picked, and shows the landing run to someone who picked none or whose run left', () => {
    const team = { runs: [older, newer] };
    expect(
      mergeTeamRuns({ runs: [], currentId: 'newer' }, team, new Set(), 'older').currentId,
    ).toBe('newer');
    expect(mergeTeamRuns({ runs: [] }, team, new Set(), 'older').currentId).toBe('older');
    expect(
      mergeTeamRuns(
        { runs: [run('gone', '2026-02-01T00:00:00Z')], currentId: 'gone' },
        team,
        new Set(['gone']),
        'older',
      ).currentId,
    ).toBe('older');
    expect(mergeTeamRuns({ runs: [] }, team, new Set(), 'unknown').currentId).toBeUndefined();
    expect(mergeTeamRuns({ runs: [] }, team, new Set()).currentId).toBeUndefined();
  });

  it('reads the outline a page carries, and nothing from a missing or foreign one', () => {
    expect(readChecklistOutline(JSON.stringify(outline))).toEqual(outline);
    expect(readChecklistOutline(undefined)).toBeUndefined();
    expect(readChecklistOutline('{not json')).toBeUndefined();
    expect(
      readChecklistOutline(
        JSON.stringify([{ id: 'x', items: [{ id: 'a', condition: 'sometimes' }] }]),
      ),
    ).toBeUndefined();
  });
});
