import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/lib/incident/incident.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { restoreInTeam, type ReleaseWork } from '../../../src/lib/team/restore-in-team.ts';

const run = (id: string, createdAt: string, name?: string): ReleaseRun => ({
  id,
  version: '2.4.0',
  type: 'minor',
  customerFacing: true,
  createdAt,
  ...(name ? { name } : {}),
});
const incident = (id: string, title: string, releaseId?: string): Incident => ({
  id,
  title,
  startedAt: '2026-03-02T10:00:00.000Z',
  customerImpact: false,
  steps: {},
  timeline: [],
  ...(releaseId ? { releaseId } : {}),
});
const done = (by: string) => ({ status: 'done' as const, at: '2026-03-02T10:00:00.000Z', by });

// The browser holds the team's run "team" and incident "outage", and a local run "mine".
const current: ReleaseWork = {
  releases: {
    runs: [run('mine', '2026-03-01T00:00:00Z'), run('team', '2026-03-02T00:00:00Z')],
    currentId: 'team',
  },
  checklists: {
    mine: { deployment: { staging: done('Me') } },
    team: { deployment: { staging: done('Team') } },
  },
  notes: { team: { summary: 'the team’s notes' } },
  incidents: { incidents: [incident('outage', 'Team outage')], currentId: 'outage' },
};
// The backup holds its own version of "team", a run "old", and its own version of "outage".
const restored: ReleaseWork = {
  releases: {
    runs: [run('old', '2026-02-01T00:00:00Z'), run('team', '2026-03-02T00:00:00Z', 'Spring')],
    currentId: 'team',
  },
  checklists: {
    team: { deployment: { staging: done('Backup'), production: done('Backup') } },
    old: { deployment: { staging: done('Old') } },
  },
  notes: { team: { summary: 'the backup’s notes' } },
  incidents: {
    incidents: [
      incident('outage', 'Backup outage', 'team'),
      incident('local', 'Local slowness', 'team'),
    ],
  },
};
const team = { runs: ['team'], incidents: ['outage'] };
let counter = 0;
const newId = (kind: 'run' | 'incident') => `${kind}-copy-${(counter += 1)}`;

describe('restoring a backup in team mode', () => {
  it('into this browser only: keeps the team’s work as the team has it, and what the team also has as renamed copies', () => {
    counter = 0;
    const result = restoreInTeam(restored, current, team, 'this-browser', newId);
    expect(result.work.releases.runs.map((each) => `${each.id}:${each.name ?? ''}`)).toEqual([
      'old:',
      'run-copy-1:Spring (restored copy)',
      'team:',
    ]);
    expect(result.work.releases.currentId).toBe('run-copy-1');
    expect(result.work.checklists['run-copy-1']).toEqual(restored.checklists.team);
    expect(result.work.checklists.team).toEqual(current.checklists.team);
    expect(result.work.checklists.old).toEqual(restored.checklists.old);
    expect(result.work.checklists.mine).toBeUndefined();
    expect(result.work.notes).toEqual({
      team: current.notes.team,
      'run-copy-1': restored.notes.team,
    });
    // The incidents: the team's as it is, the backup's copy of it under a new id, both linked to the copied run.
    expect(
      result.work.incidents.incidents.map(
        (each) => `${each.id}:${each.title}:${each.releaseId ?? ''}`,
      ),
    ).toEqual([
      'incident-copy-2:Backup outage (restored copy):run-copy-1',
      'local:Local slowness:run-copy-1',
      'outage:Team outage:',
    ]);
    expect(result.work.incidents.currentId).toBe('outage');
    expect(result.copied).toEqual([
      'Release 2.4.0 “Spring” (minor, customer-facing)',
      'Backup outage',
    ]);
    expect(result.share).toEqual({ runs: [], incidents: [] });
  });

  it('shared: the restored runs are the team’s (under their own ids), new incidents are shared, the team’s incident keeps its record', () => {
    const result = restoreInTeam(restored, current, team, 'share', newId);
    expect(result.work.releases.runs.map((each) => `${each.id}:${each.name ?? ''}`)).toEqual([
      'old:',
      'team:Spring',
    ]);
    expect(result.work.checklists.team).toEqual(restored.checklists.team);
    expect(result.work.notes.team).toEqual(restored.notes.team);
    expect(result.work.incidents.incidents.map((each) => `${each.id}:${each.title}`)).toEqual([
      'local:Local slowness',
      'outage:Team outage',
    ]);
    expect(result.share).toEqual({ runs: ['old', 'team'], incidents: ['local'] });
    expect(result.copied).toEqual([]);
  });

  it('outside any team’s ids restores the backup as it is', () => {
    const result = restoreInTeam(
      restored,
      current,
      { runs: [], incidents: [] },
      'this-browser',
      newId,
    );
    expect(result.work.releases).toEqual(restored.releases);
    expect(result.work.checklists).toEqual(restored.checklists);
    expect(result.work.incidents.incidents).toEqual(restored.incidents.incidents);
  });
});
