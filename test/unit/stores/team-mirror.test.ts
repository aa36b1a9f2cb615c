// The team's documents mirrored into the stores of a team build (SYNC_URL set before they load): each
// store follows what the team has, local work stays, work the team removed leaves, the membership's
// ids follow, and nothing the mirror writes is handed back to the team as a new change.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => vi.stubEnv('SYNC_URL', 'ws://sync.test'));

import type { Incident } from '../../../src/lib/incident/incident.ts';
import type { ItemState } from '../../../src/lib/item-state/item-state.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { $checklists } from '../../../src/stores/checklists.ts';
import { $incidents, $replacedIncident, showIncident } from '../../../src/stores/incidents.ts';
import { $releaseNotes } from '../../../src/stores/release-notes.ts';
import { $releases } from '../../../src/stores/releases.ts';
import {
  mirrorRunWork,
  mirrorTeamIncidents,
  mirrorTeamRuns,
} from '../../../src/stores/team-mirror.ts';
import { $teamMembership, joinTeam, recordTeamIds } from '../../../src/stores/team-membership.ts';
import { registerTeamBackend, type TeamBackend } from '../../../src/stores/team.ts';
import { envelope, freshStorage, storedData } from '../../support/store-storage.ts';

const run = (id: string, createdAt: string, version = '1.0.0'): ReleaseRun => ({
  id,
  version,
  type: 'minor',
  customerFacing: true,
  createdAt,
});
const incident = (id: string, title = id, resolvedAt?: string): Incident => ({
  id,
  title,
  startedAt: '2026-03-01T10:00:00.000Z',
  customerImpact: false,
  steps: {},
  timeline: [],
  ...(resolvedAt ? { resolvedAt } : {}),
});
const DONE: ItemState = { status: 'done', at: '2026-03-01T10:00:00.000Z', by: 'Dana' };
const LOCAL = run('local', '2026-01-01T00:00:00.000Z');
const GONE = run('gone', '2026-01-02T00:00:00.000Z');
const SHARED = run('shared', '2026-01-03T00:00:00.000Z');

/** Every change handed to the team connection; the mirror must hand it none. */
let handed: string[] = [];

beforeEach(() => {
  freshStorage({
    [storageKey('releases')]: envelope({ runs: [LOCAL, GONE, SHARED] }),
    [storageKey('checklists')]: envelope({
      local: { deployment: { smoke: DONE } },
      gone: { deployment: { smoke: DONE } },
    }),
    [storageKey('release-notes')]: envelope({ gone: { version: '0.9.0' } }),
    [storageKey('incidents')]: envelope({
      incidents: [incident('mine'), incident('dropped'), incident('theirs', 'old title')],
    }),
  });
  joinTeam('a-token-of-sixteen-chars');
  recordTeamIds(['gone', 'shared'], ['dropped', 'theirs']);
  handed = [];
  registerTeamBackend(
    new Proxy({} as TeamBackend, {
      get: (_backend, verb) => () => void handed.push(String(verb)),
    }),
  );
});

describe('mirroring the team’s runs into the stores', () => {
  it('follows the team’s list: local runs stay, a run the team removed leaves with its progress and notes', () => {
    const newer = run('new', '2026-01-04T00:00:00.000Z');
    mirrorTeamRuns({ runs: [{ ...SHARED, version: '2.0.0' }, newer] });
    expect($releases.get().runs.map((each) => `${each.id}@${each.version}`)).toEqual([
      'local@1.0.0',
      'shared@2.0.0',
      'new@1.0.0',
    ]);
    expect(Object.keys($checklists.get())).toEqual(['local']);
    expect($releaseNotes.get()).toEqual({});
    expect($teamMembership.get()).toMatchObject({
      runs: ['shared', 'new'],
      incidents: ['dropped', 'theirs'],
    });
    // What the stores now hold is what this browser keeps: a reload shows the same.
    expect((storedData(storageKey('releases')) as { runs: ReleaseRun[] }).runs).toHaveLength(3);
    expect(handed).toEqual([]);
  });

  it('lands someone who has picked no run on the run it is given, and keeps a run that was picked', () => {
    mirrorTeamRuns({ runs: [SHARED] }, 'shared');
    expect($releases.get().currentId).toBe('shared');
    mirrorTeamRuns({ runs: [SHARED, run('new', '2026-01-04T00:00:00.000Z')] }, 'new');
    expect($releases.get().currentId).toBe('shared');
  });

  it('writes nothing when the team’s list says what the stores already hold', () => {
    mirrorTeamRuns({ runs: [SHARED] });
    const before = $releases.get();
    let changes = 0;
    const stop = $releases.listen(() => (changes += 1));
    mirrorTeamRuns({ runs: [SHARED] });
    stop();
    expect(changes).toBe(0);
    expect($releases.get()).toBe(before);
  });
});

describe('mirroring one run’s work', () => {
  it('puts the document’s checklists and notes in the stores, and removes them when it holds none', () => {
    mirrorRunWork('shared', { deployment: { smoke: DONE } }, { version: '2.0.0' });
    expect($checklists.get().shared).toEqual({ deployment: { smoke: DONE } });
    expect($releaseNotes.get().shared).toEqual({ version: '2.0.0' });
    mirrorRunWork('shared', {}, undefined);
    expect(Object.hasOwn($checklists.get(), 'shared')).toBe(false);
    expect(Object.hasOwn($releaseNotes.get(), 'shared')).toBe(false);
    // Other runs' work is left as it was.
    expect($checklists.get().local).toEqual({ deployment: { smoke: DONE } });
    expect(handed).toEqual([]);
  });
});

describe('mirroring the team’s incidents', () => {
  it('replaces shared incidents, keeps local ones, drops one the team no longer lists, and shows the ongoing one', () => {
    mirrorTeamIncidents(
      ['theirs', 'other'],
      [incident('theirs', 'new title'), incident('other')],
      'other',
    );
    expect($incidents.get().incidents.map((each) => `${each.id}:${each.title}`)).toEqual([
      'mine:mine',
      'theirs:new title',
      'other:other',
    ]);
    expect($incidents.get().currentId).toBe('other');
    expect($teamMembership.get()).toMatchObject({
      runs: ['gone', 'shared'],
      incidents: ['theirs', 'other'],
    });
    expect(handed).toEqual([]);
  });

  it('keeps a listed incident whose document has not arrived yet', () => {
    mirrorTeamIncidents(['dropped', 'theirs'], [], undefined);
    expect($incidents.get().incidents.map((each) => each.id)).toEqual([
      'mine',
      'dropped',
      'theirs',
    ]);
  });

  it('remembers the resolved incident a new one took the screen from, until another is shown', () => {
    const resolved = incident('theirs', 'old title', '2026-03-01T11:00:00.000Z');
    mirrorTeamIncidents(['dropped', 'theirs'], [resolved], undefined);
    showIncident('theirs');
    mirrorTeamIncidents(['dropped', 'theirs', 'new'], [resolved, incident('new')], 'new');
    expect($incidents.get().currentId).toBe('new');
    expect($replacedIncident.get()).toBe('theirs');
    showIncident('theirs');
    expect($replacedIncident.get()).toBeUndefined();
    expect($incidents.get().currentId).toBe('theirs');
    expect(handed).toEqual([]);
  });
});
