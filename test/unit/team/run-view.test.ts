// A run as the API shows it: progress, item states, which run a reference names, waits and the gate.
import { describe, expect, it } from 'vitest';
import type { CatalogChecklist } from '../../../src/lib/checklist/checklist-catalog.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { findRun, gate, openWaits, runDetail, runSummary } from '../../../src/lib/team/run-view.ts';

const catalog: CatalogChecklist[] = [
  {
    id: 'before',
    title: 'Before',
    route: '/b/',
    file: 'docs/b.mdx',
    items: [{ id: 'tests', text: 'Tests', owners: [] }],
  },
  {
    id: 'deploy',
    title: 'Deploy',
    route: '/d/',
    file: 'docs/d.mdx',
    requires: 'before',
    items: [
      { id: 'stage', text: 'Stage it', owners: ['qa-lead'] },
      { id: 'ship', text: 'Ship it', owners: [] },
      { id: 'tell', text: 'Tell customer-facing users', owners: [], condition: 'customer-facing' },
    ],
    waits: { ship: { items: ['stage'], checklists: ['before'] } },
  },
];

const run = (
  id: string,
  version: string,
  createdAt: string,
  customerFacing = true,
): ReleaseRun => ({
  id,
  version,
  type: 'minor',
  customerFacing,
  createdAt,
});
const older = run('r1', '1.0.0', '2026-01-01T00:00:00.000Z');
const newer = run('r2', '1.1.0', '2026-02-01T00:00:00.000Z', false);
const done = { status: 'done' as const, at: '2026-02-02T00:00:00.000Z', by: 'CI pipeline' };

describe('the run view', () => {
  it('counts done and N/A (also automatic N/A) as settled', () => {
    expect(runSummary(newer, { deploy: { stage: done } }, catalog)).toMatchObject({
      complete: false,
      progress: { done: 2, total: 4 },
    });
    const all = { before: { tests: done }, deploy: { stage: done, ship: done } };
    expect(runSummary(newer, all, catalog).complete).toBe(true);
    expect(runSummary(older, all, catalog).complete).toBe(false);
  });

  it('shows each item with its state, signer and the automatic N/A reason', () => {
    const detail = runDetail(newer, { deploy: { stage: done } }, catalog);
    expect(detail.checklists[1]!.items).toEqual([
      {
        id: 'stage',
        text: 'Stage it',
        owners: ['qa-lead'],
        state: 'done',
        by: 'CI pipeline',
        at: done.at,
      },
      { id: 'ship', text: 'Ship it', owners: [], state: 'open' },
      expect.objectContaining({ id: 'tell', state: 'na', reason: 'Not a customer-facing release' }),
    ]);
  });

  it('finds a run by id, by version, or the newest not complete as "current"', () => {
    const releases = { runs: [older, newer] };
    expect(findRun(releases, 'r1', () => false)).toBe(older);
    expect(findRun(releases, 'v1.1.0', () => false)).toBe(newer);
    expect(findRun(releases, 'current', (r) => r.id === 'r2')).toBe(older);
    expect(findRun(releases, 'current', () => true)).toBe(newer);
    expect(findRun(releases, '9.9.9', () => false)).toBeUndefined();
  });

  it('names what an item still waits for', () => {
    expect(openWaits(catalog, catalog[1]!, 'ship', older, {})).toEqual([
      'Stage it',
      'Before (1 open)',
    ]);
    expect(openWaits(catalog, catalog[1]!, 'stage', older, {})).toEqual([]);
  });

  it('opens the gate only when everything named is done or N/A, and never for an unknown name', () => {
    expect(gate(older, {}, catalog, ['deploy/stage'])).toEqual({
      ready: false,
      open: [{ checklist: 'deploy', item: 'stage', text: 'Stage it' }],
    });
    expect(gate(older, { deploy: { stage: done } }, catalog, ['deploy/stage'])).toEqual({
      ready: true,
    });
    expect(gate(newer, { before: { tests: done } }, catalog, ['before', 'deploy/tell'])).toEqual({
      ready: true,
    });
    expect(gate(older, {}, catalog, ['deploy/typo', 'nope'])).toEqual({
      unknown: ['deploy/typo', 'nope'],
    });
  });
});
