import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithBackup } from '../../../src/lib/backup/backup-diff.ts';
import { mergeItemState, mergeReleaseWork } from '../../../src/lib/backup/merge-backup.ts';
import type { ReleaseWork } from '../../../src/lib/backup/release-work.ts';
import type { Incident } from '../../../src/lib/incident/incident.ts';
import type { ItemState } from '../../../src/lib/item-state/item-state.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';

// Few ids and times, so that generated sides often share runs, items and instants.
const ids = ['a', 'b', '__proto__'];
const id = fc.constantFrom(...ids);
const time = fc.option(
  fc.constantFrom(
    '2026-03-01T10:00:00.000Z',
    '2026-03-01T11:00:00.000Z',
    '2026-03-02T09:30:00.000Z',
  ),
  { nil: undefined },
);
const text = fc.constantFrom('', 'pager rotated', 'see #123');

const itemState: fc.Arbitrary<ItemState> = fc
  .record({
    status: fc.constantFrom('open', 'done', 'na'),
    at: time,
    by: fc.option(fc.constantFrom('Dana', 'Lee'), { nil: undefined }),
    note: text,
  })
  .map(({ status, at, by, note }) => ({
    status,
    ...(at ? { at } : {}),
    ...(by ? { by } : {}),
    ...(status === 'na' ? { reason: 'no database' } : {}),
    ...(note ? { note } : {}),
  }));

const record = <T>(value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(id, value), { maxLength: 3 }).map((entries) => Object.fromEntries(entries));

const run = (runId: string, version: string): ReleaseRun => ({
  id: runId,
  version,
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-02-01T00:00:00.000Z',
});

const incident: fc.Arbitrary<Incident> = fc
  .record({
    id,
    title: fc.constantFrom('', 'Checkout errors'),
    customerImpact: fc.boolean(),
    steps: record(itemState),
    timeline: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('e1', 'e2', 'e3'),
        at: fc.constantFrom('2026-03-01T10:00:00.000Z', '2026-03-01T10:05:00.000Z'),
      }),
      { selector: (entry) => entry.id, maxLength: 3 },
    ),
  })
  .map(({ timeline, ...rest }) => ({
    ...rest,
    startedAt: '2026-03-01T10:00:00.000Z',
    timeline: timeline.map((entry) => ({
      ...entry,
      kind: 'note' as const,
      text: `entry ${entry.id}`,
    })),
  }));

const work: fc.Arbitrary<ReleaseWork> = fc.record({
  releases: fc.record({
    runs: fc
      .uniqueArray(fc.tuple(id, fc.constantFrom('2.4.0', '2.4.1')), {
        selector: ([runId]) => runId,
        maxLength: 3,
      })
      .map((runs) => runs.map(([runId, version]) => run(runId, version))),
  }),
  checklists: record(record(record(itemState))),
  notes: record(record(text)),
  incidents: fc.record({
    incidents: fc.uniqueArray(incident, { selector: (each) => each.id, maxLength: 2 }),
  }),
});

const stamp = (ms: number) => (Number.isNaN(ms) ? -Infinity : ms);

