// The team backend on Yjs documents in memory: what each store verb's change becomes in the team's
// documents, signed by the token's holder.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ChecklistState } from '../../../src/lib/checklist/checklist-state.ts';
import {
  setCustomerImpact,
  startIncident,
} from '../../../src/lib/incident/incident-transitions.ts';
import { PLAYBOOK } from '../../fixtures/playbook.ts';
import { tick } from '../../../src/lib/item-state/item-state.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { readIncident } from '../../../src/lib/team/incident-document.ts';
import { itemHistory } from '../../../src/lib/team/item-history.ts';
import { readNotesDraft, readRunChecklists, tickItem } from '../../../src/lib/team/run-document.ts';
import { readIncidentSummaries, readTeamReleases } from '../../../src/lib/team/team-list.ts';
import { teamBackend } from '../../../src/team/team-backend.ts';

const RUN: ReleaseRun = {
  id: 'run-1',
  version: '2.4.0',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-03-01T09:00:00.000Z',
};
const SIGNED = { at: '2026-03-01T12:00:00.000Z', by: 'Dana (QA Lead)', role: 'QA Lead' };
const DONE = { status: 'done' as const, at: '2026-03-01T10:00:00.000Z', by: 'Lee' };

function documents() {
  const team = new Y.Doc();
  const docs = new Map<string, Y.Doc>();
  const doc = (name: string) => docs.get(name) ?? docs.set(name, new Y.Doc()).get(name)!;
  const backend = teamBackend({
    team,
    run: (id) => doc(`run:${id}`),
    incident: (id) => doc(`incident:${id}`),
    signature: () => SIGNED,
  });
  return {
    team,
    backend,
    run: (id: string) => doc(`run:${id}`),
    incident: (id: string) => doc(`incident:${id}`),
  };
}

describe('the team backend', () => {
  it('shares a run with its progress and notes, and keeps the team’s work when it is shared again', () => {
    const { team, backend, run } = documents();
    const checklists: Record<string, ChecklistState> = { deployment: { smoke: DONE } };
    backend.shareRun(RUN, checklists, { version: '2.4.0' });
    expect(readTeamReleases(team).runs).toEqual([RUN]);
    expect(readRunChecklists(run(RUN.id))).toEqual(checklists);
    expect(readNotesDraft(run(RUN.id))).toEqual({ version: '2.4.0' });
    tickItem(run(RUN.id), 'deployment', 'staging', SIGNED);
    backend.shareRun(RUN, {}, undefined);
    expect(Object.keys(readRunChecklists(run(RUN.id)).deployment ?? {})).toEqual([
      'smoke',
      'staging',
    ]);
  });

  it('restores a run the team has item by item, signed by whoever restored it', () => {
    const { backend, run } = documents();
    backend.shareRun(RUN, { deployment: { smoke: DONE, staging: DONE } }, undefined);
    backend.restoreRun(RUN, { deployment: { smoke: DONE } }, { version: '2.4.1' });
    expect(readRunChecklists(run(RUN.id))).toEqual({ deployment: { smoke: DONE } });
    expect(itemHistory(run(RUN.id), 'deployment', 'staging').at(-1)).toMatchObject({
      action: 'reset',
      by: SIGNED.by,
      role: 'QA Lead',
    });
    expect(readNotesDraft(run(RUN.id))).toEqual({ version: '2.4.1' });
  });

  it('keeps the signature a tick was made with in the item’s history', () => {
    const { backend, run } = documents();
    backend.putRun(RUN);
    const ticked = { at: '2026-03-01T11:00:00.000Z', by: 'Dana (QA Lead)' };
    backend.updateItem(RUN.id, 'deployment', 'smoke', (state) => tick(state, ticked));
    expect(itemHistory(run(RUN.id), 'deployment', 'smoke')).toMatchObject([
      { action: 'done', at: ticked.at, by: ticked.by, role: 'QA Lead' },
    ]);
  });

  it('removes a run from the team’s list and leaves its document as it was', () => {
    const { team, backend, run } = documents();
    backend.shareRun(RUN, { deployment: { smoke: DONE } }, undefined);
    backend.removeRun(RUN.id);
    expect(readTeamReleases(team).runs).toEqual([]);
    expect(readRunChecklists(run(RUN.id))).toEqual({ deployment: { smoke: DONE } });
  });

  it('shares an incident once, lists it, and keeps the list in step with its changes', () => {
    const { team, backend, incident } = documents();
    const local = startIncident(
      { title: 'Checkout errors', customerImpact: false },
      'inc-1',
      SIGNED,
    );
    backend.shareIncident(local);
    backend.shareIncident({ ...local, title: 'Shared twice' });
    expect(readIncident(incident('inc-1'))).toEqual(local);
    expect(readIncidentSummaries(team)).toMatchObject([{ id: 'inc-1', title: 'Checkout errors' }]);
    const problem = backend.updateIncident('inc-1', (shown) => ({
      ...shown,
      customerImpact: true,
    }));
    expect(problem).toBe('A change to the incident needs its timeline entry.');
    expect(readIncidentSummaries(team)).toMatchObject([{ customerImpact: false }]);
    const impact = (shown: typeof local) => setCustomerImpact(shown, true, PLAYBOOK.steps, SIGNED);
    expect(backend.updateIncident('inc-1', impact)).toBeUndefined();
    expect(readIncidentSummaries(team)).toMatchObject([{ customerImpact: true }]);
  });
});
