import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/lib/incident/incident.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { mergeTeamIncidents, mergeTeamRuns, withEntry } from '../../../src/lib/team/team-mirror.ts';

const run = (id: string, createdAt: string, version = '1.0.0'): ReleaseRun => ({
  id,
  version,
  type: 'minor',
  customerFacing: true,
  createdAt,
});
const incident = (id: string, title = id): Incident => ({
  id,
  title,
  startedAt: '2026-03-01T10:00:00.000Z',
  customerImpact: false,
  steps: {},
  timeline: [],
});

describe('mirroring the team’s runs', () => {
  it('keeps local runs, follows the team’s, drops a shared run the team removed, and keeps the choice of run', () => {
    const stored = {
      runs: [
        run('local', '2026-01-01T00:00:00Z'),
        run('gone', '2026-01-02T00:00:00Z'),
        run('team', '2026-01-03T00:00:00Z'),
      ],
      currentId: 'local',
    };
    const team = {
      runs: [run('team', '2026-01-03T00:00:00Z', '2.0.0'), run('new', '2026-01-04T00:00:00Z')],
    };
    const merged = mergeTeamRuns(stored, team, new Set(['gone', 'team']));
    expect(merged.runs.map((each) => each.id)).toEqual(['local', 'team', 'new']);
    expect(merged.runs[1]?.version).toBe('2.0.0');
    expect(merged.currentId).toBe('local');
  });
});

describe('mirroring the team’s incidents', () => {
  it('replaces shared incidents, keeps local ones, drops removed ones, and lands someone who picked none on the ongoing one', () => {
    const stored = {
      incidents: [incident('local'), incident('gone'), incident('shared', 'old title')],
    };
    const merged = mergeTeamIncidents(
      stored,
      [incident('shared', 'new title'), incident('other')],
      new Set(['gone']),
      'other',
    );
    expect(merged.incidents.map((each) => `${each.id}:${each.title}`)).toEqual([
      'local:local',
      'shared:new title',
      'other:other',
    ]);
    expect(merged.currentId).toBe('other');
    expect(
      mergeTeamIncidents({ ...stored, currentId: 'local' }, [], new Set(), 'other').currentId,
    ).toBe('local');
  });

  it('brings an incident new to this browser to the front over a resolved one on screen, and only then', () => {
    const resolved = { ...incident('old'), resolvedAt: '2026-03-01T11:00:00.000Z' };
    const stored = { incidents: [resolved], currentId: 'old' };
    const arrived = mergeTeamIncidents(stored, [resolved, incident('new')], new Set(), 'new');
    expect(arrived.currentId).toBe('new');
    // Its document has not arrived yet: nothing to show instead.
    expect(mergeTeamIncidents(stored, [resolved], new Set(), 'new').currentId).toBe('old');
    // Picked on purpose while the new one was already here: the choice stays.
    const picked = { incidents: [resolved, incident('new')], currentId: 'old' };
    expect(mergeTeamIncidents(picked, picked.incidents, new Set(), 'new').currentId).toBe('old');
    // An ongoing incident on screen is never replaced.
    const ongoing = { incidents: [incident('mine')], currentId: 'mine' };
    expect(
      mergeTeamIncidents(ongoing, [incident('mine'), incident('new')], new Set(), 'new').currentId,
    ).toBe('mine');
  });

  it('replaces or removes one entry of a record', () => {
    expect(withEntry({ a: 1, b: 2 }, 'a', undefined)).toEqual({ b: 2 });
    expect(withEntry({ a: 1 }, 'b', 3)).toEqual({ a: 1, b: 3 });
  });
});