describe('merging a backup into this browser’s work', () => {
  it('is idempotent: merging the same backup again changes nothing', () => {
    fc.assert(
      fc.property(work, work, (here, backup) => {
        const once = mergeReleaseWork(here, backup);
        expect(mergeReleaseWork(once, backup)).toEqual(once);
        expect(compareWithBackup(mergeReleaseWork(once, backup), once)).toEqual([]);
      }),
    );
  });

  it('changes nothing when the backup is this browser’s own work, and finds no difference', () => {
    fc.assert(
      fc.property(work, (here) => {
        expect(mergeReleaseWork(here, structuredClone(here))).toEqual(here);
        expect(compareWithBackup(here, structuredClone(here))).toEqual([]);
      }),
    );
  });

  it('keeps the newest change of each item, from either side', () => {
    fc.assert(
      fc.property(itemState, itemState, (here, backup) => {
        const merged = mergeItemState(here, backup)!;
        const [mine, theirs] = [
          stamp(Date.parse(here.at ?? '')),
          stamp(Date.parse(backup.at ?? '')),
        ];
        if (theirs > mine) expect(merged).toEqual(backup);
        else if (mine > theirs) expect(merged).toEqual(here);
        else
          expect(merged).toEqual({
            ...here,
            ...(here.note || !backup.note ? {} : { note: backup.note }),
          });
      }),
    );
  });

  it('loses nothing either side holds: every run, incident, item and timeline entry of both is still there', () => {
    fc.assert(
      fc.property(work, work, (here, backup) => {
        const merged = mergeReleaseWork(here, backup);
        const runIds = (side: ReleaseWork) => side.releases.runs.map((each) => each.id);
        expect(new Set(runIds(merged))).toEqual(new Set([...runIds(here), ...runIds(backup)]));
        for (const side of [here, backup]) {
          for (const [runId, checklists] of Object.entries(side.checklists)) {
            for (const [checklistId, items] of Object.entries(checklists)) {
              for (const itemId of Object.keys(items))
                expect(Object.hasOwn(merged.checklists[runId]![checklistId]!, itemId)).toBe(true);
            }
          }
          for (const each of side.incidents.incidents) {
            const kept = merged.incidents.incidents.find((candidate) => candidate.id === each.id)!;
            expect(kept.timeline.map((entry) => entry.id)).toEqual(
              expect.arrayContaining(each.timeline.map((entry) => entry.id)),
            );
          }
        }
      }),
    );
  });

  it('keeps this browser’s text of a notes field and run details, takes the backup’s where this browser has none, and lists runs by creation', () => {
    const here: ReleaseWork = {
      releases: { runs: [run('r', '2.4.0')], currentId: 'r' },
      checklists: {},
      notes: { r: { summary: 'Mine', changes: '' } },
      incidents: { incidents: [] },
    };
    const backup: ReleaseWork = {
      releases: {
        runs: [
          { ...run('old', '2.3.0'), createdAt: '2026-01-01T00:00:00.000Z' },
          run('r', '2.4.1'),
        ],
      },
      checklists: {},
      notes: { r: { summary: 'Theirs', changes: 'Dark theme', links: 'https://example.com' } },
      incidents: { incidents: [] },
    };
    const merged = mergeReleaseWork(here, backup);
    // The backup's run joins in the order of creation, as the page lists runs.
    expect(merged.releases).toEqual({
      runs: [{ ...run('old', '2.3.0'), createdAt: '2026-01-01T00:00:00.000Z' }, run('r', '2.4.0')],
      currentId: 'r',
    });
    expect(merged.notes).toEqual({
      r: { summary: 'Mine', changes: 'Dark theme', links: 'https://example.com' },
    });
  });

  it('merges an incident’s timeline in time order, with the details of the side whose timeline moved last', () => {
    const entry = (entryId: string, at: string) => ({
      id: entryId,
      at,
      kind: 'note' as const,
      text: entryId,
    });
    const base: Incident = {
      id: 'i',
      title: 'Checkout errors',
      startedAt: '2026-03-01T10:00:00.000Z',
      customerImpact: true,
      steps: {},
      timeline: [entry('start', '2026-03-01T10:00:00.000Z')],
    };
    const here: Incident = {
      ...base,
      timeline: [...base.timeline, entry('here', '2026-03-01T10:10:00.000Z')],
    };
    const backup: Incident = {
      ...base,
      resolvedAt: '2026-03-01T10:20:00.000Z',
      timeline: [
        ...base.timeline,
        entry('resolved', '2026-03-01T10:20:00.000Z'),
        entry('early', '2026-03-01T10:05:00.000Z'),
      ],
    };
    const merged = mergeReleaseWork(
      { releases: { runs: [] }, checklists: {}, notes: {}, incidents: { incidents: [here] } },
      { releases: { runs: [] }, checklists: {}, notes: {}, incidents: { incidents: [backup] } },
    ).incidents.incidents[0]!;
    expect(merged.timeline.map((each) => each.id)).toEqual(['start', 'early', 'here', 'resolved']);
    expect(merged.resolvedAt).toBe('2026-03-01T10:20:00.000Z');
  });
});
