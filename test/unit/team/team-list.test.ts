import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { startIncident } from '../../../src/lib/incident/incident-transitions.ts';
import { resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { createRun, type ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import {
  incidentSummary,
  latestOpenRun,
  ongoingIncident,
  putIncidentSummary,
  putRun,
  readIncidentSummaries,
  readTeamReleases,
  removeSharedRun,
} from '../../../src/lib/team/team-list.ts';
import { replicas, syncAll } from '../../support/yjs-replicas.ts';

const run = (id: string, version: string, day: number): ReleaseRun =>
  createRun(
    { version, type: 'minor', customerFacing: true },
    id,
    new Date(Date.UTC(2026, 10, day)),
  );

describe('the team document', () => {
  it('lists runs oldest first on every replica, removes one and puts it back', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    putRun(a, run('r2', '2.5.0', 20));
    putRun(b, run('r1', '2.4.0', 10));
    syncAll([a, b]);
    expect(readTeamReleases(a).runs.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(readTeamReleases(b)).toEqual(readTeamReleases(a));
    const removed = readTeamReleases(a).runs[0]!;
    removeSharedRun(a, removed.id);
    syncAll([a, b]);
    expect(readTeamReleases(b).runs.map((r) => r.id)).toEqual(['r2']);
    putRun(b, removed);
    syncAll([a, b]);
    expect(readTeamReleases(a).runs).toEqual([removed, run('r2', '2.5.0', 20)]);
  });

  it('keeps a run edited at the same moment as it is removed', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    putRun(a, run('r1', '2.4.0', 10));
    syncAll([a, b]);
    removeSharedRun(a, 'r1');
    putRun(b, { ...run('r1', '2.4.0', 10), name: 'Aurora' });
    syncAll([a, b]);
    for (const doc of [a, b])
      expect(readTeamReleases(doc).runs.map((r) => r.name)).toEqual(['Aurora']);
  });

  it('refuses an invalid run and skips values a broken replica wrote', () => {
    const [doc] = replicas(1) as [Y.Doc];
    expect(() => putRun(doc, { ...run('r1', '2.4.0', 10), version: 'soon' })).toThrow();
    doc.getMap('runs').set('r9', { id: 'r9', version: 'nope' });
    doc.getMap('runs').set('r8', { ...run('other', '1.0.0', 1) });
    expect(readTeamReleases(doc).runs).toEqual([]);
  });

  it('picks the newest run not complete and the newest incident not resolved', () => {
    const [doc] = replicas(1) as [Y.Doc];
    for (const r of [run('r1', '2.4.0', 10), run('r2', '2.5.0', 20), run('r3', '2.6.0', 30)])
      putRun(doc, r);
    expect(latestOpenRun(readTeamReleases(doc), (r) => r.id === 'r3')?.id).toBe('r2');
    expect(latestOpenRun(readTeamReleases(doc), () => true)).toBeUndefined();
    const older = startIncident({ title: 'Older', customerImpact: false }, 'i1', {
      at: '2026-11-26T09:00:00.000Z',
    });
    const newer = startIncident({ title: 'Newer', customerImpact: true }, 'i2', {
      at: '2026-11-26T10:00:00.000Z',
    });
    putIncidentSummary(doc, incidentSummary(older));
    putIncidentSummary(doc, incidentSummary(newer));
    expect(ongoingIncident(readIncidentSummaries(doc))?.id).toBe('i2');
    putIncidentSummary(
      doc,
      incidentSummary(resolveIncident(newer, 'Fixed', { at: '2026-11-26T11:00:00.000Z' })),
    );
    expect(readIncidentSummaries(doc).map((s) => [s.id, s.resolvedAt])).toEqual([
      ['i2', '2026-11-26T11:00:00.000Z'],
      ['i1', undefined],
    ]);
    expect(ongoingIncident(readIncidentSummaries(doc))?.id).toBe('i1');
  });
});
